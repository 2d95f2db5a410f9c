import Foundation
import Testing

@testable import LagomCore

/// `Session.replay` folds log lines without checking them again and refolds once per batch; these
/// tests hold it to the original definition: every event checked, a full checked refold at every undo.
@Suite struct ReplayTests {
    /// The original fold, kept here as the definition the fast one must match.
    struct ReferenceFold {
        let plan: Plan
        var events: [Event] = []
        var state = SessionState()
        var superseded = 0
        var undone: Set<String> = []

        /// The reference fold after each prefix of `events`: element `i` has folded the first `i`.
        static func everyPrefix(of events: [Event], plan: Plan) -> [ReferenceFold] {
            var folds = [ReferenceFold(plan: plan)]
            for event in events {
                var next = folds[folds.count - 1]
                next.add(event)
                folds.append(next)
            }
            return folds
        }

        mutating func add(_ event: Event) {
            events.append(event)
            guard case .change(let change) = event.body else {
                undone.insert(event.undoneTransaction!)
                var fresh = SessionState()
                superseded = 0
                for old in events {
                    guard case .change(let oldChange) = old.body, !undone.contains(old.tx) else {
                        fresh.eventCount += 1
                        continue
                    }
                    do {
                        try fresh.apply(oldChange, at: old.at, by: old.by, plan: plan)
                    } catch {
                        superseded += 1
                        fresh.eventCount += 1
                    }
                }
                state = fresh
                return
            }
            if undone.contains(event.tx) { state.eventCount += 1; return }
            do { try state.apply(change, at: event.at, by: event.by, plan: plan) } catch {
                superseded += 1
                state.eventCount += 1
            }
        }
    }

