import Testing

@testable import LagomCore

/// A session restored from a checkpoint with its notes read when needed (`.whenRead`) is the same
/// session as one restored with them decoded at once, and as the fresh fold of its events: whatever
/// the events after the checkpoint do to its notes (edit, move, delete, undo), and whichever copy of
/// the state reads them first. Folding and committing decode only the notes they touch.
@Suite struct CheckpointNotesTests {
    typealias ReferenceFold = ReplayTests.ReferenceFold

    /// A random history over notes of both kinds of id (the alphabet's, and hand-written ones): notes
    /// added alone, in batches and under parents, edited, moved, deleted, and undos of recent transactions.
    static func history(seed: UInt64, actions: Int) -> [Event] {
        var r = Recorder()
        var random = SeededIDSource(seed: seed)
        var notes: [NoteID] = []
        var transactions: [String] = []
        func pick(_ n: Int) -> Int { Int(random.nextRandom() % UInt64(max(1, n))) }
        func fresh(_ number: Int) -> NoteID { NoteID(pick(3) == 0 ? "lapp \(number)" : random.next(length: 5)) }
        func any() -> NoteID? { notes.isEmpty ? nil : notes[pick(notes.count)] }
        for number in 0..<actions {
            r.advance(seconds: 3)
            let actor: Actor = pick(3) == 0 ? .facilitator : .secretary(1 + pick(2))
            var tx: String?
            switch pick(12) {
            case 0, 1, 2, 3:
                let id = fresh(number)
                var place = NotePlace(step: "grupparbete", list: pick(2) == 0 ? "Riskfaktorer" : "Friskfaktorer")
                if pick(3) == 0 { place = NotePlace(step: "krav", list: "Krav", group: 1 + pick(4)) }
                if pick(4) == 0 { place.parent = any() }
                tx = try? r.commit(.noteAdded(note: id, place: place, text: "Lapp \(number): återhämtning"), by: actor)
                if tx != nil { notes.append(id) }
            case 4:
                let ids = (0..<3).map { _ in fresh(number) }
                let place = NotePlace(step: "grupparbete", list: "Riskfaktorer")
                tx = try? r.commit(ids.map { .noteAdded(note: $0, place: place, text: "Samma \(number)") }, by: actor)
                if tx != nil { notes += ids }
            case 5, 6:
                guard let id = any() else { continue }
                tx = try? r.commit(.noteEdited(note: id, text: "Ändrad \(number) å ä ö"), by: actor)
            case 7:
                guard let id = any() else { continue }
                tx = try? r.commit(
                    .noteMoved(note: id, place: NotePlace(step: "grupparbete", list: "Friskfaktorer")), by: actor)
            case 8:
                guard let id = any() else { continue }
                tx = try? r.commit(.noteDeleted(note: id), by: actor)
            case 9:
                _ = try? r.perform([.start, .next, .toggle, .complete, .back][pick(5)])
            default:
                let recent = transactions.suffix(15).filter { !r.session.isUndone($0) }
                guard !recent.isEmpty else { continue }
                let target = recent[pick(recent.count)]
                _ = try? r.undo(target, by: actor)
            }
            if let tx { transactions.append(tx) }
        }
        return r.session.heldHistory ?? []
    }

    static func targets<C: Collection<Event>>(_ events: C) -> Set<String> {
        Set(events.compactMap(\.undoneTransaction))
    }

    /// A checkpoint's body read again from where it was kept (as the store reads its file again).
    struct KeptBody: CheckpointBodySource {
        let body: [UInt8]

        func bytes(at offset: Int, count: Int) -> [UInt8]? {
            offset >= 0 && count >= 0 && offset + count <= body.count ? Array(body[offset..<(offset + count)]) : nil
        }
    }

