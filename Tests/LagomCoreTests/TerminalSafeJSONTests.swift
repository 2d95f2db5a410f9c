import Foundation
import Testing

@testable import LagomCore

/// JSON printed to a terminal escapes what could steer it, and still means the same text.
@Suite struct TerminalSafeJSONTests {
    @Test(arguments: HostileText.corpus.map(\.name) + ["tags"])
    func everyHostileTextSurvivesEncodingAndDecoding(name: String) throws {
        let text = HostileText.corpus.first { $0.name == name }?.text ?? "synlig\u{E0001}\u{E0068}\u{E0069}\u{E007F}"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted]  // as the commands print it: line breaks between fields
        let encoded = String(decoding: try encoder.encode(["text": text, "more": "x"]), as: UTF8.self)
        let escaped = Sanitiser.escapingForTerminal(json: encoded)
        #expect(TextSanitiserTests.violations(in: escaped, allowNewline: true).isEmpty, "\(name): \(escaped)")
        #expect(!escaped.unicodeScalars.contains { Sanitiser.isTagCharacter($0.value) })
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(escaped.utf8))
        #expect(decoded["text"] == text, "\(name)")
    }

    @Test func escapesAreExact() {
        #expect(
            Sanitiser.escapingForTerminal(json: "\"a\u{9B}b\u{202E}c\u{E0041}\"") == #""a\u009Bb\u202Ec\uDB40\uDC41""#)
        let plain = "{\"text\":\"Fika på fredag ❤️ 中文\"}"
        #expect(Sanitiser.escapingForTerminal(json: plain) == plain)
        let pretty = "{\n\t\"text\" : \"a\u{9B}\"\r\n}"
        #expect(Sanitiser.escapingForTerminal(json: pretty) == "{\n\t\"text\" : \"a\\u009B\"\r\n}")
    }
}
