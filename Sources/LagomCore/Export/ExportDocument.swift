/// The derived state as `lagom export --format json` writes it (docs/export-format.md).
/// Field names are a public contract: add fields, never rename them.
///
/// Every documented field is written, `null` included: a reader never has to tell a missing field
/// from an empty one. The encoders are written out for that reason (a synthesised `Encodable` leaves
/// a nil optional out). The only fields that may be absent are the ones documented as "vote steps
/// only", which are absent on other steps.
public struct ExportDocument: Codable, Equatable, Sendable {
    public struct NoteEntry: Codable, Equatable, Sendable {
        public var id: String
        public var text: String
        public var list: String
        public var group: Int?
        public var parent: String?
        public var author: String
        public var addedAt: Int64
        /// The facilitator keeps it off the projector (moderation).
        public var hidden: Bool
        /// The note this duplicate was merged into, or nil.
        public var mergedInto: String?

        public init(_ note: Note, board: NoteBoard = NoteBoard()) {
            id = note.id.rawValue
            text = note.text
            list = note.place.list
            group = note.place.group
            parent = note.place.parent?.rawValue
            author = note.by.description
            addedAt = note.addedAt.milliseconds
            hidden = board.hidden.contains(note.id)
            mergedInto = board.mergedInto[note.id]?.rawValue
        }

