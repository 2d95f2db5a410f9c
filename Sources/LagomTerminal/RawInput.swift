import LagomUI

/// One item as `get_wch` hands it over, before sequence decoding. Keeping ncurses
/// out of this type lets `InputDecoder` be tested without a terminal.
enum RawInput: Hashable, Sendable {
    /// A character (`get_wch` returned OK): printable text, a control byte, or part of
    /// an escape sequence ncurses did not recognise (e.g. bracketed paste markers).
    case scalar(Unicode.Scalar)
    /// A key code ncurses decoded from a terminfo sequence, already mapped.
    case key(Key)
    /// KEY_RESIZE, with the size ncurses now reports.
    case resize(width: Int, height: Int)
    /// A key code we do not bind (mouse, insert, shifted arrows, …).
    case unboundKeyCode
}
