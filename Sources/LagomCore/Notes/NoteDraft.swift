/// What a secretary had typed but not saved when the pane closed (a hang-up, a kill, a quit
/// on a step where nothing can be saved). The store keeps it per group and gives it back when
/// that group's pane opens again, so closing a terminal never loses typed text.
public struct NoteDraft: Codable, Equatable, Sendable {
    /// The text in the editor: a new note's, or an edit of `editing`.
    public var text: String
    /// The note the text is an edit of; nil for a new note.
    public var editing: NoteID?
    /// The new note's text, put aside while `editing` was being edited.
    public var setAside: String?
    /// The note the next new note hangs under, as the secretary chose it (nil: the default).
    public var parent: NoteID?
    /// Where it was being typed: the step and the list, so it comes back in the same list.
    public var step: StepID?
    public var list: String?

    public init(
        text: String, editing: NoteID? = nil, setAside: String? = nil, parent: NoteID? = nil,
        step: StepID? = nil, list: String? = nil
    ) {
        self.text = text
        self.editing = editing
        self.setAside = setAside
        self.parent = parent
        self.step = step
        self.list = list
    }

    /// Nothing worth keeping: no text anywhere.
    public var isEmpty: Bool {
        text.allSatisfy(\.isWhitespace) && (setAside ?? "").allSatisfy(\.isWhitespace)
    }
}
