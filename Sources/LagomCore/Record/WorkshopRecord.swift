/// A workshop day's record (seed 000's *Sammanställning*), built from a session as a
/// `RecordDocument`: the header, then day by day each step with its text (quote, question,
/// bullets, prompts), its notes list by list with their groups (or by theme, each with its
/// summary), and each vote's ranked lists once, with the items that go on.
///
/// What the room never saw is left out: the notes of a silent writing never revealed, notes the
/// facilitator hid (counted), duplicates merged into a note (folded into it, their groups kept).
/// A list that was ranked appears only as its ranking; a vote with nothing scored and nothing
/// chosen prints nothing.
public enum WorkshopRecord {
    public static func document(_ session: Session, language: Language? = nil) -> RecordDocument {
        let session = session.forExport()  // unless made with forExport(.included)
        let builder = WorkshopRecordBuilder(session: session, language: language ?? session.plan.language)
        return RecordDocument(
            language: builder.language, title: RecordText.clean(session.plan.title),
            facts: builder.facts(), sections: builder.sections())
    }

    /// The same record, each section made only when a renderer comes to it.
    public static func sections(of session: Session, language: Language? = nil) -> WorkshopRecordSections {
        let session = session.forExport()  // unless made with forExport(.included)
        return WorkshopRecordSections(
            builder: WorkshopRecordBuilder(session: session, language: language ?? session.plan.language))
    }
}

/// A workshop day's record as a `RecordSource`: the head made now, the sections as they are read.
public struct WorkshopRecordSections: RecordSource {
    let builder: WorkshopRecordBuilder
    public let title: String
    public let facts: [RecordFact]
    public var language: Language { builder.language }

    init(builder: WorkshopRecordBuilder) {
        self.builder = builder
        title = RecordText.clean(builder.session.plan.title)
        facts = builder.facts()
    }

    public func forEachSection(_ body: (RecordSection) throws -> Void) rethrows {
        try builder.forEachSection(body)
    }
}

struct WorkshopRecordBuilder {
    let session: Session
    let language: Language
    /// Per step, the groups of the live notes merged into each note: worked out once, not by a scan of
    /// the step's notes for every note (that made a record of 10,000 notes cost a second).
    let mergedGroups: [StepID: [NoteID: [Int]]]

    init(session: Session, language: Language) {
        self.session = session
        self.language = language
        var merged: [StepID: [NoteID: [Int]]] = [:]
        let state = session.state
        if !state.board.mergedInto.isEmpty {
            for step in session.plan.steps {
                for duplicate in state.notes(step: step.id) {
                    guard let target = state.board.mergedInto[duplicate.id], let group = duplicate.place.group
                    else { continue }
                    merged[step.id, default: [:]][target, default: []].append(group)
                }
            }
        }
        mergedGroups = merged
    }

    var plan: Plan { session.plan }
    var state: SessionState { session.state }
    func text(_ localized: Localized) -> String { localized.text(language) }
    func clean(_ s: String) -> String { RecordText.clean(s) }

    /// Under the title: the dates (the days', else the plan's), the place, who led (the plan's chair,
    /// else the steps' owners) and who took the minutes.
    func facts() -> [RecordFact] {
        var facts: [RecordFact] = []
        let dates = plan.days.compactMap(\.date)
        if let dates = RecordWords.dates(dates.isEmpty ? plan.date.map { [$0] } ?? [] : dates, language) {
            facts.append(RecordFact(label: text(RecordWords.dates), value: dates))
        }
        if let place = plan.place.map(clean), !place.isEmpty {
            facts.append(RecordFact(label: text(RecordWords.place), value: place))
        }
        var owners: [String] = []
        for owner in plan.steps.flatMap(\.owners).map(clean) where !owners.contains(owner) { owners.append(owner) }
        if let chair = plan.chair.map(clean), !chair.isEmpty {
            facts.append(RecordFact(label: text(RecordWords.chair), value: chair))
        } else if !owners.isEmpty {
            facts.append(RecordFact(label: text(RecordWords.ledBy), value: owners.joined(separator: ", ")))
        }
        if let taker = plan.minuteTaker.map(clean), !taker.isEmpty {
            facts.append(RecordFact(label: text(RecordWords.minuteTaker), value: taker))
        }
        return facts
    }

    /// The record's sections in order: attendance when it was marked, then day by day the steps (each
    /// with its groups, notes or results, and what the minute-taker wrote). Sections about the
    /// whole day are added here, before or after the days.
    func sections() -> [RecordSection] {
        var sections: [RecordSection] = []
        forEachSection { sections.append($0) }
        return sections
    }

