import LagomCore

/// The minute-taker's pane (`lagom minutes`): follows the item under way and writes its notes,
/// decisions and actions (owner, due date) with a few keys. Tab switches the kind; an action's
/// Enter goes on to its owner (Tab completes a participant's name) and its date. In a status round
/// a note is tied to the speaker who has the word and to the heading F3 picks. Every save goes
/// through the store, so the console and the projector show it at once; Ctrl-R undoes.
public struct MinutesScreen: Screen {
    public static let minimumSize = (width: 40, height: 12)

    /// Where the typing goes: the record's text, or an action's owner or due date.
    public enum Field: Hashable, Sendable { case text, owner, due }

    public var kind: RecordKind = .note
    public var field: Field = .text
    public var text = LineEditor()
    public var owner = LineEditor()
    public var due = LineEditor()
    /// The status round's heading the next note goes under; nil: none.
    public var heading: String?
    /// The item written on when it is not the one under way: picked with PgUp/PgDn, or held while
    /// text is typed and the meeting moves on (`heldWhileTyping`), so a decision lands where it was taken.
    public var pinned: StepID?
    var heldWhileTyping = false
    /// The item under way at the last frame, to notice the meeting moving on.
    var lastCurrent: StepID?
    public var selected: RecordID?
    /// The record being changed, and what was being typed before (Esc brings it back).
    public var editing: RecordID?
    var setAside: Draft?
    /// The record being changed was removed meanwhile: Enter saves the text as a new record.
    public var editedRecordRemoved = false
    /// Tab in the owner field: what was typed, and which of its completions is shown.
    var completion: (typed: String, index: Int)?
    var quitAsked = false
    /// What was typed before the last save, brought back if the store refuses that save.
    var pendingSave: Draft?
    var pendingCommand: Command?
    public var showingHelp = false
    public var message: StatusMessage?

    /// Everything being typed, to set aside during an edit or give back after a refused save.
    struct Draft: Equatable {
        var kind: RecordKind
        var field: Field
        var text: LineEditor
        var owner: LineEditor
        var due: LineEditor
        var heading: String?
        var editing: RecordID?
    }

    var draft: Draft {
        get { Draft(kind: kind, field: field, text: text, owner: owner, due: due, heading: heading, editing: editing) }
        set {
            kind = newValue.kind
            field = newValue.field
            text = newValue.text
            owner = newValue.owner
            due = newValue.due
            heading = newValue.heading
            editing = newValue.editing
        }
    }

    public init() {}

    /// The keys as they work now: input, the footer and `?` all read this.
    public var keyMap: KeyMap<MinutesKeyAction> { MinutesKeys.map(for: MinutesKeys.mode(field: field, kind: kind)) }

    /// Whether anything typed is unsaved.
    var hasText: Bool { !text.isBlank || !owner.isBlank || !due.isBlank }

    /// The item written on: the one picked or held, else the one under way.
    public func item(_ context: ScreenContext) -> Step? {
        if let pinned, let step = context.plan.step(pinned) { return step }
        return context.currentStep
    }

    /// The records of the item in the order they were written.
    func records(_ step: Step, _ context: ScreenContext) -> [MinuteRecord] {
        context.state.minutes.records(step: step.id)
    }

    /// Who has the word in a round on `step`, for a note tied to its speaker.
    static func speaker(on step: Step, _ context: ScreenContext) -> String? {
        guard step.kind == .checkin else { return nil }
        return context.state.people.rounds[step.id]?.current
    }

    // MARK: Input

    public mutating func handle(_ key: Key, _ context: ScreenContext) -> [Command] {
        let action: MinutesKeyAction?
        switch key {
        case .character, .paste: action = nil
        default: action = MinutesKeys.action(for: key, in: keyMap)
        }
        if showingHelp {
            showingHelp = false
            if action != .quit { return [] }
        }
        let quitWasAsked = quitAsked
        quitAsked = false
        if quitWasAsked && action != .quit { message = nil }
        switch key {
        case .character(let c):
            if field == .owner { completion = nil }
            type(String(c))
            return []
        case .paste(let pasted):
            type(LineEditor.lines(of: pasted).joined(separator: " "))
            return []
        default: break
        }
        guard let action else { return [] }
        message = nil
        switch action {
        case .line(let edit):
            if field == .owner { completion = nil }
            switch field {
            case .text: text.apply(edit)
            case .owner: owner.apply(edit)
            case .due: due.apply(edit)
            }
        case .enter: return enter(context)
        case .tab(let forward):
            if field == .owner { complete(context) } else { switchKind(forward: forward) }
        case .select(let up): moveSelection(up: up, context)
        case .item(let forward): pickItem(forward: forward, context)
        case .nextHeading: nextHeading(context)
        case .edit: startEditing(context)
        case .delete:
            guard let id = selected, context.state.minutes.record(id) != nil else {
                message = StatusMessage(MinutesStrings.nothingSelected, role: .warning)
                return []
            }
            selected = nil
            message = StatusMessage(MinutesStrings.deleted, role: .ok)
            return [.act(.minutes(.delete(id)))]
        case .undo: return [.undo]
        case .cancel: cancel()
        case .help: showingHelp = true
        case .quit:
            if !quitWasAsked && hasText {
                quitAsked = true
                message = StatusMessage(MinutesStrings.confirmQuit, role: .warning)
                return []
            }
            return [.quit]
        }
        return []
    }

    mutating func type(_ typed: String) {
        switch field {
        case .text: text.insert(typed)
        case .owner: owner.insert(typed)
        case .due: due.insert(typed)
        }
    }