        enum CodingKeys: String, CodingKey { case id, text, list, group, parent, author, addedAt, hidden, mergedInto }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(text, forKey: .text)
            try c.encode(list, forKey: .list)
            try c.encode(group, forKey: .group)
            try c.encode(parent, forKey: .parent)
            try c.encode(author, forKey: .author)
            try c.encode(addedAt, forKey: .addedAt)
            try c.encode(hidden, forKey: .hidden)
            try c.encode(mergedInto, forKey: .mergedInto)
        }
    }

    public struct ResultEntry: Codable, Equatable, Sendable {
        public var list: String
        public var listStep: String
        public var note: String
        public var text: String
        public var parent: String?
        /// Null when the item was not scored, which is not the same as 0.
        public var points: Int?
        public var rank: Int?

        enum CodingKeys: String, CodingKey { case list, listStep, note, text, parent, points, rank }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(list, forKey: .list)
            try c.encode(listStep, forKey: .listStep)
            try c.encode(note, forKey: .note)
            try c.encode(text, forKey: .text)
            try c.encode(parent, forKey: .parent)
            try c.encode(points, forKey: .points)
            try c.encode(rank, forKey: .rank)
        }
    }

    public struct TimerEntry: Codable, Equatable, Sendable {
        public var group: Int?
        /// running, paused or stopped
        public var phase: String
        public var remainingMs: Int64
        public var totalMs: Int64

        enum CodingKeys: String, CodingKey { case group, phase, remainingMs, totalMs }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(group, forKey: .group)
            try c.encode(phase, forKey: .phase)
            try c.encode(remainingMs, forKey: .remainingMs)
            try c.encode(totalMs, forKey: .totalMs)
        }
    }

    /// A theme the facilitator grouped the step's notes into, and the notes in it.
    public struct ThemeEntry: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        /// The facilitator's summary line for the record, or nil.
        public var summary: String?
        /// Ids of the live notes in the theme, in the order they were written.
        public var notes: [String]

        enum CodingKeys: String, CodingKey { case id, title, summary, notes }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(summary, forKey: .summary)
            try c.encode(notes, forKey: .notes)
        }
    }

    public struct StepEntry: Codable, Equatable, Sendable {
        /// Steps that form groups: the groups as they now are ([] until formed); null on other steps.
        public var groups: [GroupEntry]?
        public var id: String
        public var kind: String
        public var title: String
        public var day: Int
        public var status: String
        /// The agenda's number ("4b"), or nil.
        public var number: String?
        /// Planned clock time, "09:30": the plan's start, or the previous step's planned end.
        public var start: String?
        /// Who leads the item (the plan's `owners`).
        public var owners: [String]
        public var plannedMinutes: Int?
        public var actualMinutes: Int?
        public var revealed: Bool
        public var notes: [NoteEntry]
        public var timers: [TimerEntry]
        public var themes: [ThemeEntry]
        /// The minute-taker's notes on the item (status-round notes name speaker and heading).
        public var records: [RecordEntryOut]
        /// Vote steps only.
        public var results: [ResultEntry]?
        /// Vote steps only: the items chosen to go on, in order; nil until chosen.
        public var subjectsChosen: [String]?

        enum CodingKeys: String, CodingKey {
            case id, kind, title, day, status, number, start, owners, plannedMinutes, actualMinutes, revealed, notes,
                timers, themes
            case records
            case results, subjectsChosen, groups
        }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(kind, forKey: .kind)
            try c.encode(title, forKey: .title)
            try c.encode(day, forKey: .day)
            try c.encode(status, forKey: .status)
            try c.encode(number, forKey: .number)
            try c.encode(start, forKey: .start)
            try c.encode(owners, forKey: .owners)
            try c.encode(plannedMinutes, forKey: .plannedMinutes)
            try c.encode(actualMinutes, forKey: .actualMinutes)
            try c.encode(revealed, forKey: .revealed)
            try c.encode(notes, forKey: .notes)
            try c.encode(timers, forKey: .timers)
            try c.encode(themes, forKey: .themes)
            try c.encode(records, forKey: .records)
            try c.encode(groups, forKey: .groups)
            // Absent on steps that are not votes; on a vote, always there (subjectsChosen may be null).
            if let results {
                try c.encode(results, forKey: .results)
                try c.encode(subjectsChosen, forKey: .subjectsChosen)
            }
        }
    }

    public var title: String
    public var language: String
    public var currentStep: String?
    public var exportedAt: Int64
    public var steps: [StepEntry]
    /// Everyone of the session, the plan's participants then the guests, with their attendance.
    public var participants: [ParticipantEntry]
    /// Every decision, and every action, in the order they were recorded.
    public var decisions: [RecordEntryOut]
    public var actions: [RecordEntryOut]

    enum CodingKeys: String, CodingKey {
        case title, language, currentStep, exportedAt, steps, participants, decisions, actions
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(language, forKey: .language)
        try c.encode(currentStep, forKey: .currentStep)
        try c.encode(exportedAt, forKey: .exportedAt)
        try c.encode(steps, forKey: .steps)
        try c.encode(participants, forKey: .participants)
        try c.encode(decisions, forKey: .decisions)
        try c.encode(actions, forKey: .actions)
    }

    /// Notes of a silent writing never revealed are left out unless the session given was made
    /// with `forExport(.included)`. `withEntries: false` leaves every step's notes and results empty
    /// (results stay `[]` on a vote step, so the field is there): the skeleton a streaming writer
    /// fills in step by step (`notes(of:in:)`, `results(of:in:)`), never holding them all at once.
    public init(session: Session, now: WallTime, withEntries: Bool = true) {
        let session = session.forExport()
        let plan = session.plan
        let state = session.state
        title = plan.title
        language = plan.language.rawValue
        currentStep = state.currentStep?.rawValue
        exportedAt = now.milliseconds
        let schedule = Schedule(plan: plan, state: state)
        decisions = state.minutes.records(kind: .decision).map(RecordEntryOut.init)
        actions = state.minutes.records(kind: .action).map(RecordEntryOut.init)
        steps = plan.steps.enumerated().map { index, step in
            let row = schedule.rows[index]
            let progress = state.progress(step.id)
            // The skeleton needs the step's notes only for its themes: not a copy of every note per step.
            let themed = state.board.themes[step.id] ?? []
            let live = withEntries || !themed.isEmpty ? state.notes(step: step.id) : []
            let notes = withEntries ? live.map { NoteEntry($0, board: state.board) } : []
            let timers = state.timers.filter { $0.key.step == step.id }.sorted { $0.key < $1.key }.map { key, timer in
                let phase: String = timer.isRunning ? "running" : timer.isPaused ? "paused" : "stopped"
                return TimerEntry(
                    group: key.group, phase: phase,
                    remainingMs: timer.remaining(at: now, stop: step.timer?.stop ?? .soft), totalMs: timer.total)
            }
            let themes = themed.map { theme in
                ThemeEntry(
                    id: theme.id, title: theme.title, summary: theme.summary,
                    notes: live.filter { state.board.themeOf[$0.id] == theme.id }.map(\.id.rawValue))
            }
            // Without entries only the field's presence is needed: `[]` on a vote step, nil elsewhere.
            let results = withEntries ? Self.results(of: step, in: session) : step.vote.map { _ in [] }
            let chosen = step.vote == nil ? nil : state.subjects[step.id]?.map(\.rawValue)
            var entry = StepEntry(
                id: step.id.rawValue, kind: step.kind.rawValue, title: step.title, day: step.day,
                status: progress.status.rawValue, number: step.agenda.number,
                start: row.plannedStart?.description, owners: step.owners,
                plannedMinutes: row.plannedMinutes,
                actualMinutes: progress.actualMinutes, revealed: state.revealed.contains(step.id),
                notes: notes, timers: timers, themes: themes,
                records: state.minutes.records(step: step.id, kind: .note).map(RecordEntryOut.init),
                results: results, subjectsChosen: chosen)
            entry.groups = GroupEntry.all(of: step, in: session)
            return entry
        }
        let roster = Roster(plan: plan, state: state)
        participants = roster.everyone.map {
            ParticipantEntry($0, attendance: roster.attendance(of: $0.name), guest: roster.isGuest($0.name))
        }
    }

    /// The entries of a step's live notes, as `notes` holds them (`session` as given to `init`).
    public static func notes(of step: StepID, in session: Session) -> [NoteEntry] {
        let state = session.forExport().state
        return state.notes(step: step).map { NoteEntry($0, board: state.board) }
    }

    /// `notes(of:in:)` one entry at a time, for a writer that never holds them all.
    public static func noteEntries(of step: StepID, in session: Session) -> some Sequence<NoteEntry> {
        let state = session.forExport().state
        return state.notes.lazy.filter { !$0.deleted && $0.place.step == step }.map {
            NoteEntry($0, board: state.board)
        }
    }

    /// A vote step's ranked items, as `results` holds them; nil on other steps.
    public static func results(of step: Step, in session: Session) -> [ResultEntry]? {
        resultEntries(of: step, in: session).map(Array.init)
    }

    /// `results(of:in:)` one list at a time, each ranked when it is reached and let go after, for a
    /// writer that never holds them all. A list ranked on its own is ranked by the notes' places
    /// (`Ranking.order`), without copying its notes.
    public static func resultEntries(of step: Step, in session: Session) -> AnySequence<ResultEntry>? {
        let session = session.forExport()
        let (plan, state) = (session.plan, session.state)
        guard let tally = VoteTally(step: step, state: state) else { return nil }
        return AnySequence(
            tally.spec.ranks.lazy.flatMap { ref -> AnySequence<ResultEntry> in
                func entry(_ note: Note, points: Int?, rank: Int?) -> ResultEntry {
                    ResultEntry(
                        list: ref.list, listStep: ref.step.rawValue, note: note.id.rawValue, text: note.text,
                        parent: note.place.parent?.rawValue, points: points, rank: rank)
                }
                // One ranking everywhere: a resource is ranked within its demand, as on the projector and in the record.
                if plan.step(ref.step)?.parentList != nil,
                    let groups = NestedRanking.groups(tally.results(of: ref, in: state), in: state, plan: plan)
                {
                    return AnySequence(groups.flatMap(\.items).map { entry($0.note, points: $0.points, rank: $0.rank) })
                }
                let indices = state.votableNoteIndices(ref)
                let points = indices.map { tally.points[state.notes[$0].id] }
                return AnySequence(
                    Ranking.order(points).lazy.map {
                        entry(state.notes[indices[$0.index]], points: points[$0.index], rank: $0.rank)
                    })
            })
    }
}
