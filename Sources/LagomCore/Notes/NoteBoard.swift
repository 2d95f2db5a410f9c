/// A named theme the facilitator groups a step's notes into ("Organisation och arbetsstruktur").
public struct NoteTheme: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    /// The facilitator's summary line under the theme, for the record (seed 000's "sammanfattat").
    public var summary: String?
    public init(id: String, title: String, summary: String? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
    }
}

/// What the facilitator and secretaries did with notes beyond their text: the vattentrappa's
/// turns, silent writing's "done" marks, themes, merged duplicates and moderation.
/// Kept in one value so `SessionState` grows by a single field.
public struct NoteBoard: Codable, Equatable, Sendable {
    /// Vattentrappa: which queue position holds the word, and since when (-1: the relay ended).
    public var turns: [StepID: RoundPosition] = [:]
    /// Silent writing: groups that marked themselves done.
    public var done: [StepID: Set<Int>] = [:]
    /// Each step's themes, in the order the facilitator arranged them.
    public var themes: [StepID: [NoteTheme]] = [:]
    public var themeOf: [NoteID: String] = [:]
    /// A duplicate merged into another note: shown as part of that note, its own text kept.
    public var mergedInto: [NoteID: NoteID] = [:]
    /// Notes the facilitator keeps off the projector (moderation).
    public var hidden: Set<NoteID> = []
    /// The vattentrappa turn (0-based queue position) a note was written in.
    public var turnOf: [NoteID: Int] = [:]
    /// Steps whose theme summary the room sees: themes are built off the projector and shown
    /// when ready, as a hidden vote is revealed.
    public var themesShown: Set<StepID> = []

    public init() {}

    public func theme(_ id: String) -> (step: StepID, index: Int, theme: NoteTheme)? {
        for (step, list) in themes {
            if let i = list.firstIndex(where: { $0.id == id }) { return (step, i, list[i]) }
        }
        return nil
    }

    /// Notes merged into `id`, in the order they were merged.
    public func merged(into id: NoteID, among notes: [Note]) -> [Note] {
        notes.filter { mergedInto[$0.id] == id }
    }

    /// How many duplicates each note holds. Computed once per frame: looking it up note by
    /// note among all notes would make a frame quadratic in the number of notes.
    public var mergeCounts: [NoteID: Int] {
        var counts: [NoteID: Int] = [:]
        for target in mergedInto.values { counts[target, default: 0] += 1 }
        return counts
    }
}
