import CNcursesw
import LagomUI

/// Maps the key codes `get_wch` returns with KEY_CODE_YES to `RawInput`.
/// Alt/Ctrl + Left/Right have no fixed code: ncurses assigns one at start-up to each
/// extended terminfo capability (`kLFT3`, `kRIT5`, …), so those codes are looked up
/// per terminal and passed in.
struct KeyCodeMap {
    var wordLeftCodes: Set<Int32> = []
    var wordRightCodes: Set<Int32> = []

    /// The extended capabilities whose keys mean "word left/right": Alt (3), Ctrl (5)
    /// and Meta (9) modifiers in xterm's numbering.
    static let wordLeftCapabilities = ["kLFT3", "kLFT5", "kLFT9"]
    static let wordRightCapabilities = ["kRIT3", "kRIT5", "kRIT9"]

    func rawInput(forKeyCode code: Int32) -> RawInput {
        if wordLeftCodes.contains(code) { return .key(.wordLeft) }
        if wordRightCodes.contains(code) { return .key(.wordRight) }
        if let key = Self.fixedKeys[code] { return .key(key) }
        let firstFunctionKey = lagom_key_f(1)
        let lastFunctionKey = lagom_key_f(63)
        if (firstFunctionKey...lastFunctionKey).contains(code) {
            return .key(.function(Int(code - firstFunctionKey) + 1))
        }
        return .unboundKeyCode
    }

    private static let fixedKeys: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
        KEY_DC: .delete, KEY_BACKSPACE: .backspace, KEY_ENTER: .enter, KEY_BTAB: .backTab,
        // What Home and End are called elsewhere: VT220-style keyboards send Find/Select
        // (rxvt's terminfo: kfnd ESC[1~, kslt ESC[4~), a keypad its upper and lower left keys.
        KEY_FIND: .home, KEY_A1: .home, KEY_SELECT: .end, KEY_LL: .end, KEY_C1: .end,
    ]
}
