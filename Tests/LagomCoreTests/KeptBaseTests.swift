import Testing

@testable import LagomCore

/// A session restored from a checkpoint and kept there (`keepBase()`) goes back to it and refolds the
/// events after it with one more undo: the checked fold with a refold at every undo
/// (`ReplayTests.ReferenceFold`), without a second copy of the state.
@Suite struct KeptBaseTests {
    typealias ReferenceFold = ReplayTests.ReferenceFold

    /// The state as it would be had the base never been kept (its trial is bookkeeping).
    func withoutBase(_ session: Session) -> SessionState {
        var bare = session
        bare.dropBase()
        return bare.state
    }

    func targets<C: Collection<Event>>(_ events: C) -> Set<String> { Set(events.compactMap(\.undoneTransaction)) }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func anUndoRefoldedFromTheBaseGivesTheCheckedFold(seed: UInt64) throws {
        let events = ReplayTests.recentUndos(seed: seed, actions: 300)
        let references = ReferenceFold.everyPrefix(of: events, plan: Fixtures.plan)
        var refolded = 0
        for cut in stride(from: 10, to: events.count - 40, by: 7) {
            let end = cut + 40
            var session = Session(plan: Fixtures.plan, holdsHistory: false)
            session.replay(events[..<cut], undoing: targets(events[..<cut]))
            session.keepBase()
            guard session.canFold(undoing: targets(events[cut..<end])) else { continue }
            session.replay(events[cut..<end], undoing: targets(events[cut..<end]))
            let before = session.state

            // What the base cannot serve leaves the session as it was.
            let older = events[..<cut].last { !$0.isUndo && !session.isUndone($0.tx) }!.tx
            let refused = session.rewindToBase(undoing: [older])
            #expect(refused == nil)
            #expect(session.state == before)

            guard let target = session.undoTarget(for: nil), events[cut..<end].contains(where: { $0.tx == target })
            else { continue }
            let undo = Event(
                id: "undo\(cut)", tx: "undo\(cut)", at: events[end - 1].at, by: .facilitator,
                body: .undo(transaction: target))
            try session.check([undo])
            let back = session.rewindToBase(undoing: [target])
            let rewound = try #require(back)
            #expect(rewound.tail == Array(events[cut..<end]))
            session.replay(rewound.tail + [undo], undoing: rewound.undoing)
            session.dropBase()
            var expected = references[end]
            expected.add(undo)
            #expect(session.state == expected.state, "undo after \(cut)")
            #expect(session.superseded == expected.superseded, "undo after \(cut)")
            #expect(session.eventCount == end + 1)
            #expect(session.isUndone(target))
            refolded += 1
        }
        #expect(refolded > 5)
    }

    /// Going back and folding the same events again (a commit whose line could not be written is taken
    /// back so) gives the state before, and the base can be gone back to again.
    @Test func goingBackAndFoldingTheSameEventsAgainChangesNothing() throws {
        let events = ReplayTests.recentUndos(seed: 4, actions: 200)
        var session = Session(plan: Fixtures.plan, holdsHistory: false)
        session.replay(events[..<150], undoing: targets(events[..<150]))
        let atBase = session.state
        session.keepBase()
        for event in events[150...] {
            guard session.canFold(undoing: targets([event])) else { break }
            session.replay([event], undoing: targets([event]))
        }
        let folded = (withoutBase(session), session.eventCount, session.superseded)
        for _ in 0..<2 {
            let back = session.rewindToBase(undoing: [])
            let rewound = try #require(back)
            #expect(withoutBase(session) == atBase)
            session.replay(rewound.tail, undoing: rewound.undoing)
        }
        session.dropBase()
        #expect(session.state == folded.0)
        #expect(session.eventCount == folded.1)
        #expect(session.superseded == folded.2)
    }

    /// A multi-event batch takes the state's trial for itself: the base is dropped, never mixed in.
    @Test func aMultiEventAppendDropsTheBase() throws {
        var r = Recorder()
        _ = try r.commit(
            .noteAdded(note: "n1", place: NotePlace(step: "grupparbete", list: "Riskfaktorer"), text: "Vila"))
        r.session.keepBase()
        _ = try r.commit([
            .noteAdded(note: "n2", place: NotePlace(step: "grupparbete", list: "Riskfaktorer"), text: "Sömn"),
            .noteEdited(note: "n1", text: "Återhämtning"),
        ])
        let back = r.session.rewindToBase(undoing: [])
        #expect(back == nil)
        var fresh = Session(plan: Fixtures.plan)
        fresh.replay(r.session.heldHistory!)
        #expect(r.session.state == fresh.state)
    }
}
