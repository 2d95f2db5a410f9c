import Foundation
import LagomCore
import Testing

@testable import LagomStore

/// A commit is saved whole or not at all, whichever byte the disk fails on, and what the store says
/// is what the log holds (issue 13, item 1). Each case is a secretary's paste of three lines: one
/// commit of three notes.
@Suite struct TransactionFaultTests {
    private static let pasted = ["P1 – väntetider", "P2 – åtgärdslista", "P3 – öppettider"]

    private func paste(_ store: SessionStore) throws(StoreError) -> [Event] {
        try store.commit(by: .secretary(1)) { _, ids throws(Refusal) in
            Self.pasted.map { .noteAdded(note: NoteID(ids.next(length: 10)), place: notePlace, text: $0) }
        }
    }

    private func pastedCount(_ store: SessionStore) -> Int {
        store.session.state.notes.filter { Self.pasted.contains($0.text) }.count
    }

    /// The bytes the paste writes, measured once on a copy.
    private func pasteLength(after base: [UInt8]) throws -> Int {
        let temp = try TempSession(inMemory: true)
        defer { temp.remove() }
        try temp.writeLog(base)
        try paste(try temp.open(seed: 99))
        return try temp.logBytes().count - base.count
    }

    /// Cuts the paste at every byte, for each way a disk fails, on a log that ends cleanly or that ends
    /// in a torn write the paste must repair in the same `write()`.
    @Test(arguments: [false, true])
    func aPasteCutAtEveryByteIsSavedWholeOrNotAtAll(afterATornWrite torn: Bool) throws {
        let setup = try TempSession(inMemory: true)
        defer { setup.remove() }
        let earlier = try setup.open()
        try earlier.addNote("Före klistringen")
        var base = try setup.logBytes()
        if torn { base += Array(#"{"at":17,"by":"secre"#.utf8) }
        let length = try pasteLength(after: base)
        var problems: [String] = []
        // `swift test` fails every byte with ENOSPC; the full fault run (docs/reliability.md) adds EIO.
        for code in FaultRun.full ? [ENOSPC, EIO] : [ENOSPC] {
            for cut in 0..<length {
                let temp = try TempSession(inMemory: true)
                defer { temp.remove() }
                try temp.writeLog(base)
                let faults = WriteFaults()
                faults.code = code
                let store = try temp.open(calls: faults.calls, seed: UInt64(cut) + 10_000)
                faults.budget = cut
                do {
                    _ = try paste(store)
                    problems.append("cut \(cut): acknowledged although the disk failed")
                } catch {
                    if !error.description.contains("NOT saved") { problems.append("cut \(cut): says \(error)") }
                }
                let afterFailure = try temp.open(seed: 500)
                if pastedCount(afterFailure) != 0 {
                    problems.append("cut \(cut) errno \(code): \(pastedCount(afterFailure)) of 3 in the log")
                }
                if pastedCount(store) != 0 { problems.append("cut \(cut): the failed store shows the paste") }

                faults.budget = nil  // the space came back: the same pane saves again
                _ = try paste(store)
                let reopened = try temp.open(seed: 501)
                if pastedCount(reopened) != 3 {
                    problems.append("cut \(cut): \(pastedCount(reopened)) after the retry")
                }
                if reopened.session.state.notes.count != 4 {
                    problems.append("cut \(cut): \(reopened.session.state.notes.count) notes")
                }
                if !reopened.warnings.isEmpty { problems.append("cut \(cut): \(reopened.warnings)") }
            }
        }
        #expect(problems == [])
    }

    @Test func aFailedFsyncAfterAWholeWriteSaysSavedAndTheLogHoldsIt() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let faults = WriteFaults()
        faults.syncFailure = EIO
        let store = try temp.open(calls: faults.calls)
        let events = try paste(store)
        #expect(events.count == 3)
        #expect(pastedCount(store) == 3)
        #expect(store.warnings.last?.contains("saved, but the disk reported an error making it durable") == true)
        #expect(pastedCount(try temp.open(seed: 3)) == 3)
    }

    @Test func aDiskThatRefusesTheReservationWritesNothing() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let before = try temp.logBytes()
        var calls = FileSystemCalls()
        calls.reserve = { _, _, _ in ENOSPC }
        let store = try temp.open(calls: calls)
        #expect(throws: StoreError.self) { try paste(store) }
        #expect(try temp.logBytes() == before)
        #expect(try temp.files().filter { $0.hasPrefix("events.torn-") } == [])
    }

    @Test func aMultiEventCommitIsOneLineThatReadsBack() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let written = try paste(try temp.open())
        let lines = try temp.logBytes().split(separator: UInt8(ascii: "\n"))
        #expect(lines.count == 1)
        #expect(lines.first?.starts(with: Array(#"{"transaction":[{"at":"#.utf8)) == true)
        let reopened = try temp.open(seed: 2)
        #expect(try reopened.loadHistory() == written)
        // A hand-written spelling (spaces, other key order) is read by Codable.
        let spaced = Array(
            #"{ "transaction": [ {"tx":"a1","id":"a1","by":"cli","at":5,"change":{"noteDeleted":{"note":"x"}}} ] }"#
                .utf8)
        #expect(TransactionLine.decode(spaced[...], decoder: JSONDecoder())?.first?.id == "a1")
        #expect(TransactionLine.decode(Array(#"{"transaction":[]}"#.utf8)[...], decoder: JSONDecoder()) == nil)
    }
}
