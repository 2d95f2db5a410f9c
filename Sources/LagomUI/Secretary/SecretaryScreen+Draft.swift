import LagomCore

/// Text not yet saved: what the pane hands the store when it closes, and what a second Ctrl-X drops.
extension SecretaryScreen {
    /// What would be lost if the pane closed now; nil when nothing would.
    public func unsavedDraft(_ context: ScreenContext) -> NoteDraft? {
        var draft = NoteDraft(text: editor.text, parent: parentChoice)
        if let step = context.currentStep, !step.lists.isEmpty {
            draft.step = step.id
            draft.list = step.lists[min(listIndex, step.lists.count - 1)]
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

    /// Whatever closes the pane, unsaved text goes to the store's draft for this group.
    public mutating func closing(_ context: ScreenContext) -> [Command] {
        guard let draft = unsavedDraft(context) else { return [] }
        return [.keepDraft(group: group, draft)]
    }
}
