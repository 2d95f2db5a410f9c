import CNcursesw
import Glibc
import LagomUI

/// The ncurses screen: start-up checks, drawing a `Grid`, reading keys, and the single
/// `poll` the program sleeps in. Use one instance at a time, from one thread.
public final class Terminal {
    private let screen: OpaquePointer
    private let relay: SignalRelay
    private let savedTermios: termios?
    private let previousCursorVisibility: Int32
    private let bracketedPasteOff: [UInt8]
    private var decoder = InputDecoder()
    private var keyCodes = KeyCodeMap()
    private var colorPairs: ColorPairTable
    private var styleCache: [Style: (attributes: attr_t, pair: Int16)] = [:]
    /// The style drawn last and what ncurses calls it.
    private var lastStyle: (style: Style, curses: (attr_t, Int16))?
    private var needsFullRepaint = false
    /// The last frame drawn and the screen size then: the next frame sends only its differences.
    private var shown: Grid?
    private var shownScreenSize = (0, 0)
    private var isActive = true

    /// Checks the environment, then takes over the terminal. Throws a `TerminalError` whose
    /// `description` is the one message to show; nothing has been changed in that case.
    public init() throws {
        guard isatty(STDIN_FILENO) == 1 else { throw TerminalError.standardInputNotATerminal }
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalError.standardOutputNotATerminal }
        guard let termValue = getenv("TERM"), termValue.pointee != 0 else {
            throw TerminalError.terminalTypeNotSet
        }
        let terminalType = String(cString: termValue)
        try LocaleSetup.selectUTF8Locale()

        var modes = termios()
        savedTermios = tcgetattr(STDIN_FILENO, &modes) == 0 ? modes : nil
        guard let screen = lagom_newterm(terminalType) else {
            throw TerminalError.terminalTypeUnknown(terminalType)
        }
        self.screen = screen

        let window = lagom_stdscr()
        cbreak()
        // No CR → LF translation on input: a pasted CR LF must reach the decoder as one line break.
        nonl()
        noecho()
        keypad(window, true)
        nodelay(window, true)
        leaveok(window, true)  // the cursor is hidden: do not spend bytes moving it
        set_escdelay(25)
        // No typeahead checks during refresh: ncurses would poll stdin every few rows and flush
        // each row with its own write(); our loop reads input itself right after every frame.
        typeahead(-1)
        previousCursorVisibility = curs_set(0)
        // ncurses 6.4 flushes after every cursor move until the screen has once been suspended
        // and resumed (its "initial" state is treated as "not started"): a frame then goes out as
        // one write() per changed row. One suspend/resume before the first frame makes it one
        // write() per frame (measured with strace in docs/benchmarks.md).
        endwin()
        wrefresh(window)

        let colorsAvailable = has_colors()
        var defaultColorsAvailable = false
        if colorsAvailable {
            start_color()
            defaultColorsAvailable = use_default_colors() == OK
        }
        colorPairs = ColorPairTable(
            colorsAvailable: colorsAvailable, defaultColorsAvailable: defaultColorsAvailable,
            capacity: Int(lagom_color_pairs()))
        keyCodes.wordLeftCodes = Set(KeyCodeMap.wordLeftCapabilities.compactMap(TerminalCapabilities.keyCode))
        keyCodes.wordRightCodes = Set(KeyCodeMap.wordRightCapabilities.compactMap(TerminalCapabilities.keyCode))

