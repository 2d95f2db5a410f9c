import Foundation
import LagomCore
import Testing

@testable import LagomStore

/// A commit that must repair a torn tail, on a disk that fails the save.
@Suite struct FailedRepairTests {
    /// Two notes, then a torn tail of two lines: an unreadable complete line and a cut-short one.
    private func tornSession() throws -> TempSession {
        let temp = try TempSession()
        let store = try temp.open()
        for text in ["Ett", "Två"] { try store.addNote(text) }
        try temp.writeLog(try temp.logBytes() + Array(#"{"at":17,"by""#.utf8) + [10] + Array(#"{"at":18"#.utf8))
        return temp
    }

    private func tornCopies(_ temp: TempSession) throws -> [String] {
        try temp.files().filter { $0.hasPrefix("events.torn-") }
    }

    @Test func aFailedWriteOfTheLogLeavesLineNumbersAndNoStrayCopy() throws {
        let temp = try tornSession()
        defer { temp.remove() }
        let log = try temp.logBytes()
        let store = try temp.open(calls: .failingWrites(to: ["events.jsonl"]), seed: 21)
        #expect(store.readLines == 2)
        #expect(store.warnings.count == 1 && store.warnings[0].contains("events.jsonl:3:"))

        for _ in 0..<2 {  // a retry fails the same way, and counts nothing twice
            #expect(throws: StoreError.self) { try store.addNote("Sparas inte") }
            #expect(store.readLines == 2)
            #expect(try tornCopies(temp) == [], "a copy that no marker names is removed")
            #expect(try temp.logBytes() == log)
            #expect(store.session.eventCount == 2)
        }
        #expect(!store.warnings.contains { $0.contains("were copied aside") })
    }

    @Test func aCopyThatCouldNotBeWrittenIsNotLeftEmpty() throws {
        let temp = try tornSession()
        defer { temp.remove() }
        let store = try temp.open(calls: .failingWrites(to: ["events.torn-"]), seed: 21)
        #expect(throws: StoreError.self) { try store.addNote("Sparas inte") }
        #expect(try tornCopies(temp) == [])
        #expect(store.readLines == 2)
    }

    @Test func theRepairCountsTheDamagedLinesOnceItIsWritten() throws {
        let temp = try tornSession()
        defer { temp.remove() }
        let store = try temp.open(seed: 21)
        try store.addNote("Efter skadan")
        // Two notes, two damaged lines (the cut one ended by `~`), the marker, the new note.
        #expect(store.readLines == 6)
        #expect(try tornCopies(temp).count == 1)
        #expect(store.warnings.last?.contains("were copied aside to events.torn-") == true)
    }
}
