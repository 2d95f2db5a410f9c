import Testing

@testable import LagomCore

/// The kept note lists (`Session.notes(step:list:group:)`, `shownNoteIndices`) look only at the
/// notes appended since they were last asked; these tests hold them to a full scan of the state
/// after every change of random histories — edits, moves, deletions, moderation, refused batches
/// and undos that change the past — and for copies of a session that went different ways.
@Suite struct NoteIndexMemoTests {
    static let filters: [(list: String?, group: Int?)] = [
        (nil, nil), ("Riskfaktorer", nil), ("Friskfaktorer", nil), (nil, 1), (nil, 2), ("Riskfaktorer", 3),
    ]

    /// What a full scan of the state gives.
    static func expectSameAsAFullScan(_ session: Session, _ what: Comment) {
        let state = session.state
        for step in ["grupparbete", "krav"] as [StepID] {
            for (list, group) in filters {
                #expect(
                    session.notes(step: step, list: list, group: group)
                        == state.notes(step: step, list: list, group: group), what)
            }
            #expect(session.noteCounts(step) == state.noteCounts(step), what)
            for group in 1...4 {
                #expect(
                    session.othersNoteIndices(step: step, besides: group).map { state.notes[$0] }
                        == state.notes(step: step).filter { $0.place.group != group }, what)
            }
            let planned = session.plan.step(step)!
            for list in [nil, "Riskfaktorer", "Krav"] as [String?] {
                #expect(
                    session.shownNoteIndices(planned, list: list) == state.shownNoteIndices(planned, list: list), what)
            }
        }
    }

    /// Random changes, each followed by the lists being asked for, so they are kept and extended.
    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func keptListsEqualAFullScanAfterEveryChange(seed: UInt64) throws {
        var r = Recorder()
        var random = SeededIDSource(seed: seed)
        func pick(_ n: Int) -> Int { Int(random.nextRandom() % UInt64(max(1, n))) }
        var notes: [NoteID] = []
        var transactions: [String] = []
        for number in 0..<300 {
            r.advance(seconds: 5)
            let step: StepID = pick(4) == 0 ? "krav" : "grupparbete"
            let list = step == "krav" ? ["Krav", "Resurser"][pick(2)] : ["Riskfaktorer", "Friskfaktorer"][pick(2)]
            let place = NotePlace(step: step, list: list, group: 1 + pick(4))
            var changes: [Change] = []
            switch pick(12) {
            case 0...4:
                let id = NoteID("n\(number)")
                changes = [.noteAdded(note: id, place: place, text: "Lapp \(number) om återhämtning")]
                notes.append(id)
            case 5 where !notes.isEmpty:
                changes = [.noteEdited(note: notes[pick(notes.count)], text: "Ändrad \(number)")]
            case 6 where !notes.isEmpty: changes = [.noteMoved(note: notes[pick(notes.count)], place: place)]
            case 7 where !notes.isEmpty: changes = [.noteDeleted(note: notes[pick(notes.count)])]
            case 8 where !notes.isEmpty: changes = [.noteHidden(note: notes[pick(notes.count)], hidden: pick(2) == 0)]
            case 9 where notes.count > 1:
                changes = [.notesMerged(note: notes[pick(notes.count)], into: notes[pick(notes.count)])]
            case 10:
                // A batch that adds notes and then breaks a rule: taken back whole.
                changes = [
                    .noteAdded(note: NoteID("b\(number)"), place: place, text: "Tillbakatagen"),
                    .noteEdited(note: "finns-inte", text: "x"),
                ]
            default:
                let open = transactions.filter { !r.session.isUndone($0) }
                if !open.isEmpty { _ = try? r.undo(open[pick(open.count)]) }
            }
            if !changes.isEmpty, let tx = try? r.commit(changes, by: .secretary(1 + pick(4))) {
                transactions.append(tx)
            }
            Self.expectSameAsAFullScan(r.session, "after change \(number), seed \(seed)")
        }
        #expect(r.session.superseded > 0 || seed != 11, "undos should have superseded later events")
    }

    /// Two copies of one session that append different notes each get their own lists.
    @Test func copiesThatGoDifferentWaysKeepTheirOwnLists() throws {
        var r = Recorder()
        for i in 0..<5 { try r.addNote(NoteID("n\(i)"), "Lapp \(i)", group: 1) }
        Self.expectSameAsAFullScan(r.session, "before the copy")
        var other = r
        try r.addNote("a", "Bara i den första", group: 1)
        Self.expectSameAsAFullScan(r.session, "the first copy")
        try other.addNote("b", "Bara i den andra", group: 1)
        try other.addNote("c", "Också i den andra", group: 1)
        Self.expectSameAsAFullScan(other.session, "the second copy")
        Self.expectSameAsAFullScan(r.session, "the first copy again")
        #expect(r.session.notes(step: "grupparbete", group: 1).map(\.id).last == "a")
        #expect(other.session.notes(step: "grupparbete", group: 1).map(\.id).suffix(2) == ["b", "c"])
    }

    /// A change of the state always gives a new revision; a change that only appends keeps the epoch.
    @Test func revisionsAndEpochs() throws {
        var r = Recorder()
        let first = (r.session.revision, r.session.notesEpoch)
        try r.addNote("n1", "Fika", group: 1)
        #expect(r.session.revision != first.0)
        #expect(r.session.notesEpoch == first.1)
        let second = r.session.revision
        try r.commit(.noteEdited(note: "n1", text: "Fika på fredag"))
        #expect(r.session.revision != second)
        #expect(r.session.notesEpoch != first.1)
    }
}
