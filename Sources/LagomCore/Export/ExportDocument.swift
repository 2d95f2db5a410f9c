/// The derived state as `lagom export --format json` writes it (docs/export-format.md).
/// Field names are a public contract: add fields, never rename them.
public struct ExportDocument: Codable, Equatable, Sendable {
    public struct NoteEntry: Codable, Equatable, Sendable {
        public var id: String
        public var text: String
        public var list: String
        public var group: Int?
        public var parent: String?
        public var author: String
        public var addedAt: Int64

        public init(_ note: Note) {
            id = note.id.rawValue
            text = note.text
            list = note.place.list
            group = note.place.group
            parent = note.place.parent?.rawValue
            author = note.by.description
            addedAt = note.addedAt.milliseconds
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
    }

    public struct StepEntry: Codable, Equatable, Sendable {
        public var id: String
        public var kind: String
        public var title: String
        public var day: Int
        public var status: String
        public var plannedMinutes: Int?
        public var actualMinutes: Int?
        public var revealed: Bool
        public var notes: [NoteEntry]
        public var timers: [TimerEntry]
        public var results: [ResultEntry]?
    }

    public var title: String
    public var language: String
    public var currentStep: String?
    public var exportedAt: Int64
    public var steps: [StepEntry]

    public init(session: Session, now: WallTime) {
        let plan = session.plan
        let state = session.state
        title = plan.title
        language = plan.language.rawValue
        currentStep = state.currentStep?.rawValue
        exportedAt = now.milliseconds
        steps = plan.steps.map { step in
            let progress = state.progress(step.id)
            let notes = state.notes(step: step.id).map(NoteEntry.init)
            let timers = state.timers.filter { $0.key.step == step.id }.sorted { $0.key < $1.key }.map { key, timer in
                let phase: String = timer.isRunning ? "running" : timer.isPaused ? "paused" : "stopped"
                return TimerEntry(group: key.group, phase: phase,
                                  remainingMs: timer.remaining(at: now, stop: step.timer?.stop ?? .soft), totalMs: timer.total)
            }
            let results = VoteTally(step: step, state: state).map { tally in
                tally.results(in: state).flatMap { list in
                    list.items.map {
                        ResultEntry(list: list.source.list, listStep: list.source.step.rawValue, note: $0.note.id.rawValue,
                                    text: $0.note.text, parent: $0.note.place.parent?.rawValue, points: $0.points, rank: $0.rank)
                    }
                }
            }
            return StepEntry(id: step.id.rawValue, kind: step.kind.rawValue, title: step.title, day: step.day,
                             status: progress.status.rawValue, plannedMinutes: step.minutes,
                             actualMinutes: progress.actualMinutes, revealed: state.revealed.contains(step.id),
                             notes: notes, timers: timers, results: results)
        }
    }
}