    /// The sections one at a time, in the order of `sections()`: a day's heading goes out just before
    /// its first step that shows something, so a day with nothing to show has none.
    func forEachSection(_ body: (RecordSection) throws -> Void) rethrows {
        if let attendance = attendanceSection() { try body(attendance) }
        for (index, day) in plan.days.enumerated() {
            var headed = false
            for step in plan.steps where step.day == index + 1 {
                guard let section = section(step) else { continue }
                if !headed {
                    try body(RecordSection(.day(index + 1), blocks: [.heading(level: 1, text: clean(day.title))]))
                    headed = true
                }
                try body(section)
            }
        }
    }

    /// A step's section, or nil when it has nothing to show (a break; a vote with no results).
    func section(_ step: Step) -> RecordSection? {
        var body: [RecordBlock]
        if let tally = VoteTally(step: step, state: state) {
            body = results(of: step, tally) + minutesBlocks(step)
        } else if step.kind == .break {
            return nil
        } else {
            body = slide(step) + groupBlocks(step) + notes(of: step) + minutesBlocks(step)
        }
        guard !body.isEmpty else { return nil }
        return RecordSection(.step(step.id), blocks: [.heading(level: 2, text: clean(step.title))] + body)
    }

    /// What the step's slide said: the quote, the question, bullets, prompts, the vattentrappa's questions.
    func slide(_ step: Step) -> [RecordBlock] {
        var blocks: [RecordBlock] = []
        if let quote = step.quote { blocks.append(.quote(text: clean(quote.text), attribution: clean(quote.author))) }
        if let question = step.question {
            blocks.append(.paragraph([.strong(text(RecordWords.question)), RecordSpan(" " + clean(question))]))
        }
        for list in [step.bullets, step.prompts, step.questions] where !list.isEmpty {
            blocks.append(.bullets(list.map { [RecordSpan(clean($0))] }))
        }
        if !step.roles.isEmpty {
            blocks.append(.bullets(step.roles.map { [.strong(clean($0.name)), RecordSpan(" – " + clean($0.task))] }))
        }
        return blocks
    }

    // MARK: - Notes

    /// The notes the room saw, by theme when the facilitator made themes, else list by list; a
    /// step whose notes hang under another list's gives the parents' table; lists a vote ranked
    /// are left to the vote.
    func notes(of step: Step) -> [RecordBlock] {
        let shown = state.shownNotes(step)
        var blocks: [RecordBlock] = []
        let themes = state.themedNotes(step)
        if !themes.themes.isEmpty {
            for (theme, notes) in themes.themes where !notes.isEmpty {
                blocks.append(.heading(level: 3, text: clean(theme.title)))
                if let summary = theme.summary { blocks.append(.paragraph([.emphasis(clean(summary))])) }
                blocks.append(.bullets(notes.map(item)))
            }
            if !themes.rest.isEmpty {
                blocks += [.heading(level: 3, text: text(RecordWords.notInTheme)), .bullets(themes.rest.map(item))]
            }
        } else if step.parentList != nil {
            if !isRanked(ListRef(step: step.id, list: nestedList(of: step))) {
                blocks += demandsTable(step: step, ranked: nil)
            }
        } else {
            for list in step.lists.isEmpty ? [""] : step.lists where !isRanked(ListRef(step: step.id, list: list)) {
                let notes = shown.filter { $0.place.list == list }
                guard !notes.isEmpty else { continue }
                if !list.isEmpty { blocks.append(.heading(level: 3, text: clean(list))) }
                blocks.append(.bullets(notes.map(item)))
            }
        }
        let hidden =
            state.notesHiddenFromRoom(step)
            ? 0 : state.notes(step: step.id).filter { state.board.hidden.contains($0.id) }.count
        if hidden > 0 { blocks.append(.paragraph([.emphasis(text(RecordWords.hidden(hidden)))])) }
        return blocks
    }

    /// A note as a list item: its text and the groups that wrote it and its merged duplicates.
    func item(_ note: Note) -> [RecordSpan] {
        let spans = [RecordSpan(RecordText.lines(note.text))]
        let groups = groups(of: note)
        return groups.isEmpty ? spans : spans + [.emphasis(" (" + text(RecordWords.group(groups)) + ")")]
    }

    func groups(of note: Note) -> [Int] {
        let duplicates = mergedGroups[note.place.step]?[note.id] ?? []
        var groups: [Int] = []
        for group in [note.place.group].compactMap({ $0 }) + duplicates where !groups.contains(group) {
            groups.append(group)
        }
        return groups.sorted()
    }
}
