import LagomUI
import Testing

@testable import LagomTerminal

/// Key codes are fixed by ncurses' ABI (curses.h); written out here so the test does
/// not need CNcursesw.
@Suite struct KeyCodeMapTests {
    @Test(
        arguments: [
            (0o403, Key.up), (0o402, .down), (0o404, .left), (0o405, .right), (0o406, .home),
            (0o550, .end), (0o523, .pageUp), (0o522, .pageDown), (0o512, .delete),
            (0o407, .backspace), (0o527, .enter), (0o541, .backTab), (0o411, .function(1)),
            (0o424, .function(12)),
            (0o552, .home), (0o534, .home), (0o601, .end), (0o533, .end), (0o537, .end),  // Find, A1, Select, LL, C1
        ] as [(Int32, Key)])
    func fixedCodes(code: Int32, key: Key) {
        #expect(KeyCodeMap().rawInput(forKeyCode: code) == .key(key))
    }

    @Test func extendedAltArrowCodesAreWordMotions() {
        let map = KeyCodeMap(wordLeftCodes: [560], wordRightCodes: [575])
        #expect(map.rawInput(forKeyCode: 560) == .key(.wordLeft))
        #expect(map.rawInput(forKeyCode: 575) == .key(.wordRight))
    }

    @Test func unknownCodesAreUnbound() {
        #expect(KeyCodeMap().rawInput(forKeyCode: 0o631) == .unboundKeyCode)  // KEY_MOUSE
        #expect(KeyCodeMap().rawInput(forKeyCode: 0o513) == .unboundKeyCode)  // KEY_IC
    }
}
