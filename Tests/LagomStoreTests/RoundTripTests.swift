import Foundation
import LagomCore
import Testing

@testable import LagomStore

@Suite struct RoundTripTests {
    @Test func committedEventsComeBackAfterReopening() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let store = try temp.open()
        try store.commit(by: .facilitator) { _, _ throws(Refusal) in
            [.stepEntered(step: "grupp"), .stepStarted(step: "grupp")]
        }
        try store.addNote("Tid för återhämtning – å ä ö / ÅÄÖ")
        try store.addNote("Tydliga prioriteringar", by: .secretary(2))

        let reopened = try temp.open(seed: 99)
        #expect((try reopened.loadHistory()) == (try store.loadHistory()))
        #expect(reopened.session.state == store.session.state)
        #expect(reopened.session.state.notes.map(\.text).first == "Tid för återhämtning – å ä ö / ÅÄÖ")
        #expect(reopened.warnings.isEmpty)
    }

    @Test func eventsOfOneCommitShareTheFirstEventsIdAsTransaction() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let events = try temp.open().commit(by: .facilitator) { _, _ throws(Refusal) in
            [.stepEntered(step: "grupp"), .stepStarted(step: "grupp")]
        }
        #expect(events.count == 2)
        #expect(events.allSatisfy { $0.tx == events[0].id && $0.id.count == 12 })
        #expect(events.allSatisfy { $0.id.allSatisfy(IDAlphabet.characters.contains) })
        #expect(events[0].at == FixedClock().now)
    }

    @Test func aRefusedChangeIsNeverWritten() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let store = try temp.open()
        try store.addNote("Första lappen")
        let before = try temp.logBytes()
        #expect(throws: StoreError.self) {
            try store.commit(by: .secretary(1)) { _, _ throws(Refusal) in
                [.noteAdded(note: "x", place: NotePlace(step: "intro"), text: "Fel steg")]
            }
        }
        #expect(throws: StoreError.self) {
            try store.commit(by: .secretary(1)) { _, _ throws(Refusal) in throw .emptyNote }
        }
        #expect(try temp.logBytes() == before)
        #expect(store.session.eventCount == 1)
    }

    @Test func undoSurvivesReopening() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let store = try temp.open()
        let kept = try store.addNote("Behålls")
        let undone = try store.addNote("Ångras")
        try store.write(by: .secretary(1)) { session, _, _ throws(Refusal) in
            guard let tx = session.undoTarget(for: .secretary(1)) else { throw .nothingToUndo }
            return [.undo(transaction: tx)]
        }
        let reopened = try temp.open(seed: 5)
        #expect(reopened.session.state.liveNote(kept) != nil)
        #expect(reopened.session.state.liveNote(undone) == nil)
        // The next undo in the reopened store takes back the older note: the history came back too.
        try reopened.write(by: .secretary(1)) { session, _, _ throws(Refusal) in
            guard let tx = session.undoTarget(for: .secretary(1)) else { throw .nothingToUndo }
            return [.undo(transaction: tx)]
        }
        #expect(try temp.open().session.state.liveNote(kept) == nil)
    }

    @Test func aCheckpointIsWrittenOnlyWhenDueOrAskedAndDescribesTheLog() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let store = try temp.open()
        try store.addNote("En lapp")
        #expect(!(try temp.files()).contains(SessionStore.checkpointFile), "opening and a small commit never write it")
        _ = try temp.open()
        #expect(!(try temp.files()).contains(SessionStore.checkpointFile), "not even when it is missing")
        store.writeCheckpointIfStale()
        #expect(store.warnings.isEmpty)
        let header = try #require(CheckpointFile.readHeader("\(temp.folder)/\(SessionStore.checkpointFile)"))
        #expect(header.events == 1)
        #expect(header.logBytes == Int64(try temp.logBytes().count))
        #expect(try temp.open().session.state == store.session.state)
    }

    @Test func createRefusesAnExistingSessionAndABadPlan() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        #expect(throws: StoreError.self) { try SessionStore.create(folder: temp.folder, planBytes: Array("{}".utf8)) }
        let planBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(temp.folder)/plan.json")))
        do {
            try SessionStore.create(folder: temp.folder, planBytes: planBytes)
            Issue.record("a second create into the same folder succeeded")
        } catch {
            #expect(error.description.contains("already exists"))
        }
    }

    @Test func systemIDsUseTheReadableAlphabet() {
        var ids = SystemIDSource()
        let made = (0..<200).map { _ in ids.next(length: 12) }
        #expect(made.allSatisfy { $0.count == 12 && $0.allSatisfy(IDAlphabet.characters.contains) })
        #expect(Set(made).count == made.count)
    }

    @Test func systemClockNeverGoesBackwards() {
        let clock = SystemClock()
        var last = clock.now
        for _ in 0..<1000 {
            let now = clock.now
            #expect(now >= last)
            last = now
        }
    }
}

@Suite struct LocalOffsetTests {
    /// The C library's answer is Foundation's, winter and summer (whatever zone this machine has).
    @Test(arguments: [Int64(1_733_212_800), 1_719_792_000, 0, 2_000_000_000])
    func utcOffsetAgreesWithFoundation(seconds: Int64) {
        let expected = TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        #expect(SystemClock.utcOffsetSeconds(at: WallTime(seconds: seconds)) == expected)
    }
}

@Suite struct PathParentTests {
    /// The folder of a path, as Foundation's `NSString.deletingLastPathComponent` gives it —
    /// except that Foundation on Linux (Swift 6.3.1) traps on a bare name such as "a".
    @Test(arguments: [
        ("/a/b/c", "/a/b"), ("/a", "/"), ("a", ""), ("a/b/", "a"), ("/", "/"), ("Sessions/dag-1", "Sessions"),
        ("/tmp//x", "/tmp"), ("", ""), ("Sessions/planeringsdagar-2024/plan.json", "Sessions/planeringsdagar-2024"),
    ])
    func parentAgreesWithFoundation(path: String, expected: String) {
        #expect(parentFolder(of: path) == expected)
    }
}
