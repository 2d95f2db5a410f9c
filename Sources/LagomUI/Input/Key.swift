/// A key press, decoded by the terminal backend, matched against `KeyBinding` data by screens.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl + a letter, lower-case (`ctrl("w")`).
    case ctrl(Character)
    case enter, tab, backTab, backspace, delete, escape
    case up, down, left, right, home, end, pageUp, pageDown
    /// Alt/Meta + left/right (word motion in the line editor).
    case wordLeft, wordRight
    case function(Int)
    /// A bracketed paste or a burst of text arriving at once.
    case paste(String)
}
