import Foundation
import Testing

@testable import LagomCore

/// `lagom export` writes a string the encoder and the terminal escaping would leave alone as it is
/// (`Sanitiser.isPlainJSONString`); for every such string that must be exactly what they give.
@Suite struct PlainJSONStringTests {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    func encoded(_ text: String) throws -> String {
        Sanitiser.escapingForTerminal(json: String(decoding: try Self.encoder.encode(text), as: UTF8.self))
    }

    /// Letters, å ä ö, emoji and combining marks, and every kind of scalar either would change.
    static let pool: [Unicode.Scalar] = [
        "a", "Z", " ", "/", "å", "Ä", "ö", "é", "ß", "€", "😀", "\u{301}", "\u{FE0F}", "中", "\u{7E}", "\"", "\\",
        "\n", "\t", "\r", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "\u{202E}", "\u{200F}",
        "\u{2028}", "\u{2029}", "\u{E0041}", "\u{FFFD}", "\u{10FFFF}",
    ]

    @Test(arguments: [1, 2, 3] as [UInt64])
    func plainTextIsWhatTheEncoderAndTheEscapingWrite(seed: UInt64) throws {
        var random = SeededIDSource(seed: seed)
        var plain = 0
        for _ in 0..<3_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<(1 + random.nextRandom() % 6) {
                // Mostly the first 14 (plain), now and then anything.
                let span = random.nextRandom() % 4 == 0 ? Self.pool.count : 14
                scalars.append(Self.pool[Int(random.nextRandom() % UInt64(span))])
            }
            let text = String(scalars)
            let written = try encoded(text)
            // Bytes, not `String ==`, which would take é and e + ◌́ for the same.
            let unchanged = Array(written.utf8) == Array("\"\(text)\"".utf8)
            #expect(Sanitiser.isPlainJSONString(text) == unchanged, "\(text.debugDescription)")
            if Sanitiser.isPlainJSONString(text) { plain += 1 }
        }
        #expect(plain > 1_000)
    }

    @Test func whatEitherWouldChangeIsNotPlain() {
        for text in ["Citat \"så här\"", "a\\b", "Två\nrader", "\u{1B}[2J", "Vänd \u{202E}", "C1 \u{85}", "\u{2028}"] {
            #expect(!Sanitiser.isPlainJSONString(text), "\(text.debugDescription)")
        }
        #expect(Sanitiser.isPlainJSONString("Tid för återhämtning – 😀 é"))
    }
}
