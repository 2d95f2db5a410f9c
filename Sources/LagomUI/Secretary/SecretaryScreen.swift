import LagomCore

/// One group's secretary pane: the step's prompts, a line editor for post-its, and the
/// group's notes with edit and delete. Every save goes through the store, so the
/// projector and the facilitator see it within the store's propagation time.
/// Text not yet saved is never dropped without asking: quitting asks, and a pane closed by a
/// hang-up or a signal hands its draft to the store (`closing`), which gives it back next time.
public struct SecretaryScreen: Screen {
    public static let minimumSize = (width: 40, height: 12)
    /// Rows the message line may wrap over (a store failure names a file and says why): up to
    /// six, and never more than a quarter of the screen.
    static func maximumMessageRows(height: Int) -> Int { max(1, min(6, height / 4)) }

    public let group: Int
    public var editor = LineEditor()
    public var listIndex = 0
    /// The step the editor's text is typed for (`followStep`).
    var editorStep: StepID?
    /// Unsaved text of other steps, each waiting for its step (or Ctrl-T); `lastTime`: given back
    /// by the store when the pane opened.
    var setAside: [(step: StepID, draft: NoteDraft, lastTime: Bool)] = []
    public var selected: NoteID?
    /// What the editor's text is: a new note, an edit, or an edit whose note was removed.
    public internal(set) var writing = Writing.new(pasted: false)
    /// The note new notes hang under, as chosen with Ctrl-P; nil: the group's default.
    public var parentChoice: NoteID?
    /// Ctrl-X was pressed with unsaved text: a second Ctrl-X quits without saving.
    var quitAsked = false
    /// The editing state before the last save, brought back if the store refuses that save.
    var pendingSave: EditState?
    /// The save `pendingSave` belongs to: an outcome of any other command leaves the text alone.
    var pendingCommand: Command?
    public var pasteAsOneNote = false
    public var showingHelp = false
    public var message: StatusMessage?

    /// Everything about the text being typed, to put back after a refused save.
    struct EditState {
        var editor: LineEditor
        var writing: Writing
    }

    var editState: EditState {
        get { EditState(editor: editor, writing: writing) }
        set {
            editor = newValue.editor
            writing = newValue.writing
        }
    }

    /// - Parameter draft: what the group's pane held unsaved when it last closed, if anything.
    public init(group: Int, draft: NoteDraft? = nil) {
        self.group = group
        guard let draft, !draft.isEmpty else { return }
        // Typed for a step: it waits for that step, and shows only there.
        if let step = draft.step {
            setAside = [(step, draft, true)]
            return
        }
        editor = LineEditor(draft.text)
        parentChoice = draft.parent
        if let id = draft.editing {
            writing = .edit(id, setAside: LineEditor(draft.setAside ?? ""), newParent: .unchanged)
        } else if let aside = draft.setAside {
            // The text of an edit whose note had been removed, and the draft it had put aside.
            writing = .removedEdit(setAside: LineEditor(aside), pasted: false)
        }
        message = StatusMessage(SecretaryStrings.draftRestored, role: .ok)
    }

    /// The keys that work now: the footer, the `?` overlay and input handling all read this.
    public func keyMap(_ context: ScreenContext) -> KeyMap<SecretaryAction> {
        guard let step = writingStep(context) else { return SecretaryKeys.map(for: .waiting) }
        return SecretaryKeys.map(
            for: SecretaryKeys.Mode(
                writing: true, lists: step.lists.count > 1, parent: step.parentList != nil,
                silent: step.kind == .brainwriting))
    }

    /// The step the pane writes into now, if this group writes there.
    func writingStep(_ context: ScreenContext) -> Step? {
        guard let step = context.currentStep, step.collectsNotes else { return nil }
        guard group <= context.state.groupCount(of: step, plan: context.plan) else { return nil }
        return step
    }

    func list(of step: Step) -> String {
        step.lists.isEmpty ? "" : step.lists[min(listIndex, step.lists.count - 1)]
    }

    /// The group's own notes in the current step, oldest first.
    func groupNotes(_ step: Step, _ context: ScreenContext) -> [Note] {
        context.session.notes(step: step.id, group: group)
    }

    /// Where the group's own notes in the current step are in the session's notes, oldest first.
    func groupNoteIndices(_ step: Step, _ context: ScreenContext) -> [Int] {
        context.session.liveNoteIndices(step: step.id, group: group)
    }

    // MARK: Input

