import Foundation
import Testing

@testable import LagomCore

/// The sample sessions shipped in `Sessions/` with a log: plan and events as a session, in memory.
enum SampleSessions {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sessions")
    static let withLogs = ["planeringsdagar-2024-resultat", "team-day-en"]

    static func bytes(_ session: String, _ file: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent(session).appendingPathComponent(file)))
    }

    /// Every line of the session's log, decoded as the store's Codable fallback decodes it.
    static func events(_ session: String) throws -> [Event] {
        let text = String(decoding: try bytes(session, "events.jsonl"), as: UTF8.self)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Event.self, from: Data($0.utf8)) }
    }

    static func session(_ name: String) throws -> Session {
        var session = Session(plan: try PlanLoader.load(try bytes(name, "plan.json"), file: "plan.json"))
        session.replay(try events(name))
        return session
    }
}

@Suite struct SampleSessionTests {
    /// U+FFFD in UTF-8: what a decoder leaves where a byte was lost.
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    @Test(arguments: SampleSessions.withLogs)
    func noReplacementCharacterInTheShippedFiles(_ session: String) throws {
        for file in ["plan.json", "events.jsonl"] {
            let bytes = try SampleSessions.bytes(session, file)
            let hits = (0..<max(0, bytes.count - 2)).filter { Array(bytes[$0..<$0 + 3]) == Self.replacement }
            #expect(hits.isEmpty, "\(session)/\(file): U+FFFD at byte \(hits.first ?? 0)")
            #expect(String(validating: bytes, as: UTF8.self) != nil, "\(session)/\(file) is not valid UTF-8")
        }
        // The escaped spelling too, which a JSON encoder may have written instead of the bytes.
        let log = String(decoding: try SampleSessions.bytes(session, "events.jsonl"), as: UTF8.self)
        #expect(!log.lowercased().contains("\\ufffd"))
    }

    /// Every note's text survives encoding and decoding unchanged, and folds into the state as written.
    @Test(arguments: SampleSessions.withLogs)
    func notesRoundTrip(_ session: String) throws {
        let events = try SampleSessions.events(session)
        let state = try SampleSessions.session(session).state
        var written: [NoteID: String] = [:]
        for event in events {
            let again = try JSONDecoder().decode(Event.self, from: try JSONEncoder().encode(event))
            #expect(again == event)
            switch event.change {
            case .noteAdded(let id, _, let text), .noteEdited(let id, let text):
                #expect(!text.unicodeScalars.contains("\u{FFFD}"), "\(id): \(text)")
                written[id] = text
            default: break
            }
        }
        // team-day-en ships with an empty log; the results session with seed 000's 40 notes.
        if session == "planeringsdagar-2024-resultat" { #expect(written.count == 40) }
        for (id, text) in written { #expect(state.note(id)?.text == text) }
    }

    /// The results session holds exactly the texts `make-results.sh` feeds the command line, in order:
    /// each here-document line up to its last `|`, and the two quoted arguments of each `demand`.
    @Test func resultsSessionHoldsTheScriptsTexts() throws {
        let script = String(
            decoding: try SampleSessions.bytes("planeringsdagar-2024-resultat", "make-results.sh"), as: UTF8.self)
        var expected: [String] = []
        var inList = false
        for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
            if inList {
                if line == "LIST" { inList = false; continue }
                expected.append(String(line[..<line.lastIndex(of: "|")!]))
                continue
            }
            if line.hasPrefix("demand \"") {
                let quoted = line.split(separator: "\"", omittingEmptySubsequences: false)
                expected += [String(quoted[1]), String(quoted[3])]
            }
            if line.hasSuffix("<<'LIST'") { inList = true }
        }
        let texts = try SampleSessions.events("planeringsdagar-2024-resultat").compactMap { event -> String? in
            if case .noteAdded(_, _, let text) = event.change { text } else { nil }
        }
        #expect(expected.count == 16 + 4 * 2 + 16)
        #expect(texts == expected)
    }
}