        bracketedPasteOff = TerminalCapabilities.bracketedPasteOff()
        do {
            relay = try SignalRelay(
                resetSequence: TerminalCapabilities.resetSequence(bracketedPasteOff: bracketedPasteOff),
                savedTermios: savedTermios)
        } catch {
            endwin()
            delscreen(screen)
            throw error
        }
        relay.install()
        Self.writeToTerminal(TerminalCapabilities.bracketedPasteOn())
    }

    deinit { shutdown() }

    /// Gives the terminal back: attributes, cursor, modes, the shell's screen, and the
    /// signal actions from before. Safe to call more than once.
    public func shutdown() {
        guard isActive else { return }
        isActive = false
        Self.writeToTerminal(bracketedPasteOff)
        // ncurses may not know the visibility it started with (curs_set answers 0 or ERR right
        // after newterm, seen in tmux): a shell's cursor was visible, so make it visible again.
        curs_set(previousCursorVisibility > 0 ? previousCursorVisibility : 1)
        endwin()
        delscreen(screen)
        if var modes = savedTermios { tcsetattr(STDIN_FILENO, TCSANOW, &modes) }
        relay.uninstall()
    }

    /// Columns and rows as ncurses sees them now; 0×0 if the terminal reports nothing.
    public var size: (width: Int, height: Int) {
        var height: Int32 = 0
        var width: Int32 = 0
        lagom_getmaxyx(lagom_stdscr(), &height, &width)
        return (max(0, Int(width)), max(0, Int(height)))
    }

    /// Draws the grid (clipped to the screen) as the next frame. Only cells that differ from
    /// the previous frame are handed to ncurses, which then sends only what changed on screen:
    /// a countdown's tick touches a few dozen cells, not the whole pane.
    public func render(_ grid: Grid) {
        guard isActive else { return }
        let window = lagom_stdscr()
        let (width, height) = size
        let previous =
            needsFullRepaint || shown?.width != grid.width || shown?.height != grid.height
                || shownScreenSize != (width, height) ? nil : shown
        if previous == nil { werase(window) }
        let rows = min(height, grid.height)
        let columns = min(width, grid.width)
        grid.cells.withUnsafeBufferPointer { cells in
            (previous?.cells ?? []).withUnsafeBufferPointer { before in
                for y in 0..<rows {
                    let row = y * grid.width
                    // A row whose cells are bit for bit as before is unchanged (a cell holds no
                    // references); most rows of a tick are, so they cost one memcmp. Bits that
                    // differ, padding included, only send the row to the cell-by-cell check.
                    if !before.isEmpty,
                        memcmp(cells.baseAddress! + row, before.baseAddress! + row, columns * MemoryLayout<Cell>.stride)
                            == 0
                    {
                        continue
                    }
                    for x in 0..<columns {
                        let i = row + x
                        // Continuations belong to the wide cell on their left. After an erase,
                        // blanks are already there.
                        if cells[i].isContinuation { continue }
                        if !before.isEmpty {
                            // Bit for bit, as the row was compared: cells that differ only in
                            // padding would be drawn again, never left out.
                            if Self.sameBits(cells.baseAddress! + i, before.baseAddress! + i) { continue }
                        } else if cells[i] == .blank {
                            continue
                        }
                        draw(cells[i], x: x, y: y, in: window)
                    }
                }
            }
        }
        if needsFullRepaint {
            needsFullRepaint = false
            clearok(window, true)  // after a resize the terminal may have reflowed old text
        }
        wrefresh(window)
        shown = grid
        shownScreenSize = (width, height)
    }

    /// Whether two cells are the same bits: four words compared, no call.
    private static func sameBits(_ a: UnsafePointer<Cell>, _ b: UnsafePointer<Cell>) -> Bool {
        guard MemoryLayout<Cell>.size == 32 else { return memcmp(a, b, MemoryLayout<Cell>.size) == 0 }
        let x = UnsafeRawPointer(a)
        let y = UnsafeRawPointer(b)
        return x.load(as: UInt64.self) == y.load(as: UInt64.self)
            && x.load(fromByteOffset: 8, as: UInt64.self) == y.load(fromByteOffset: 8, as: UInt64.self)
            && x.load(fromByteOffset: 16, as: UInt64.self) == y.load(fromByteOffset: 16, as: UInt64.self)
            && x.load(fromByteOffset: 24, as: UInt64.self) == y.load(fromByteOffset: 24, as: UInt64.self)
    }

    private func draw(_ source: Cell, x: Int, y: Int, in window: UnsafeMutablePointer<WINDOW>?) {
        var cell = cchar_t()
        let grapheme = source.grapheme
        let (attributes, pair) = cursesStyle(grapheme == " " ? source.style.asSpace : source.style)
        GraphemeEncoding.withWideCharacters(for: grapheme) {
            _ = setcchar(&cell, $0, attributes, pair, nil)
        }
        // At the bottom-right cell this reports ERR (the cursor cannot advance) but
        // stores the character; with scrollok off nothing scrolls.
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }

    /// Everything typed (or resized) since the last call, without blocking.
    public func readEvents() -> [InputEvent] {
        guard isActive else { return [] }
        var events: [InputEvent] = []
        var value: wint_t = 0
        var settles = 0
        while true {
            let status = get_wch(&value)
            if status == ERR {
                // A paste just ended: give the rest of a paste the terminal split a moment to
                // arrive, so a second end marker in it is seen (InputDecoder.feedAfterPasteEnd).
                if decoder.isClosingPaste, settles < Self.pasteSettleRounds, Self.stdinReadable(withinMs: 20) {
                    settles += 1
                    continue
                }
                break
            }
            let raw: RawInput
            if status == KEY_CODE_YES {
                if Int32(bitPattern: value) == KEY_RESIZE {
                    needsFullRepaint = true
                    let (width, height) = size
                    raw = .resize(width: width, height: height)
                } else {
                    raw = keyCodes.rawInput(forKeyCode: Int32(bitPattern: value))
                }
            } else if let scalar = Unicode.Scalar(value) {
                raw = .scalar(scalar)
            } else {
                continue
            }
            events += decoder.feed(raw)
        }
        events += decoder.endOfBurst()
        return Self.keepingLastResize(events)
    }

    static let pasteSettleRounds = 5

    private static func stdinReadable(withinMs timeout: Int32) -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, timeout) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    /// Rings the terminal bell (audible, or visible if the terminal is set up that way).
    public func beep() { _ = CNcursesw.beep() }

    /// Flashes the screen (falls back to the bell where the terminal cannot flash).
    public func flash() { _ = CNcursesw.flash() }

    var signalPipe: Int32 { relay.pipeReadEnd }

    func drainSignals() -> [Int32] { relay.drainSignals() }

    private func cursesStyle(_ style: Style) -> (attr_t, Int16) {
        // Neighbouring changed cells mostly share a style (a digit's strokes): no hashing then.
        if let last = lastStyle, last.style == style { return last.curses }
        let curses = lookUpCursesStyle(style)
        lastStyle = (style, curses)
        return curses
    }

    private func lookUpCursesStyle(_ style: Style) -> (attr_t, Int16) {
        if let cached = styleCache[style] { return cached }
        let assignment = colorPairs.assignment(foreground: style.foreground, background: style.background)
        if let colors = assignment.newDefinition {
            init_pair(assignment.pair, colors.foreground, colors.background)
        }
        let flags = AttributeFlags(style)
        var attributes = lagom_a_normal()
        if flags.contains(.bold) { attributes |= lagom_a_bold() }
        if flags.contains(.reverse) { attributes |= lagom_a_reverse() }
        if flags.contains(.underline) { attributes |= lagom_a_underline() }
        if flags.contains(.dim) { attributes |= lagom_a_dim() }
        styleCache[style] = (attributes, assignment.pair)
        return (attributes, assignment.pair)
    }

    /// Several resizes in one burst (a window being dragged) need one re-layout.
    static func keepingLastResize(_ events: [InputEvent]) -> [InputEvent] {
        guard let last = events.lastIndex(where: { if case .resize = $0 { true } else { false } })
        else { return events }
        return events.enumerated().compactMap { index, event in
            if case .resize = event, index != last { return nil }
            return event
        }
    }

    private static func writeToTerminal(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}