    /// The session a process restores from a checkpoint folded of `prefix`: its body in pieces of 7 bytes,
    /// its notes (`.whenRead`) kept, or with `fromSource` read again from the body when needed.
    static func restored(
        _ prefix: ArraySlice<Event>, notes loading: CheckpointNoteLoading, fromSource: Bool = false
    ) throws -> Session {
        var folded = Session(plan: Fixtures.plan, holdsHistory: false)
        folded.replay(prefix, undoing: targets(prefix))
        let checkpoint = folded.checkpoint()
        let body = Array(checkpoint.body)
        var offset = 0
        let pieces = CheckpointChunks(count: body.count) {
            guard offset < body.count else { return nil }
            defer { offset += 7 }
            return body[offset..<min(offset + 7, body.count)]
        }
        return try Session(
            plan: Fixtures.plan, rest: checkpoint.rest, body: pieces, notes: loading,
            source: fromSource ? KeptBody(body: body) : nil)
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func theLogAfterTheCheckpointFoldsAsAFreshFold(seed: UInt64) throws {
        let events = Self.history(seed: seed, actions: 240)
        let references = ReferenceFold.everyPrefix(of: events, plan: Fixtures.plan)
        var streamed = 0
        for cut in stride(from: 5, to: events.count - 10, by: 9) {
            let end = min(events.count, cut + [1, 4, 30][cut / 9 % 3])
            let tail = events[cut..<end]
            var session = try Self.restored(events[..<cut], notes: .whenRead, fromSource: cut % 2 == 0)
            #expect(session.state.notesPending == (session.state.noteCount > 0))
            if session.canFold(undoing: Self.targets(tail)) {
                session.replay(tail, undoing: Self.targets(tail))
                #expect(session.state.notesPending == (session.state.noteCount > 0), "folding decodes none, cut \(cut)")
                streamed += 1
            } else {
                // An undo reaching behind the checkpoint refolds the whole history.
                session.holdHistory(Array(events[..<cut]))
                session.replay(tail)
            }
            #expect(session.state == references[end].state, "cut \(cut), end \(end)")
            #expect(session.superseded == references[end].superseded, "cut \(cut), end \(end)")
            #expect(session.eventCount == end)
            for note in references[end].state.notes { #expect(session.state.note(note.id) == note) }
        }
        #expect(streamed > 5)
    }

    /// Commits after the checkpoint — notes added, checkpointed notes edited, moved and deleted, a
    /// batch refused half-way, an undo — give the same session however its notes were loaded.
    @Test(arguments: [5, 6, 7] as [UInt64])
    func commitsAfterTheCheckpointGiveTheSameSession(seed: UInt64) throws {
        let events = Self.history(seed: seed, actions: 120)
        var eager = try Self.restored(events[...], notes: .atOnce)
        var lazy = try Self.restored(events[...], notes: .whenRead, fromSource: seed % 2 == 0)
        let old = eager.state.notes.filter { !$0.deleted }.map(\.id)
        try #require(old.count > 6)
        var r = Recorder()
        r.now = events.last!.at
        let place = NotePlace(step: "grupparbete", list: "Riskfaktorer")
        func both(_ changes: [Change], refused: Bool = false) {
            let batch = changes.map { r.event($0, tx: "tx\(r.now.milliseconds)") }
            r.advance(seconds: 1)
            var refusals = 0
            do { try eager.append(batch) } catch { refusals += 1 }
            do { try lazy.append(batch) } catch { refusals += 1 }
            #expect(refusals == (refused ? 2 : 0), "\(changes)")
        }
        both([.noteAdded(note: "nyid1", place: place, text: "Ny")])
        both([.noteAdded(note: "ny lapp", place: place, text: "Ny igen")])
        both([.noteAdded(note: old[0], place: place, text: "Samma id")], refused: true)
        #expect(lazy.state.notesPending, "adding notes and a refused duplicate decode none")
        #expect(lazy.state == eager.state)
        both(
            [.noteAdded(note: "nyid2", place: place, text: "Svar"), .noteEdited(note: "saknas", text: "x")],
            refused: true)
        both([
            .noteAdded(
                note: "nyid3", place: NotePlace(step: "grupparbete", list: "Riskfaktorer", parent: old[1]), text: "Svar"
            )
        ])
        both([.noteEdited(note: old[2], text: "Ändrad efter")])
        both([.noteMoved(note: old[3], place: NotePlace(step: "grupparbete", list: "Friskfaktorer"))])
        both([.noteDeleted(note: old[4]), .noteAdded(note: "nyid4", place: place, text: "Efter")])
        #expect(lazy.state.notesPending, "changing notes decodes no other")
        #expect(lazy.state == eager.state)
        #expect(lazy.state.note("nyid2") == nil && lazy.state.liveNote(old[4]) == nil)
        #expect(Array(lazy.checkpoint().body) == Array(eager.checkpoint().body))
    }

    /// Copies of a state share the checkpoint's notes until they are read; each copy then sees its own.
    @Test func copiesThatAddDifferentNotesEachSeeTheirOwn() throws {
        let events = Self.history(seed: 8, actions: 80)
        let base = try Self.restored(events[...], notes: .whenRead, fromSource: true)
        let place = NotePlace(step: "grupparbete", list: "Riskfaktorer")
        var r = Recorder()
        r.now = events.last!.at
        var one = base
        var other = base
        try one.append([r.event(.noteAdded(note: "ettid", place: place, text: "Ett"), tx: "ett")])
        try other.append([r.event(.noteAdded(note: "tvaid", place: place, text: "Två"), tx: "två")])
        #expect(one.state.notes.last?.text == "Ett")
        #expect(other.state.notes.last?.text == "Två")
        #expect(one.state.notes.last?.text == "Ett")
        #expect(one.state != other.state)
        #expect(base.state.notes.count == one.state.notes.count - 1)
        try one.append([r.event(.noteEdited(note: base.state.notes[0].id, text: "Bara i ett"), tx: "ändrad")])
        #expect(other.state.notes[0] == base.state.notes[0])
        #expect(one.state.notes[0].text == "Bara i ett")
        #expect(other.state.notesPending && one.state.notesPending)
    }

    /// A session restored to undo keeps its base (`keepBase()`); its notes still decode only when read.
    @Test func aKeptBaseGoesBackWithNotesStillPending() throws {
        let events = Self.history(seed: 9, actions: 100)
        var session = try Self.restored(events[...], notes: .whenRead)
        session.keepBase()
        var r = Recorder()
        r.now = events.last!.at
        let added = r.event(
            .noteAdded(note: "efterid", place: NotePlace(step: "grupparbete", list: "Riskfaktorer"), text: "Efter"),
            tx: "efter")
        try session.append([added])
        let undo = r.event(.undo(transaction: added.tx), tx: "efter-undo")
        let rewound = session.rewindToBase(undoing: [added.tx])
        let back = try #require(rewound)
        session.replay(back.tail + [undo], undoing: back.undoing)
        session.dropBase()
        #expect(session.state.notesPending)
        var expected = ReferenceFold(plan: Fixtures.plan)
        for event in events + [added, undo] { expected.add(event) }
        #expect(session.state == expected.state)
        #expect(session.state.note("efterid") == nil)
    }
}