    /// A random workshop history made through `append`, as commits would: notes added, edited, moved,
    /// deleted, agenda actions (multi-event), and undos — some of which supersede later events.
    static func history(seed: UInt64, actions: Int) -> [Event] {
        var r = Recorder()
        var random = SeededIDSource(seed: seed)
        var notes: [NoteID] = []
        func pick(_ n: Int) -> Int { Int(random.nextRandom() % UInt64(max(1, n))) }
        for number in 0..<actions {
            r.advance(seconds: 7)
            let actor: Actor = pick(3) == 0 ? .facilitator : .secretary(1 + pick(3))
            switch pick(10) {
            case 0, 1, 2:
                let id = NoteID("n\(number)")
                if (try? r.addNote(
                    id, "Lapp \(number): återhämtning", list: pick(2) == 0 ? "Riskfaktorer" : "Friskfaktorer",
                    parent: pick(4) == 0 ? notes.last : nil, by: actor)) != nil
                {
                    notes.append(id)
                }
            case 3:
                guard !notes.isEmpty else { continue }
                _ = try? r.commit(.noteEdited(note: notes[pick(notes.count)], text: "Ändrad \(number)"), by: actor)
            case 4:
                guard !notes.isEmpty else { continue }
                _ = try? r.commit(
                    .noteMoved(
                        note: notes[pick(notes.count)], place: NotePlace(step: "grupparbete", list: "Friskfaktorer")),
                    by: actor)
            case 5:
                guard !notes.isEmpty else { continue }
                _ = try? r.commit(.noteDeleted(note: notes[pick(notes.count)]), by: actor)
            case 6:
                _ = try? r.perform([.start, .next, .toggle, .complete, .back][pick(5)])
            case 7:
                // Several notes in one transaction, so an undo takes back a whole batch.
                let ids = (0..<3).map { NoteID("m\(number)-\($0)") }
                if (try? r.commit(
                    ids.map {
                        .noteAdded(
                            note: $0, place: NotePlace(step: "grupparbete", list: "Riskfaktorer"), text: "Samma \($0)")
                    }, by: actor)) != nil
                {
                    notes += ids
                }
            default:
                // Undo an older transaction, not just the newest: later events may depend on it.
                let candidates = Set((r.session.heldHistory ?? []).map(\.tx)).filter { !r.session.isUndone($0) }
                    .sorted()
                guard !candidates.isEmpty else { continue }
                _ = try? r.undo(candidates[pick(candidates.count)])
            }
        }
        return r.session.heldHistory ?? []
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func replayInAnyBatchesGivesTheCheckedFoldWithARefoldAtEveryUndo(seed: UInt64) {
        let events = Self.history(seed: seed, actions: 400)
        var reference = ReferenceFold(plan: Fixtures.plan)
        for event in events { reference.add(event) }
        #expect(reference.superseded > 0 || seed > 3, "the history should exercise superseded events")

        for batchSize in [1, 7, 50, events.count] {
            var session = Session(plan: Fixtures.plan)
            var start = 0
            while start < events.count {
                let end = min(events.count, start + batchSize)
                session.replay(events[start..<end])
                start = end
            }
            #expect(session.state == reference.state, "batches of \(batchSize)")
            #expect(session.superseded == reference.superseded, "batches of \(batchSize)")
            #expect(session.heldHistory == events)
        }
    }

    /// A session that does not hold its history, given the undone set beforehand (as `SessionStore`
    /// does at open), folds in one streamed pass to the same state, and answers undo the same way.
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func oneStreamedPassWithTheUndosKnownGivesTheCheckedFold(seed: UInt64) {
        let events = Self.history(seed: seed, actions: 400)
        var reference = ReferenceFold(plan: Fixtures.plan)
        for event in events { reference.add(event) }
        var inMemory = Session(plan: Fixtures.plan)
        inMemory.replay(events)
        let targets = Set(events.compactMap(\.undoneTransaction))
        #expect(!targets.isEmpty)

        var streamed = Session(plan: Fixtures.plan, holdsHistory: false)
        streamed.replay(events, undoing: targets)
        #expect(streamed.heldHistory == nil)
        #expect(streamed.eventCount == events.count)
        #expect(streamed.state == reference.state)
        #expect(streamed.superseded == reference.superseded)
        for actor in [nil, .facilitator, .secretary(1), .secretary(2), .timekeeper] as [Actor?] {
            #expect(streamed.undoTarget(for: actor) == inMemory.undoTarget(for: actor))
        }
    }

    @Test(arguments: [7, 8] as [UInt64])
    func theLiveSessionThatAppendedTheHistoryIsTheCheckedFoldToo(seed: UInt64) {
        var r = Recorder()
        var reference = ReferenceFold(plan: Fixtures.plan)
        for event in Self.history(seed: seed, actions: 300) {
            try? r.session.append([event])
            reference.add(event)
            #expect(r.session.state == reference.state)
            #expect(r.session.superseded == reference.superseded)
        }
    }

    @Test func anUndoneAddingSupersedesLaterEditsInOneBatchAsInSeveral() throws {
        var r = Recorder()
        let added = try r.commit(
            .noteAdded(note: "n1", place: NotePlace(step: "grupparbete", list: "Riskfaktorer"), text: "Stress"))
        try r.commit(.noteEdited(note: "n1", text: "Mindre stress"))
        try r.commit(.noteMoved(note: "n1", place: NotePlace(step: "grupparbete", list: "Friskfaktorer")))
        try r.undo(added)
        try r.addNote("n2", "Fika")
        var oneBatch = Session(plan: Fixtures.plan)
        oneBatch.replay((try #require(r.session.heldHistory)))
        #expect(oneBatch.superseded == 2)
        #expect(oneBatch.state.note("n1") == nil)
        #expect(oneBatch.state.liveNote("n2") != nil)
        #expect(oneBatch.state == r.session.state)
    }

    @Test func aRefusedBatchLeavesTheSessionExactlyAsItWas() throws {
        var r = Recorder()
        try r.addNote("n1", "Gemenskap")
        try r.addNote("n2", "Humor")
        try r.perform(.start)
        let before = r.session
        // Adds a note, edits and moves existing ones, then breaks a rule: all of it must be taken back.
        #expect(throws: Refusal.unknownNote("nope")) {
            try r.commit([
                .noteAdded(note: "n3", place: NotePlace(step: "grupparbete", list: "Riskfaktorer"), text: "Ny"),
                .noteEdited(note: "n1", text: "Ändrad"),
                .noteMoved(note: "n2", place: NotePlace(step: "grupparbete", list: "Friskfaktorer", parent: "n3")),
                .stepPaused(step: "incheckning"),
                .noteDeleted(note: "nope"),
            ])
        }
        #expect(r.session.state == before.state)
        #expect(r.session.heldHistory == before.heldHistory)
        #expect(r.session.state.note("n3") == nil)
        // With an undo inside the batch, the state is refolded mid-batch; it is still taken back.
        let target = try #require(r.session.undoTarget(for: .facilitator))
        #expect(throws: Refusal.self) {
            try r.commit(bodies: [
                .undo(transaction: target), .change(.noteEdited(note: "n1", text: "x")), .undo(transaction: target),
            ])
        }
        #expect(r.session.state == before.state)
        #expect(r.session.heldHistory == before.heldHistory)
        #expect(!r.session.isUndone(target))
        // And the session still takes the same batch once it is valid.
        try r.commit([
            .noteAdded(note: "n3", place: NotePlace(step: "grupparbete", list: "Riskfaktorer"), text: "Ny"),
            .noteEdited(note: "n1", text: "Ändrad"),
        ])
        #expect(r.session.state.liveNote("n1")?.text == "Ändrad")
        #expect(r.session.state.liveNote("n3") != nil)
    }

    @Test func theRollbackRecordIsNeverPartOfTheSavedState() throws {
        var r = Recorder()
        try r.addNote("n1", "Gemenskap")
        _ = try? r.commit([.noteEdited(note: "n1", text: "Ny"), .noteDeleted(note: "n9")])
        try r.commit([.noteEdited(note: "n1", text: "Ny"), .noteDeleted(note: "n1")])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(r.session.state), as: UTF8.self)
        #expect(!json.contains("trial"))
        #expect(try JSONDecoder().decode(SessionState.self, from: Data(json.utf8)) == r.session.state)
    }

