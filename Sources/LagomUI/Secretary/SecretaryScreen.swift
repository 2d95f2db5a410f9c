import LagomCore

/// One group's secretary pane: the step's prompts, a line editor for post-its, and the
/// group's notes with edit and delete. Every save goes through the store, so the
/// projector and the facilitator see it within the store's propagation time.
public struct SecretaryScreen: Screen {
    public static let minimumSize = (width: 40, height: 12)

    public let group: Int
    public var editor = LineEditor()
    public var listIndex = 0
    public var selected: NoteID?
    /// The note being edited, and the draft it replaced (Esc brings the draft back).
    public var editing: NoteID?
    var draftBeforeEdit = LineEditor()
    /// The text of the last save, restored if the store refuses it.
    var pendingSave: (editor: LineEditor, editing: NoteID?)?
    public var pasteAsOneNote = false
    public var showingHelp = false
    public var message: StatusMessage?

    public init(group: Int) { self.group = group }

    public var keyMap: KeyMap<SecretaryAction> { SecretaryKeys.map }

    /// The step the pane writes into now, if this group writes there.
    func writingStep(_ context: ScreenContext) -> Step? {
        guard let step = context.currentStep, step.collectsNotes else { return nil }
        guard group <= step.groupCount(participants: context.plan.participants.count) else { return nil }
        return step
    }

    func list(of step: Step) -> String {
        step.lists.isEmpty ? "" : step.lists[min(listIndex, step.lists.count - 1)]
    }

    /// The group's own notes in the current step, oldest first.
    func groupNotes(_ step: Step, _ context: ScreenContext) -> [Note] {
        context.state.notes(step: step.id, group: group)
    }

    // MARK: Input

    public mutating func handle(_ key: Key, _ context: ScreenContext) -> [Command] {
        pendingSave = nil  // a report arrives right after the key that caused it, never later
        if showingHelp {
            showingHelp = false
            if SecretaryKeys.action(for: key) != .quit { return [] }
        }
        if case .character(let c) = key {
            editor.insert(String(c))
            return []
        }
        if case .paste(let text) = key { return paste(text, context) }
        guard let action = SecretaryKeys.action(for: key) else { return [] }
        message = nil
        switch action {
        case .line(let action): editor.apply(action)
        case .newLine: editor.insert("\n")
        case .togglePasteMode:
            pasteAsOneNote.toggle()
            message = StatusMessage(pasteAsOneNote ? SecretaryStrings.pasteAsOne : SecretaryStrings.pasteOnePerLine, role: .ok)
        case .save: return save(context)
        case .nextList:
            if let step = writingStep(context), step.lists.count > 1 { listIndex = (listIndex + 1) % step.lists.count }
        case .select(let up): moveSelection(up: up, context)
        case .edit: startEditing(context)
        case .delete:
            guard let id = selected, context.state.liveNote(id) != nil else { message = StatusMessage(SecretaryStrings.nothingSelected, role: .warning); return [] }
            selected = nil
            message = StatusMessage(SecretaryStrings.deleted, role: .ok)
            return [.write { _, _ throws(Refusal) in [.noteDeleted(note: id)] }]
        case .undo: return [.undo]
        case .toggleDone: return toggleDone(context)
        case .cancel:
            if editing != nil {
                editing = nil
                editor = draftBeforeEdit
            } else {
                selected = nil
            }
        case .help: showingHelp = true
        case .quit: return [.quit]
        }
        return []
    }

    mutating func moveSelection(up: Bool, _ context: ScreenContext) {
        guard let step = writingStep(context) else { return }
        let ids = groupNotes(step, context).map(\.id)
        guard !ids.isEmpty else { selected = nil; return }
        let current = selected.flatMap { ids.firstIndex(of: $0) }
        switch (current, up) {
        case (nil, true): selected = ids.last
        case (nil, false): selected = nil
        case (let i?, true): selected = ids[max(0, i - 1)]
        case (let i?, false): selected = i + 1 < ids.count ? ids[i + 1] : nil
        }
    }

