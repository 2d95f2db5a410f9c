import Foundation
import LagomCore
import Testing

@testable import LagomStore

@Suite struct DamageTests {
    /// A log of three notes, and where its last line starts.
    private func threeNotes(_ temp: TempSession) throws -> (bytes: [UInt8], lastLineStart: Int) {
        let store = try temp.open()
        for text in ["Ett", "Två – å", "Tre – ö"] { try store.addNote(text) }
        let bytes = try temp.logBytes()
        let lastLineStart = bytes.dropLast().lastIndex(of: UInt8(ascii: "\n"))! + 1
        return (bytes, lastLineStart)
    }

    @Test func aTornLastLineIsSkippedKeptAsideAndRepairedByTheNextCommit() throws {
        let original = try TempSession()
        defer { original.remove() }
        let (bytes, lastLineStart) = try threeNotes(original)

        // Every cut inside the last line, up to and including "everything but its newline".
        for cut in (lastLineStart + 1)..<bytes.count {
            let temp = try TempSession()
            defer { temp.remove() }
            try temp.writeLog(Array(bytes[..<cut]))

            let torn = try temp.open(seed: UInt64(cut) + 1000)
            #expect(torn.session.eventCount == 2, "cut at \(cut)")
            #expect(torn.warnings.count == 1, "cut at \(cut)")
            #expect(torn.warnings.first?.contains("events.jsonl:3") == true)

            let added = try torn.addNote("Efter skadan")
            let copies = try temp.files().filter { $0.hasPrefix("events.torn-") }
            #expect(copies.count == 1)
            if let copy = copies.first {
                let kept = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(temp.folder)/\(copy)")))
                #expect(kept == Array(bytes[lastLineStart..<cut]))
            }

            let reopened = try temp.open()
            #expect(reopened.warnings.isEmpty, "cut at \(cut): \(reopened.warnings)")
            #expect(reopened.session.eventCount == 3)
            #expect(reopened.session.state.liveNote(added) != nil)
            // The log was only appended to: the damaged bytes are still where they were.
            #expect(Array(try temp.logBytes()[..<cut]) == Array(bytes[..<cut]))
        }
    }

    @Test func anOpenStoreSeesAnotherProcessRepairTheTail() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let (bytes, lastLineStart) = try threeNotes(temp)
        try temp.writeLog(Array(bytes[..<(lastLineStart + 10)]))
        let watcher = try temp.open()
        let writer = try temp.open(seed: 11)
        let added = try writer.addNote("Reparerar")
        #expect(try watcher.refresh())
        #expect(watcher.session.state.liveNote(added) != nil)
        #expect(watcher.session.eventCount == 3)
    }

    /// A line edited outside Lagom in the middle of the log: every pane still opens, says which line it
    /// skipped, and saves on top of it; the log is only appended to.
    @Test func damageInTheMiddleIsSkippedNamedAndBlocksNothing() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let store = try temp.open()
        for number in 1...5 { try store.addNote("Lapp \(number)") }
        var lines = try temp.logBytes().split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        lines[2] = ArraySlice(#"{"at":17,"by":"secr"#.utf8)
        let damaged = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        try temp.writeLog(damaged)
        let filesBefore = try temp.files()

        let opened = try temp.open(calls: FileSystemCalls(), access: .readOnly)
        #expect(opened.session.eventCount == 4)
        #expect(opened.damage.map(\.line) == [3])
        #expect(opened.warnings.count == 1)
        #expect(opened.warnings.first?.contains("events.jsonl:3: unreadable line in the middle of the log") == true)
        // Said in the language of the screen that shows it, from the catalogue.
        #expect(opened.notices.first?.sv.contains("events.jsonl:3: en oläsbar rad mitt i loggen") == true)
        #expect(try temp.logBytes() == damaged)
        #expect(try temp.files() == filesBefore)

        // The store opened before the edit notices it before it saves, and saves after the damage.
        let added = try store.addNote("Ovanpå skadan")
        #expect(store.warnings.contains { $0.contains("outside Lagom; it was read again from the start") })
        #expect(store.session.eventCount == 5)
        #expect(Array(try temp.logBytes().prefix(damaged.count)) == damaged)
        let reopened = try temp.open(seed: 3)
        #expect(reopened.session.state.liveNote(added) != nil)
        #expect(reopened.damage.map(\.line) == [3])
    }
}