    @Test func checkingABatchKeepsNothing() throws {
        var r = Recorder()
        try r.addNote("n1", "Gemenskap")
        let before = r.session
        let edit = r.event(.noteEdited(note: "n1", text: "Ny text"))
        try r.session.check([edit])
        try r.session.check([edit, r.event(.noteDeleted(note: "n1"), tx: edit.id)])
        #expect(throws: Refusal.unknownNote("n9")) { try r.session.check([r.event(.noteDeleted(note: "n9"))]) }
        #expect(r.session.state == before.state)
        #expect(r.session.heldHistory == before.heldHistory)
    }
}

extension ReplayTests {
    /// A history whose undos take back one of the last few transactions, as people undo: notes added,
    /// edited (some edits then superseded) and deleted.
    static func recentUndos(seed: UInt64, actions: Int) -> [Event] {
        var r = Recorder()
        var random = SeededIDSource(seed: seed)
        var notes: [NoteID] = []
        var transactions: [String] = []
        func pick(_ n: Int) -> Int { Int(random.nextRandom() % UInt64(max(1, n))) }
        for number in 0..<actions {
            r.advance(seconds: 5)
            switch pick(10) {
            case 0, 1, 2, 3:
                let id = NoteID("n\(number)")
                if (try? r.addNote(id, "Lapp \(number): vila", list: pick(2) == 0 ? "Riskfaktorer" : "Friskfaktorer"))
                    != nil
                {
                    notes.append(id)
                    transactions.append(r.session.heldHistory!.last!.tx)
                }
            case 4, 5, 6:
                // A recent note: undoing its adding then supersedes the edit.
                let recent = notes.suffix(3)
                guard !recent.isEmpty,
                    let tx = try? r.commit(
                        .noteEdited(note: recent[recent.startIndex + pick(recent.count)], text: "Ny \(number)"))
                else { continue }
                transactions.append(tx)
            case 7:
                guard !notes.isEmpty, let tx = try? r.commit(.noteDeleted(note: notes[pick(notes.count)])) else {
                    continue
                }
                transactions.append(tx)
            default:
                let recent = transactions.suffix(12).filter { !r.session.isUndone($0) }
                guard !recent.isEmpty else { continue }
                _ = try? r.undo(recent[pick(recent.count)])
            }
        }
        return r.session.heldHistory ?? []
    }

    /// A session that does not hold its history folds a later batch with undos in one streamed pass
    /// when every transaction they take back is in that batch (the log after a checkpoint): the same
    /// checked fold as refolding everything.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func aLaterBatchWhoseUndosTakeBackOnlyItsOwnEventsStreams(seed: UInt64) {
        let events = Self.recentUndos(seed: seed, actions: 300)
        let references = ReferenceFold.everyPrefix(of: events, plan: Fixtures.plan)
        #expect(references[events.count].superseded > 0)
        func targets(_ batch: ArraySlice<Event>) -> Set<String> { Set(batch.compactMap(\.undoneTransaction)) }
        var streamed = 0
        for cut in stride(from: 10, to: events.count - 40, by: 5) {
            let batch = events[cut..<(cut + 40)]
            var session = Session(plan: Fixtures.plan, holdsHistory: false)
            session.replay(events[..<cut], undoing: targets(events[..<cut]))
            guard !targets(batch).isEmpty, session.canFold(undoing: targets(batch)) else { continue }
            session.replay(batch, undoing: targets(batch))
            #expect(session.state == references[cut + 40].state, "batch from \(cut)")
            #expect(session.superseded == references[cut + 40].superseded, "batch from \(cut)")
            streamed += 1
        }
        #expect(streamed > 2, "batches holding undos of their own events")
    }
}