    mutating func startEditing(_ context: ScreenContext) {
        guard let id = selected, let note = context.state.liveNote(id) else {
            message = StatusMessage(SecretaryStrings.nothingSelected, role: .warning)
            return
        }
        if editing == nil { draftBeforeEdit = editor }
        editing = id
        editor = LineEditor(note.text)
    }

    /// Refuses locally what the store would refuse anyway, with the pane's own wording.
    func problem(with text: String, _ step: Step, _ context: ScreenContext) -> Localized? {
        if text.allSatisfy(\.isWhitespace) { return SecretaryStrings.empty }
        if text.count > step.noteCharacterLimit { return SecretaryStrings.tooLong(text.count, step.noteCharacterLimit) }
        if editing == nil, step.kind == .vattentrappa {
            let turn = Relay.current(step, state: context.state, plan: context.plan, at: context.now)
            if turn?.group != group { return SecretaryStrings.notYourTurn(turn?.group) }
        }
        return nil
    }

    mutating func save(_ context: ScreenContext) -> [Command] {
        guard let step = writingStep(context) else { return [] }
        let text = editor.text
        if let problem = problem(with: text, step, context) {
            message = StatusMessage(problem, role: .warning)
            return []
        }
        pendingSave = (editor, editing)
        editor = editing == nil ? LineEditor() : draftBeforeEdit
        if let id = editing {
            editing = nil
            message = StatusMessage(SecretaryStrings.edited, role: .ok)
            return [.write { _, _ throws(Refusal) in [.noteEdited(note: id, text: text)] }]
        }
        let place = NotePlace(step: step.id, list: list(of: step), group: group)
        message = StatusMessage(SecretaryStrings.saved, role: .ok)
        return [.write { session, ids throws(Refusal) in [.noteAdded(note: session.freshNoteID(&ids), place: place, text: text)] }]
    }

    /// Several lines pasted: one note per line in one transaction (or all into the editor).
    mutating func paste(_ text: String, _ context: ScreenContext) -> [Command] {
        let lines = LineEditor.lines(of: text)
        guard lines.count > 1, !pasteAsOneNote, editing == nil, let step = writingStep(context) else {
            editor.insert(pasteAsOneNote ? text.replacingLineEnds() : lines.joined(separator: " "))
            return []
        }
        for line in lines {
            if let problem = problem(with: line, step, context) {
                message = StatusMessage(problem, role: .warning)
                return []
            }
        }
        let place = NotePlace(step: step.id, list: list(of: step), group: group)
        message = StatusMessage(SecretaryStrings.savedMany(lines.count), role: .ok)
        return [.write { session, ids throws(Refusal) in
            var changes: [Change] = []
            var used: Set<NoteID> = []
            for line in lines {
                var id = session.freshNoteID(&ids)
                while used.contains(id) { id = session.freshNoteID(&ids) }
                used.insert(id)
                changes.append(.noteAdded(note: id, place: place, text: line))
            }
            return changes
        }]
    }

    mutating func toggleDone(_ context: ScreenContext) -> [Command] {
        guard let step = writingStep(context), step.kind == .brainwriting else {
            message = StatusMessage(SecretaryStrings.doneOnlySilent, role: .warning)
            return []
        }
        let done = !context.state.board.done[step.id, default: []].contains(group)
        let group = group
        message = StatusMessage(done ? SecretaryStrings.markedDone : SecretaryStrings.notDoneYet, role: .ok)
        return [.write { _, _ throws(Refusal) in [.groupMarkedDone(step: step.id, group: group, done: done)] }]
    }

    public mutating func report(_ outcome: Outcome) {
        if case .done = outcome {} else if let pending = pendingSave, editor.isBlank {
            // The store refused the save: give the text back rather than lose it.
            editor = pending.editor
            editing = pending.editing
        }
        pendingSave = nil
        message = StatusMessage(outcome)
    }

    public func nextChange(_ context: ScreenContext) -> Int64? {
        guard let step = context.currentStep else { return nil }
        let timers = TimerReading.nextChange(for: step, in: context)
        let relay = Relay.nextChange(step, state: context.state, plan: context.plan, at: context.now)
        return [timers, relay].compactMap { $0 }.min()
    }
}
