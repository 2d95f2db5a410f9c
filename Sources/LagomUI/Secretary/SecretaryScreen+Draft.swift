import LagomCore

/// Text not yet saved: what the pane hands the store when it closes, what a second Ctrl-X drops,
/// and the step it belongs to. Text typed for one step never shows in another: when the day moves
/// on, it is set aside for its step (and comes back there), unless the secretary brings it along
/// with Ctrl-T (seed 000: a half-typed note reappeared in the next note step and Enter saved it there).
extension SecretaryScreen {
    /// What would be lost if the pane closed now; nil when nothing would. The editor's text first,
    /// else the last text set aside for another step (the store keeps one draft per group).
    public func unsavedDraft(_ context: ScreenContext) -> NoteDraft? {
        editorDraft(context) ?? setAside.last?.draft
    }

    /// The editor's text as a draft of the step it was typed for.
    func editorDraft(_ context: ScreenContext) -> NoteDraft? {
        var draft = NoteDraft(text: editor.text, parent: parentChoice)
        if let stepID = editorStep ?? context.currentStep?.id {
            draft.step = stepID
            if let step = context.plan.step(stepID), !step.lists.isEmpty {
                draft.list = step.lists[min(listIndex, step.lists.count - 1)]
            }
        }
        switch writing {
        case .edit(let id, let setAside, let newParent):
            draft.editing = id
            draft.setAside = setAside.text
            if let note = context.state.liveNote(id), note.text == editor.text, newParent == .unchanged {
                // An edit that changed nothing: only the draft it put aside is worth keeping.
                draft = NoteDraft(text: setAside.text, parent: parentChoice, step: draft.step, list: draft.list)
            }
        case .removedEdit(let setAside, _):
            draft.setAside = setAside.text
        case .new:
            break
        }
        return draft.isEmpty ? nil : draft
    }

    mutating func discardDraft() {
        editState = EditState(editor: LineEditor(), writing: .new(pasted: false))
    }

    /// Puts `draft` in the editor, in the list it was typed in when that list is in `step`.
    mutating func load(_ draft: NoteDraft, in step: Step?) {
        editState = EditState(editor: LineEditor(draft.text), writing: .new(pasted: false))
        parentChoice = step?.id == draft.step ? draft.parent : nil
        if let id = draft.editing, step?.id == draft.step {
            writing = .edit(id, setAside: LineEditor(draft.setAside ?? ""), newParent: .unchanged)
        } else if let aside = draft.setAside {
            // The text of an edit whose note is gone (or of another step), and the draft it had put aside.
            writing = .removedEdit(setAside: LineEditor(aside), pasted: false)
        }
        if let step, let list = draft.list, let index = step.lists.firstIndex(of: list) { listIndex = index }
    }

    /// Before every frame: the editor belongs to the step it was typed for. Entering another step
    /// this group writes in sets the text aside for its own step and brings back what was set
    /// aside for this one.
    mutating func followStep(_ context: ScreenContext) {
        guard let step = writingStep(context), step.id != editorStep else { return }
        if let from = editorStep, let draft = editorDraft(context) {
            setAside.removeAll { $0.step == from }
            setAside.append((from, draft, false))
            discardDraft()
            parentChoice = nil
            listIndex = 0
        } else if editorStep != nil {
            listIndex = 0
        }
        editorStep = step.id
        if let index = setAside.firstIndex(where: { $0.step == step.id }) {
            let back = setAside.remove(at: index)
            load(back.draft, in: step)
            message = StatusMessage(
                back.lastTime ? SecretaryStrings.draftRestored : SecretaryStrings.draftBackInItsStep, role: .ok)
        }
    }

    /// Ctrl-T: the text set aside in another step, brought here on purpose.
    mutating func bringDraft(_ step: Step, _ context: ScreenContext) {
        guard let last = setAside.last else {
            message = StatusMessage(SecretaryStrings.noDraftElsewhere, role: .warning)
            return
        }
        guard editor.isBlank, editing == nil, !editedNoteRemoved else {
            message = StatusMessage(SecretaryStrings.saveBeforeBringing, role: .warning)
            return
        }
        setAside.removeLast()
        var draft = last.draft
        draft.editing = nil  // an edit of another step's note becomes a new note's text here
        draft.list = nil
        load(draft, in: step)
        message = StatusMessage(SecretaryStrings.draftBrought(stepTitle(last.step, context)), role: .ok)
    }

    /// "Text för "Tankefällor" väntar där · Ctrl-T hämtar hit", while text of another step is set aside.
    func setAsideLine(_ context: ScreenContext) -> String? {
        guard let last = setAside.last, last.step != context.currentStep?.id else { return nil }
        return context.text(SecretaryStrings.draftElsewhere(stepTitle(last.step, context)))
    }

    func stepTitle(_ id: StepID, _ context: ScreenContext) -> String { context.plan.step(id)?.title ?? id.rawValue }

    /// Whatever closes the pane, unsaved text goes to the store's draft for this group.
    public mutating func closing(_ context: ScreenContext) -> [Command] {
        guard let draft = unsavedDraft(context) else { return [] }
        return [.keepDraft(group: group, draft)]
    }
}
