import LagomCore

/// What a key does to the line being typed. One place for the editing keys of every text
/// field: the secretary's note editor and the theme board's name and note fields.
public enum LineEditAction: Hashable, Sendable {
    case backspace, deleteForward, left, right, home, end, wordLeft, wordRight, deleteWord, deleteToStart
}

extension LineEditor {
    /// The editing keys, with their help text, for a screen's key map and `?` overlay.
    public static let keyBindings: [KeyBinding<LineEditAction>] = [
        KeyBinding(
            [.backspace], .backspace, help: Localized(.keyDeleteCharacterBefore),
            inFooter: false),
        KeyBinding(
            [.delete], .deleteForward, help: Localized(.keyDeleteCharacterAfter),
            inFooter: false),
        KeyBinding(
            [.left, .right], .left, help: Localized(.keyMoveTheCursor), inFooter: false),
        KeyBinding(
            [.home, .ctrl("a")], .home, help: Localized(.keyStartOfLine), inFooter: false),
        KeyBinding([.end], .end, help: Localized(.keyEndOfLine), inFooter: false),
        KeyBinding(
            [.wordLeft, .wordRight], .wordLeft, help: Localized(.keyWordLeftRight),
            inFooter: false),
        KeyBinding(
            [.ctrl("w")], .deleteWord, help: Localized(.keyDeleteWordBefore),
            inFooter: false),
        KeyBinding(
            [.ctrl("u")], .deleteToStart,
            help: Localized(.keyDeleteToStartOfLine), inFooter: false),
    ]

    /// The editing action of `key`; the second key of a pair binding means the other direction.
    public static func action(for key: Key) -> LineEditAction? {
        switch key {
        case .right: return .right
        case .wordRight: return .wordRight
        default: return keyBindings.first { $0.keys.contains(key) }?.action
        }
    }

    public mutating func apply(_ action: LineEditAction) {
        switch action {
        case .backspace: backspace()
        case .deleteForward: deleteForward()
        case .left: left()
        case .right: right()
        case .home: home()
        case .end: end()
        case .wordLeft: wordLeft()
        case .wordRight: wordRight()
        case .deleteWord: deleteWordBackward()
        case .deleteToStart: deleteToStart()
        }
    }
}
