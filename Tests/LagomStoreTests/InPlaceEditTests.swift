import Foundation
import Glibc
import LagomCore
import Testing

@testable import LagomStore

/// The log edited in place under running panes (same file, as an editor with `backupcopy=yes` writes it
/// back), and the salvage of a damaged log (issue 13, item 2).
@Suite struct InPlaceEditTests {
    /// Rewrites the log in place: same inode, new bytes.
    private func editInPlace(_ temp: TempSession, _ edit: ([UInt8]) -> [UInt8]) throws {
        let bytes = edit(try temp.logBytes())
        let fd = open(temp.logPath, O_WRONLY | O_TRUNC)
        defer { close(fd) }
        #expect(bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count)
    }

    private func replacing(_ old: String, _ new: String) -> ([UInt8]) -> [UInt8] {
        { Array(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: old, with: new).utf8) }
    }

    /// The report's case: line 1 grows by 10 bytes under a running secretary, which then saves a note.
    @Test func aRunningPaneSavesAfterALineGrewAndEveryoneCanStillOpen() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let secretary = try temp.open()
        for text in ["Första", "Andra", "Tredje"] { try secretary.addNote(text) }
        try editInPlace(temp, replacing("Första", "Första – tio"))
        let added = try secretary.addNote("Efter redigeringen")
        #expect(secretary.warnings.contains { $0.contains("was changed in place outside Lagom") })
        let fresh = try temp.open(seed: 9)
        #expect(fresh.warnings.isEmpty, "\(fresh.warnings)")
        #expect(fresh.session.state.liveNote(added)?.text == "Efter redigeringen")
        #expect(fresh.session.state.notes.map(\.text) == ["Första – tio", "Andra", "Tredje", "Efter redigeringen"])
    }

    @Test func aSameSizeEditIsNoticedByARunningPane() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let viewer = try temp.open(calls: FileSystemCalls(), access: .readOnly)
        try temp.open(seed: 3).addNote("Stress i perioder")
        #expect(try viewer.refresh())
        try editInPlace(temp, replacing("Stress", "Strese"))
        #expect(try viewer.refresh())
        #expect(viewer.session.state.notes.map(\.text) == ["Strese i perioder"])
        #expect(viewer.warnings.last?.contains("was changed in place outside Lagom") == true)
    }

    /// Random outside edits — a line cut, doubled, garbled, dropped, the file cut short, junk appended —
    /// between saves of a running pane: after every one, a new pane opens and saves, and no line it
    /// acknowledged in between is unreadable.
    @Test func noSequenceOfOutsideEditsLeavesASessionNothingCanOpen() throws {
        let temp = try TempSession(inMemory: true)
        defer { temp.remove() }
        var random = SeededIDSource(seed: 5)
        let pane = try temp.open(seed: 77)
        let rounds = FaultRun.full ? 2_000 : 150
        for round in 0..<rounds {
            try pane.addNote("Lapp \(round) – åäö")
            let pick = Int(random.next(length: 1).unicodeScalars.first!.value)
            try editInPlace(temp) { bytes in
                var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
                guard lines.count > 2 else { return bytes }
                let at = pick % (lines.count - 1)
                switch pick % 6 {
                case 0: lines[at] = Array(lines[at].prefix(lines[at].count / 2))
                case 1: lines.insert(lines[at], at: at)
                case 2: if !lines[at].isEmpty { lines[at][lines[at].count / 2] = UInt8(ascii: "#") }
                case 3: lines.remove(at: at)
                case 4: return Array(bytes.prefix(bytes.count - 1 - pick % 40))
                default: lines.insert(Array("{\"tornWrite\":{\"copy\":\"x\",\"length\":1,\"offset\":0}}".utf8), at: at)
                }
                return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
            }
            let fresh = try temp.open(seed: UInt64(round) + 1_000)
            let note = try fresh.addNote("Ny panel \(round)")
            #expect(try temp.open(calls: FileSystemCalls(), access: .readOnly).session.state.liveNote(note) != nil)
        }
    }

    @Test func repairKeepsEveryReadableLineSetsTheRestAsideAndDeletesNothing() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let running = try temp.open()
        for number in 1...5 { try running.addNote("Lapp \(number)") }
        var lines = try temp.logBytes().split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(
            Array.init)
        lines[1] = Array(#"{"at":17,"by":"secr"#.utf8)  // line 2 unreadable
        lines.insert(lines[3], at: 4)  // line 5 doubles line 4
        let damaged = Array(lines.joined(separator: [UInt8(ascii: "\n")])) + Array(#"{"at":1"#.utf8)  // torn end
        try temp.writeLog(damaged)
        let before = try temp.open(seed: 2)
        #expect(before.damage.map(\.line) == [2, 5])
        #expect(before.session.state.notes.count == 4)

        let report = try SessionStore.repair(folder: temp.folder, millisecondsSince1970: 1_741_075_200_000)
        #expect(report.kept == 4)
        #expect(report.setAside == [2, 5, 7])
        let copy = try #require(report.damagedCopy)
        let aside = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(temp.folder)/\(copy)")))
        #expect(aside == lines[1] + [10] + lines[4] + [10] + Array(#"{"at":1"#.utf8))
        let previous = try #require(report.previousLog)
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(temp.folder)/\(previous)"))) == damaged)

        let after = try temp.open(seed: 3)
        #expect(after.warnings.isEmpty, "\(after.warnings)")
        #expect(after.session.state.notes.map(\.text) == before.session.state.notes.map(\.text))
        // A pane that ran through the repair reads the new log and goes on saving.
        try running.addNote("Efter lagningen")
        #expect(try temp.open(seed: 4).session.state.notes.count == 5)
        // Nothing left to repair: nothing changes.
        let again = try SessionStore.repair(folder: temp.folder, millisecondsSince1970: 1_741_075_300_000)
        #expect(!again.changed)
    }

    @Test func aDuplicatedLineCountsOnceAndIsNamed() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let store = try temp.open()
        for number in 1...3 { try store.addNote("Lapp \(number)") }
        let bytes = try temp.logBytes()
        let lastLine = bytes.dropLast().lastIndex(of: UInt8(ascii: "\n"))! + 1
        try temp.writeLog(bytes + Array(bytes[lastLine...]))
        let reopened = try temp.open(seed: 8)
        #expect(reopened.session.state.notes.count == 3)
        #expect(reopened.damage.count == 1)
        #expect(reopened.warnings.first?.contains("events.jsonl:4: event") == true)
        #expect(reopened.warnings.first?.contains("appears a second time") == true)
    }

    /// A 50 MB line written by hand is passed over without being held.
    @Test func aHugeLineIsUnreadableNotHeld() throws {
        let temp = try TempSession(inMemory: true)
        defer { temp.remove() }
        try temp.open().addNote("Före")
        let huge =
            #"{"at":1,"by":"cli","change":{"noteAdded":{"note":"x","place":{"list":"Friskfaktorer","step":"grupp"},"text":""#
            + String(repeating: "å", count: 3 << 20) + #""}},"id":"huge00000000","tx":"huge00000000"}"#
        let other = try TempSession(inMemory: true)
        defer { other.remove() }
        try other.open(seed: 2).addNote("Efter")
        try temp.writeLog(try temp.logBytes() + Array(huge.utf8) + [10] + (try other.logBytes()))
        let reopened = try temp.open(seed: 3)
        #expect(reopened.session.state.notes.map(\.text) == ["Före", "Efter"])
        #expect(reopened.damage.map(\.line) == [2])
    }
}