    mutating func switchKind(forward: Bool) {
        if editing != nil {
            // A record keeps its kind (the log says so); a new one of another kind is a new record.
            message = StatusMessage(MinutesStrings.keepsKind, role: .warning)
            return
        }
        let kinds = RecordKind.allCases
        let index = kinds.firstIndex(of: kind) ?? 0
        kind = kinds[(index + (forward ? 1 : kinds.count - 1)) % kinds.count]
        if kind != .action { field = .text }
    }

    /// Tab in the owner field: the first participant whose name (or a part of it) starts with what
    /// was typed; Tab again, the next.
    mutating func complete(_ context: ScreenContext) {
        let typed = completion?.typed ?? owner.text
        let names = OwnerName.completions(
            typed, participants: Roster(plan: context.plan, state: context.state).everyone)
        guard !names.isEmpty else {
            message = StatusMessage(MinutesStrings.noCompletion, role: .dim)
            return
        }
        let index = completion.map { ($0.index + 1) % names.count } ?? 0
        completion = (typed, index)
        owner = LineEditor(names[index])
    }

    mutating func enter(_ context: ScreenContext) -> [Command] {
        switch field {
        case .text:
            if let problem = textProblem() {
                message = StatusMessage(problem, role: .warning)
                return []
            }
            if kind == .action {
                field = .owner
                return []
            }
            return save(context)
        case .owner:
            guard !owner.isBlank else {
                message = StatusMessage(MinutesStrings.needsOwner, role: .warning)
                return []
            }
            completion = nil
            field = .due
            return []
        case .due:
            let date = Self.trimmed(due.text)
            guard date.isEmpty || PlanValidator.isISODate(date) else {
                message = StatusMessage(MinutesStrings.badDue(date), role: .warning)
                return []
            }
            return save(context)
        }
    }

    /// Refuses locally what the store would refuse anyway, in the pane's words.
    func textProblem() -> Localized? {
        if text.isBlank { return MinutesStrings.empty }
        if text.count > RecordEntry.textLimit { return MinutesStrings.tooLong(text.count) }
        return nil
    }

    mutating func save(_ context: ScreenContext) -> [Command] {
        if let problem = textProblem() {
            field = .text
            message = StatusMessage(problem, role: .warning)
            return []
        }
        if kind == .action, owner.isBlank {
            field = .owner
            message = StatusMessage(MinutesStrings.needsOwner, role: .warning)
            return []
        }
        let record = editing.flatMap { context.state.minutes.record($0) }
        guard let step = record.flatMap({ context.plan.step($0.entry.step) }) ?? item(context) else {
            message = StatusMessage(MinutesStrings.noItem, role: .warning)
            return []
        }
        let everyone = Roster(plan: context.plan, state: context.state).everyone
        let date = Self.trimmed(due.text)
        let entry = RecordEntry(
            kind: kind, step: step.id, text: Self.trimmed(text.text),
            owner: kind == .action ? OwnerName.resolve(owner.text, participants: everyone) : nil,
            due: kind == .action && !date.isEmpty ? date : nil,
            speaker: kind == .note ? record?.entry.speaker ?? Self.speaker(on: step, context) : nil,
            heading: kind == .note && step.headings.contains(heading ?? "") ? heading : nil)
        let action: MinutesAction = record.map { .edit($0.id, entry) } ?? .add(entry)
        pendingSave = draft
        // What was set aside for the edit comes back; otherwise a fresh line of the same kind.
        draft =
            record != nil
            ? setAside ?? Draft(kind: kind, field: .text, text: LineEditor(), owner: LineEditor(), due: LineEditor())
            : Draft(
                kind: kind, field: .text, text: LineEditor(), owner: LineEditor(), due: LineEditor(),
                heading: heading)
        setAside = nil
        editedRecordRemoved = false
        completion = nil
        if record != nil { selected = nil }
        if heldWhileTyping {
            pinned = nil
            heldWhileTyping = false
        }
        message = StatusMessage(record != nil ? MinutesStrings.changed : MinutesStrings.saved(entry.kind), role: .ok)
        pendingCommand = .act(.minutes(action))
        return [.act(.minutes(action))]
    }

    public mutating func report(_ outcome: Outcome, for command: Command?) {
        guard let command, command == pendingCommand else { return }
        if case .done = outcome {
        } else if let pending = pendingSave {
            // The store refused or failed the save: give the text back rather than lose it.
            draft = pending
        }
        pendingSave = nil
        pendingCommand = nil
    }

    /// Before every frame: the meeting moving on while text is typed holds the item it was typed
    /// for; a selection or heading that no longer belongs goes; an edited record someone removed is said.
    public mutating func observe(_ context: ScreenContext) -> [Command] {
        let current = context.state.currentStep
        if pinned == nil, hasText, let last = lastCurrent, last != current {
            pinned = last
            heldWhileTyping = true
        }
        lastCurrent = current
        if let step = item(context) {
            if let id = selected, context.state.minutes.record(id)?.entry.step != step.id { selected = nil }
            if let chosen = heading, !step.headings.contains(chosen) { heading = nil }
        }
        if let id = editing, context.state.minutes.record(id) == nil {
            editing = nil
            editedRecordRemoved = true
            message = StatusMessage(MinutesStrings.recordRemoved, role: .warning)
        }
        return []
    }

    /// Without the spaces around it, as the record will be read.
    static func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    public func nextChange(_ context: ScreenContext) -> Int64? {
        TimerReading.nextChange(for: item(context), in: context)
    }
}
