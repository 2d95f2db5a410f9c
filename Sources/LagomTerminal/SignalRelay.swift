import Glibc

/// Everything a signal handler touches, allocated and filled before any handler is
/// installed. Handlers then only read this memory and call async-signal-safe functions
/// (`write`, `tcsetattr`, `sigaction`, `raise`): no allocation, no locks, no exit.
private struct SignalSharedState {
    /// 1 while the terminal is in program mode and still needs restoring.
    var active: sig_atomic_t
    var pipeWriteEnd: Int32
    var resetBytes: UnsafeMutablePointer<UInt8>
    var resetCount: Int
    var savedTermios: UnsafeMutablePointer<termios>
    var hasSavedTermios: Bool
    /// ncurses' own SIGWINCH handler (it sets the flag that makes `get_wch` return
    /// KEY_RESIZE); ours calls it and then wakes the run loop.
    var previousWinchHandler: (@convention(c) (Int32) -> Void)?
    /// The actions we replaced, indexed by signal number, to chain to and to put back.
    var previousActions: UnsafeMutablePointer<sigaction>
    /// The quit signal whose watchdog is armed (0: none): the exit status if it fires.
    var pendingQuit: sig_atomic_t
}

/// How long the run loop has to take a quit signal from the pipe before the watchdog ends the
/// process: a pane busy computing (or stuck) still leaves within 100 ms of SIGTERM or Ctrl-C.
let quitWatchdogMicroseconds = 60_000

private func armQuitWatchdog(_ microseconds: Int) {
    var timer = itimerval()
    timer.it_value.tv_sec = 0
    timer.it_value.tv_usec = microseconds
    _ = setitimer(__itimer_which_t(ITIMER_REAL.rawValue), &timer, nil)
}

private let signalSlots = 65
nonisolated(unsafe) private var sharedState: UnsafeMutablePointer<SignalSharedState>?
nonisolated(unsafe) private var atExitRegistered = false
nonisolated(unsafe) private var alternateStackInstalled = false

/// A stack overflow raises SIGSEGV with no stack left for a handler: without a stack of its
/// own the kernel kills the process at once and the terminal stays in program mode. The Swift
/// runtime's backtracer usually has installed one for this thread already; if not, one is
/// made here, once, and kept for the life of the process (the handler chains to the
/// backtracer, which runs on it too, hence more than SIGSTKSZ).
private func ensureAlternateSignalStack() {
    var current = stack_t()
    guard sigaltstack(nil, &current) == 0 else { return }
    if current.ss_sp != nil && current.ss_flags & Int32(SS_DISABLE) == 0 { return }
    guard !alternateStackInstalled else { return }
    let size = 256 * 1024
    guard let memory = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
        memory != MAP_FAILED
    else { return }
    var stack = stack_t(ss_sp: memory, ss_flags: 0, ss_size: size)
    if sigaltstack(&stack, nil) == 0 {
        alternateStackInstalled = true
    } else {
        munmap(memory, size)
    }
}

/// The precomputed reset bytes and saved termios, written from any context.
private func restoreTerminalSignalSafe() {
    guard let state = sharedState, state.pointee.active == 1 else { return }
    state.pointee.active = 0
    _ = write(STDOUT_FILENO, state.pointee.resetBytes, state.pointee.resetCount)
    if state.pointee.hasSavedTermios {
        _ = tcsetattr(STDIN_FILENO, TCSANOW, state.pointee.savedTermios)
    }
}

/// SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGCONT: only note the signal in the self-pipe. Exiting here
/// would skip saving the session and call non-reentrant code (ncurses, stdio, malloc) from a
/// handler; instead the run loop's `poll` wakes on the pipe and the program quits in order.
private let relayHandler: @convention(c) (Int32) -> Void = { signal in
    guard let state = sharedState else { return }
    let savedErrno = errno
    if signal == SIGWINCH, let ncursesHandler = state.pointee.previousWinchHandler {
        ncursesHandler(signal)
    }
    // Armed before the byte is written: once the loop reads the byte, the watchdog is armed
    // and the loop's disarming cannot come first.
    if signal != SIGWINCH && signal != SIGCONT && state.pointee.pendingQuit == 0 {
        state.pointee.pendingQuit = signal
        armQuitWatchdog(quitWatchdogMicroseconds)
    }
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(state.pointee.pipeWriteEnd, &byte, 1)
    errno = savedErrno
}

/// SIGALRM from the quit watchdog: the run loop did not take the quit signal in time (it is
/// computing or stuck), so the terminal is restored here and the process ends as the signal would.
private let watchdogHandler: @convention(c) (Int32) -> Void = { _ in
    guard let state = sharedState, state.pointee.pendingQuit != 0 else { return }
    restoreTerminalSignalSafe()
    _exit(128 + state.pointee.pendingQuit)
}