    public mutating func handle(_ key: Key, _ context: ScreenContext) -> [Command] {
        // The day may have moved on since the last frame: text typed for a step never goes into another.
        followStep(context)
        let action: SecretaryAction?
        switch key {
        case .character, .paste: action = nil
        default: action = SecretaryKeys.action(for: key, in: keyMap(context))
        }
        if showingHelp {
            showingHelp = false
            if action != .quit { return [] }
        }
        let quitWasAsked = quitAsked
        quitAsked = false
        if quitWasAsked && action != .quit { message = nil }
        guard let step = writingStep(context) else { return handleWaiting(key, action) }
        // "✓ Sparad" was about the note before: over new unsaved text it would read as this one's.
        if message?.role == .ok, case .character = key { message = nil }
        if message?.role == .ok, case .paste = key { message = nil }
        if case .character(let c) = key {
            editor.insert(String(c))
            return []
        }
        if case .paste(let text) = key { return paste(text, step, context) }
        guard let action else { return [] }
        message = nil
        switch action {
        case .line(let action): editor.apply(action)
        case .newLine: editor.insert("\n")
        case .togglePasteMode:
            pasteAsOneNote.toggle()
            if pasteAsOneNote { writing = writing.pasted(false) }
            message = StatusMessage(
                pasteAsOneNote ? SecretaryStrings.pasteAsOne : SecretaryStrings.pasteOnePerLine, role: .ok)
        case .save: return save(step, context)
        case .nextList, .previousList:
            let count = step.lists.count
            guard count > 1 else { break }
            let current = min(listIndex, count - 1)
            listIndex = (current + (action == .nextList ? 1 : count - 1)) % count
        case .nextParent: nextParent(step, context)
        case .select(let up): moveSelection(up: up, step, context)
        case .edit: startEditing(context)
        case .delete:
            guard let id = selected, context.state.liveNote(id) != nil else {
                message = StatusMessage(SecretaryStrings.nothingSelected, role: .warning); return []
            }
            selected = nil
            message = StatusMessage(SecretaryStrings.deleted, role: .ok)
            return [.notes(.delete(id))]
        case .undo: return [.undo]
        case .toggleDone: return toggleDone(step, context)
        case .bringDraft: bringDraft(step, context)
        case .cancel:
            if editing != nil || editedNoteRemoved {
                editor = writing.setAside
                writing = .new(pasted: false)
            } else {
                selected = nil
            }
        case .help: showingHelp = true
        case .quit:
            if !quitWasAsked && unsavedDraft(context) != nil {
                quitAsked = true
                message = StatusMessage(SecretaryStrings.confirmQuit, role: .warning)
                return []
            }
            if quitWasAsked {
                discardDraft()
                setAside = []
            }
            return [.quit]
        }
        return []
    }

    /// No step to write into: only undo, help and quit work. The draft stays as it is (and is
    /// kept by the store if the pane closes) until a step this group writes in comes.
    mutating func handleWaiting(_ key: Key, _ action: SecretaryAction?) -> [Command] {
        switch key {
        case .character, .paste:
            message = StatusMessage(SecretaryStrings.nothingToWriteIn, role: .warning)
            return []
        default: break
        }
        guard let action else { return [] }
        message = nil
        switch action {
        case .undo: return [.undo]
        case .help: showingHelp = true
        case .quit: return [.quit]
        default: break
        }
        return []
    }

    /// The notes in the order the list shows them: under their parents when the step has them.
    func orderedNotes(_ step: Step, _ context: ScreenContext) -> [Note] {
        step.parentList == nil ? groupNotes(step, context) : sectionNotes(step, context)
    }

    mutating func moveSelection(up: Bool, _ step: Step, _ context: ScreenContext) {
        selected = ListSelection.moved(selected, in: orderedNotes(step, context).map(\.id), up: up)
    }

    mutating func startEditing(_ context: ScreenContext) {
        if editedNoteRemoved {
            // Its text would have nowhere to go: save it (Enter) or drop it (Esc) first.
            message = StatusMessage(SecretaryStrings.editedNoteRemoved, role: .warning)
            return
        }
        guard let id = selected, let note = context.state.liveNote(id) else {
            message = StatusMessage(SecretaryStrings.nothingSelected, role: .warning)
            return
        }
        // Switching from one edit to another keeps the draft the first one put aside.
        writing = .edit(id, setAside: editing == nil ? editor : writing.setAside, newParent: .unchanged)
        editor = LineEditor(note.text)
    }

    /// The edited note is gone: what was typed becomes a new note's text, not lost.
    mutating func noticeRemovedEdit() {
        writing = .removedEdit(setAside: writing.setAside, pasted: false)
        message = StatusMessage(SecretaryStrings.editedNoteRemoved, role: .warning)
    }

    /// Before every frame: an edited note that someone removed in the meantime is said at once,
    /// not at the next Enter.
    public mutating func observe(_ context: ScreenContext) -> [Command] {
        followStep(context)
        if let id = editing, context.state.liveNote(id) == nil { noticeRemovedEdit() }
        return []
    }

    public func nextChange(_ context: ScreenContext) -> Int64? {
        guard let step = context.currentStep else { return nil }
        let timers = TimerReading.nextChange(for: step, in: context)
        let relay = Relay.nextChange(step, state: context.state, plan: context.plan, at: context.now)
        return [timers, relay].compactMap { $0 }.min()
    }
}
