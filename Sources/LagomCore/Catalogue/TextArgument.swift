/// A value that fills a `{placeholder}`, formatted by the language it is shown in
/// (`TextFormat`): a number as `10 000` or `10,000`, a time of day as `09.30` or `09:30`.
public indirect enum TextArgument: Hashable, Sendable {
    /// Words shown as they are: people's text, a title, an id on the command line.
    case words(String)
    case number(Int)
    case clock(ClockTime)
    /// Another catalogue text, resolved in the same language.
    case text(Localized)
}

/// What may be passed as an argument: `["count": 3, "title": step.title, "back": clockTime]`.
public protocol TextArgumentConvertible: Sendable {
    var textArgument: TextArgument { get }
}

extension TextArgument: TextArgumentConvertible {
    public var textArgument: TextArgument { self }
}

extension Int: TextArgumentConvertible {
    public var textArgument: TextArgument { .number(self) }
}

extension String: TextArgumentConvertible {
    public var textArgument: TextArgument { .words(self) }
}

extension Substring: TextArgumentConvertible {
    public var textArgument: TextArgument { .words(String(self)) }
}

extension ClockTime: TextArgumentConvertible {
    public var textArgument: TextArgument { .clock(self) }
}

extension Localized: TextArgumentConvertible {
    public var textArgument: TextArgument { .text(self) }
}