/// SIGSEGV & co.: the program cannot continue, but the person's terminal must survive.
/// Restore it, let the previous handler run (Swift's backtracer prints the crash report),
/// then die by the same signal with the default action: re-raised here, it is delivered
/// as soon as this handler returns, whether the signal came from a fault or from kill.
private let crashHandler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
    signalNumber, info, context in
    restoreTerminalSignalSafe()
    if let state = sharedState, signalNumber >= 0, signalNumber < signalSlots {
        let previous = state.pointee.previousActions[Int(signalNumber)]
        if previous.sa_flags & SA_SIGINFO != 0 {
            previous.__sigaction_handler.sa_sigaction?(signalNumber, info, context)
        } else if let handler = previous.__sigaction_handler.sa_handler,
            unsafeBitCast(handler, to: Int.self) > 1  // neither SIG_DFL nor SIG_IGN
        {
            handler(signalNumber)
        }
    }
    _ = signal(signalNumber, SIG_DFL)
    _ = raise(signalNumber)
}

/// Installs the handlers that keep the terminal usable whatever happens, and turns the
/// quit signals and SIGWINCH into bytes on a pipe that `Terminal.wait` polls.
final class SignalRelay {
    static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGTRAP]

    let pipeReadEnd: Int32
    private let state: UnsafeMutablePointer<SignalSharedState>
    private var installedSignals: [Int32] = []

    /// - Parameters:
    ///   - resetSequence: bytes that leave the alternate screen, show the cursor, reset
    ///     attributes and turn bracketed paste off, captured from terminfo at start.
    ///   - savedTermios: the terminal modes from before ncurses started, if known.
    init(resetSequence: [UInt8], savedTermios: termios?) throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            throw TerminalError.systemCallFailed(call: "pipe()", errno: errno)
        }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        pipeReadEnd = ends[0]

        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, resetSequence.count))
        bytes.initialize(from: resetSequence, count: resetSequence.count)
        let termiosCopy = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        termiosCopy.initialize(to: savedTermios ?? termios())
        let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: signalSlots)
        previous.initialize(repeating: sigaction(), count: signalSlots)

        state = .allocate(capacity: 1)
        state.initialize(
            to: SignalSharedState(
                active: 0, pipeWriteEnd: ends[1], resetBytes: bytes, resetCount: resetSequence.count,
                savedTermios: termiosCopy, hasSavedTermios: savedTermios != nil,
                previousWinchHandler: nil, previousActions: previous, pendingQuit: 0))
    }

    /// Makes this relay the one the handlers use and installs them.
    func install() {
        sharedState = state
        state.pointee.active = 1
        for signal in Self.quitSignals + [SIGWINCH, SIGCONT] {
            replaceAction(for: signal, with: relayHandler, flags: SA_RESTART)
        }
        replaceAction(for: SIGALRM, with: watchdogHandler, flags: SA_RESTART)
        let ncursesWinch = state.pointee.previousActions[Int(SIGWINCH)]
        if ncursesWinch.sa_flags & SA_SIGINFO == 0,
            let handler = ncursesWinch.__sigaction_handler.sa_handler,
            unsafeBitCast(handler, to: Int.self) > 1  // neither SIG_DFL (0) nor SIG_IGN (1)
        {
            state.pointee.previousWinchHandler = handler
        }
        ensureAlternateSignalStack()
        for signal in Self.crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = crashHandler
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_SIGINFO | SA_ONSTACK  // runs even when the stack overflowed
            install(action, for: signal)
        }
        if !atExitRegistered {
            atExitRegistered = true
            atexit { restoreTerminalSignalSafe() }  // a plain exit() without shutdown()
        }
    }

    /// Puts every replaced action back. After this nothing restores the terminal for us.
    func uninstall() {
        disarmQuitWatchdog()
        state.pointee.active = 0
        for signal in installedSignals {
            _ = sigaction(signal, state.pointee.previousActions + Int(signal), nil)
        }
        installedSignals.removeAll()
        if sharedState == state { sharedState = nil }
    }

    /// The run loop has taken a quit signal and quits in order (saving a draft may take longer
    /// than the watchdog allows).
    private func disarmQuitWatchdog() {
        guard state.pointee.pendingQuit != 0 else { return }
        armQuitWatchdog(0)
        state.pointee.pendingQuit = 0  // a second Ctrl-C arms it again
    }

    /// The signal numbers that arrived since the last call. Taking a quit signal disarms its
    /// watchdog: the loop that called this is alive and will quit in order.
    func drainSignals() -> [Int32] {
        var received: [Int32] = []
        defer { if received.contains(where: Self.quitSignals.contains) { disarmQuitWatchdog() } }
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(pipeReadEnd, $0.baseAddress, $0.count) }
            if count > 0 {
                received += buffer[0..<count].map { Int32($0) }
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return received
            }
        }
    }

    deinit {
        uninstall()
        close(pipeReadEnd)
        close(state.pointee.pipeWriteEnd)
        state.pointee.resetBytes.deallocate()
        state.pointee.savedTermios.deallocate()
        state.pointee.previousActions.deallocate()
        state.deallocate()
    }

    private func replaceAction(
        for signal: Int32, with handler: @convention(c) (Int32) -> Void, flags: Int32
    ) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = flags
        install(action, for: signal)
    }

    private func install(_ action: sigaction, for signal: Int32) {
        var action = action
        if sigaction(signal, &action, state.pointee.previousActions + Int(signal)) == 0 {
            installedSignals.append(signal)
        }
    }
}
