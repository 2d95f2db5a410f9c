import LagomCore

/// Saving what was typed: checks the pane makes itself, one note or one per pasted line, and
/// the text given back when the store refuses a save.
extension SecretaryScreen {
    /// Refuses locally what the store would refuse anyway, with the pane's own wording.
    func problem(with text: String, _ step: Step, _ context: ScreenContext) -> Localized? {
        if text.allSatisfy(\.isWhitespace) { return SecretaryStrings.empty }
        if text.count > step.noteCharacterLimit { return SecretaryStrings.tooLong(text.count, step.noteCharacterLimit) }
        return nil
    }

    mutating func save(_ step: Step, _ context: ScreenContext) -> [Command] {
        if let id = editing, context.state.liveNote(id) == nil {
            noticeRemovedEdit()
            return []
        }
        if holdsPaste, editing == nil {
            let lines = LineEditor.lines(of: editor.text)
            if lines.count > 1 { return saveLines(lines, step, context) }
        }
        let text = editor.text
        if let problem = problem(with: text, step, context) {
            message = StatusMessage(problem, role: .warning)
            return []
        }
        pendingSave = editState
        if case .edit(let id, let setAside, let newParent) = writing, let note = context.state.liveNote(id) {
            var moveTo: NoteID?? = .none
            if case .under(let parent) = newParent, parent != note.place.parent { moveTo = .some(parent) }
            editState = EditState(editor: setAside, writing: .new(pasted: false))
            if case .some(let parent) = moveTo {
                message = StatusMessage(
                    SecretaryStrings.movedUnder(parent.flatMap { context.state.note($0)?.text } ?? "–"), role: .ok)
            } else {
                message = StatusMessage(SecretaryStrings.edited, role: .ok)
            }
            if case .some(let parent) = moveTo { return saving(.editAndMove(id, text: text, parent: parent)) }
            return saving(.edit(id, text: text))
        }
        let place = NotePlace(
            step: step.id, list: list(of: step), group: group, parent: currentParent(step, context)?.id)
        editState = EditState(editor: editedNoteRemoved ? writing.setAside : LineEditor(), writing: .new(pasted: false))
        message = StatusMessage(SecretaryStrings.saved, role: .ok)
        return saving(.add(place: place, texts: [text]))
    }

    /// Several lines pasted: one note per line in one transaction (or all into the editor).
    mutating func paste(_ text: String, _ step: Step, _ context: ScreenContext) -> [Command] {
        let lines = LineEditor.lines(of: text)
        guard lines.count > 1, !pasteAsOneNote, editing == nil else {
            editor.insert(pasteAsOneNote ? text.replacingLineEnds() : lines.joined(separator: " "))
            return []
        }
        if lines.contains(where: { problem(with: $0, step, context) != nil }) {
            // Nothing is saved, and nothing is lost: the paste goes into the editor to be put right.
            editor.end()
            if !editor.isBlank { editor.insert("\n") }
            editor.insert(lines.joined(separator: "\n"))
            writing = writing.pasted(true)
            return saveLines(LineEditor.lines(of: editor.text), step, context)
        }
        return saveLines(lines, step, context)
    }

    /// Saves `lines` as one note each, in one transaction; with a line the store would refuse,
    /// saves none, leaves the text in the editor and puts the cursor where that line goes wrong.
    mutating func saveLines(_ lines: [String], _ step: Step, _ context: ScreenContext) -> [Command] {
        for (i, line) in lines.enumerated() {
            if let problem = problem(with: line, step, context) {
                if holdsPaste { placeCursorAtFirstProblem(step, context) }
                message = StatusMessage(
                    Localized(
                        .secProblemAndPasteKept, ["problem": problem, "kept": SecretaryStrings.pasteKept(line: i + 1)]),
                    role: .warning)
                return []
            }
        }
        if holdsPaste {
            pendingSave = editState
            editor = LineEditor()
            writing = writing.pasted(false)
        } else {
            // A refused paste comes back into the editor, as a paste that could not be saved would.
            var kept = editState
            kept.editor.end()
            if !kept.editor.isBlank { kept.editor.insert("\n") }
            kept.editor.insert(lines.joined(separator: "\n"))
            kept.writing = kept.writing.pasted(true)
            pendingSave = kept
        }
        let place = NotePlace(
            step: step.id, list: list(of: step), group: group, parent: currentParent(step, context)?.id)
        message = StatusMessage(SecretaryStrings.savedMany(lines.count), role: .ok)
        return saving(.add(place: place, texts: lines))
    }

    /// On the first line of the editor that cannot be saved: at the limit if it is too long.
    mutating func placeCursorAtFirstProblem(_ step: Step, _ context: ScreenContext) {
        var start = 0
        let characters = editor.characters
        while start <= characters.count {
            let end = characters[start...].firstIndex(of: "\n") ?? characters.count
            let line = String(characters[start..<end])
            if !line.allSatisfy(\.isWhitespace), problem(with: line, step, context) != nil {
                editor.move(to: start + min(end - start, step.noteCharacterLimit))
                return
            }
            start = end + 1
        }
    }

    mutating func toggleDone(_ step: Step, _ context: ScreenContext) -> [Command] {
        guard step.kind == .brainwriting else { return [] }
        let done = !context.state.board.done[step.id, default: []].contains(group)
        message = StatusMessage(done ? SecretaryStrings.markedDone : SecretaryStrings.notDoneYet, role: .ok)
        return [.notes(.markDone(step: step.id, group: group, done: done))]
    }

    /// The command of a save, remembered so its outcome can give the text back.
    mutating func saving(_ action: NoteAction) -> [Command] {
        pendingCommand = .notes(action)
        return [.notes(action)]
    }

    public mutating func report(_ outcome: Outcome, for command: Command?) {
        guard let command, command == pendingCommand else { return }
        if case .done = outcome {
        } else if let pending = pendingSave {
            // The store refused or failed the save: give the text back rather than lose it.
            editState = pending
        }
        pendingSave = nil
        pendingCommand = nil
    }
}
