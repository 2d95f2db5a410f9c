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
    /// Turns each frame into the bytes that change the screen; ncurses only set the terminal up.
    private var encoder: FrameEncoder
    var needsFullRepaint = false
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
        // ncurses draws no frame (`FrameEncoder` does), only its own clears: this first one, and
        // after a resize or a Ctrl-Z, before the full repaint that follows them. It flushes after
        // every cursor move until the screen has once been suspended and resumed (its "initial"
        // state is treated as "not started"), so one suspend/resume first keeps those whole.
        endwin()
        wrefresh(window)

        let colorsAvailable = has_colors()
        var defaultColorsAvailable = false
        if colorsAvailable {
            start_color()
            defaultColorsAvailable = use_default_colors() == OK
        }
        encoder = FrameEncoder(
            strings: TerminalCapabilities.frameStrings(colors: colorsAvailable, defaultColors: defaultColorsAvailable))
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

    /// Draws the grid (clipped to the screen) as the next frame, in one `write()`: only the cells
    /// that differ from the previous frame, or, first and after a resize or a resume, all of them on
    /// a cleared screen (terminals may have reflowed the old text). ncurses is not asked to draw:
    /// its update planned each cursor move by formatting every candidate (`FrameEncoder`).
    public func render(_ grid: Grid) {
        guard isActive else { return }
        let (width, height) = size
        let previous =
            needsFullRepaint || shown?.width != grid.width || shown?.height != grid.height
                || shownScreenSize != (width, height) ? nil : shown
        needsFullRepaint = false
        encoder.encode(
            grid, over: previous, columns: min(width, grid.width), rows: min(height, grid.height),
            screen: (width, height))
        Self.writeToTerminal(encoder.bytes)
        shown = grid
        shownScreenSize = (width, height)
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

    /// Several resizes in one burst (a window being dragged) need one re-layout.
    static func keepingLastResize(_ events: [InputEvent]) -> [InputEvent] {
        guard let last = events.lastIndex(where: { if case .resize = $0 { true } else { false } })
        else { return events }
        return events.enumerated().compactMap { index, event in
            if case .resize = event, index != last { return nil }
            return event
        }
    }

    /// All of `bytes`, however the terminal takes them (a write may be cut short or interrupted);
    /// a terminal that went away takes nothing more.
    private static func writeToTerminal(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && (errno == EINTR || errno == EAGAIN) {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
