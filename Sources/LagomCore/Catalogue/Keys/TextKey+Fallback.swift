/// The last resort of the command line: an error no part of Lagom gave words of its own. It is
/// still said in the command's language; only the error's type name (a programmer's identifier,
/// for a bug report) is shown as it is, never the error's English description.
extension TextKey {
    /// `lagom`'s last line for an error of an unexpected kind. {type}: the error's Swift type name,
    /// as `Swift.EncodingError`.
    public static var cliUnexpectedError: TextKey { TextKey() }
}
