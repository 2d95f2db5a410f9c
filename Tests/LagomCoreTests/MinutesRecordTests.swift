import Testing

@testable import LagomCore

/// The meeting's record: decisions and actions on any kind of step, their rules, and undo.
@Suite struct MinutesRecordTests {
    static func entry(
        _ kind: RecordKind, _ text: String, step: StepID = "paus", owner: String? = nil,
        due: String? = nil
    ) -> RecordEntry {
        RecordEntry(kind: kind, step: step, text: text, owner: owner, due: due)
    }

    @Test func decisionsAndActionsGoOnAnyKindOfStep() throws {
        var room = Recorder()
        try room.commit(.recordAdded(record: "d1", entry: Self.entry(.decision, "Fikat förlängs")), by: .minuteTaker)
        try room.commit(
            .recordAdded(
                record: "a1",
                entry: Self.entry(
                    .action, "Boka lokal", step: "röstning",
                    owner: "Deltagare 3", due: "2024-12-20")))
        let book = room.session.state.minutes
        #expect(book.records(kind: .decision).map(\.id) == ["d1"])
        #expect(book.openActions.map(\.entry.owner) == ["Deltagare 3"])
        #expect(book.record("d1")?.by == .minuteTaker)
    }

    @Test func anActionNeedsAnOwnerAndARealDate() {
        var room = Recorder()
        #expect(throws: Refusal.actionNeedsOwner) {
            try room.commit(.recordAdded(record: "a1", entry: Self.entry(.action, "Boka lokal")))
        }
        #expect(throws: Refusal.badDueDate("2024-02-30")) {
            try room.commit(
                .recordAdded(record: "a1", entry: Self.entry(.action, "Boka", owner: "Kim", due: "2024-02-30")))
        }
        #expect(throws: Refusal.emptyRecord(.decision)) {
            try room.commit(.recordAdded(record: "d1", entry: Self.entry(.decision, "  ")))
        }
        #expect(throws: Refusal.unknownStep("saknas")) {
            try room.commit(.recordAdded(record: "d1", entry: Self.entry(.decision, "Ja", step: "saknas")))
        }
        #expect(room.session.state.minutes.records.isEmpty)
    }

    @Test func theMinutesLeaveTheProjectorWhenTheMeetingMovesOn() throws {
        var room = Recorder()
        try room.commit(.minutesShown(visible: true))
        #expect(room.session.state.minutes.onProjector)
        try room.commit(.stepEntered(step: "röstning"))
        #expect(!room.session.state.minutes.onProjector)
    }

    @Test func editKeepsTheKindDeleteAndUndoBringItBack() throws {
        var room = Recorder()
        try room.commit(.recordAdded(record: "a1", entry: Self.entry(.action, "Boka", owner: "Kim")))
        var edited = Self.entry(.action, "Boka lokal", owner: "Deltagare 4", due: "2025-01-10")
        try room.commit(.recordEdited(record: "a1", entry: edited))
        #expect(room.session.state.minutes.record("a1")?.entry == edited)
        edited.kind = .decision
        #expect(throws: Refusal.recordKindChanged("a1", from: .action)) {
            try room.commit(.recordEdited(record: "a1", entry: edited))
        }
        let tx = try room.commit(.recordDeleted(record: "a1"))
        #expect(room.session.state.minutes.records.isEmpty)
        try room.undo(tx)
        #expect(room.session.state.minutes.record("a1")?.entry.text == "Boka lokal")
        try room.commit(.actionMarkedDone(record: "a1", done: true))
        #expect(room.session.state.minutes.openActions.isEmpty)
        #expect(throws: Refusal.actionDoneUnchanged("a1", done: true)) {
            try room.commit(.actionMarkedDone(record: "a1", done: true))
        }
    }

    @Test func aStatusRoundNoteNamesOneOfTheRoundsHeadings() throws {
        var plan = Fixtures.plan
        plan.steps[0].headings = ["Klart", "Hinder"]
        var session = Session(plan: plan)
        let note = RecordEntry(
            kind: .note, step: "incheckning", text: "Nytt system", speaker: "Deltagare 1", heading: "Klart")
        try session.append([
            Event(
                id: "e1", tx: "e1", at: Fixtures.t0, by: .minuteTaker, change: .recordAdded(record: "n1", entry: note))
        ])
        var wrong = note
        wrong.heading = "Planerat"
        #expect(
            throws: Refusal.unknownHeading(step: "incheckning", heading: "Planerat", headings: ["Klart", "Hinder"])
        ) {
            try session.append([
                Event(
                    id: "e2", tx: "e2", at: Fixtures.t0, by: .minuteTaker,
                    change: .recordAdded(record: "n2", entry: wrong))
            ])
        }
    }

    @Test func anOwnerIsTheParticipantItNamesOrTheTextAsTyped() {
        let people = [Participant(name: "Åsa Lind", site: "Norr"), Participant(name: "Åke Berg", site: "Syd")]
        #expect(OwnerName.resolve("åsa lind", participants: people) == "Åsa Lind")
        #expect(OwnerName.resolve("Åk", participants: people) == "Åke Berg")
        #expect(OwnerName.resolve("Å", participants: people) == "Å")
        #expect(OwnerName.resolve(" IT-support ", participants: people) == "IT-support")
        #expect(OwnerName.completions("berg", participants: people) == ["Åke Berg"])
    }
}
