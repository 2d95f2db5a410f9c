import LagomUI

/// What the terminal delivers after a wake-up: a key (a bracketed paste is `.key(.paste(_))`)
/// or a new screen size, which is not a key and must trigger a re-layout.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The paste just delivered was longer than a paste may be: only its first `keptBytes`
    /// bytes were kept, `droppedScalars` characters after them were dropped.
    case pasteCut(keptBytes: Int, droppedScalars: Int)
}

/// The signals that ask the program to leave. They never exit inside the handler:
/// the run loop reports them so the program can save and quit cleanly.
public enum QuitSignal: Hashable, Sendable {
    /// SIGINT (Ctrl-C).
    case interrupt
    /// SIGTERM.
    case terminate
    /// SIGHUP: the terminal closed (e.g. `tmux kill-session`).
    case hangup
}

/// Why `Terminal.wait` returned. Several reasons can arrive together.
public enum WakeReason: Hashable, Sendable {
    /// Keys or a resize are waiting: call `readEvents()`.
    case input
    /// One of the caller's descriptors is readable (or reached end of file / error).
    case descriptor(Int32)
    /// One of the caller's descriptors is not open: stop passing it.
    case invalidDescriptor(Int32)
    /// A signal asked the program to quit.
    case quitRequested(QuitSignal)
    /// The terminal is gone (stdin hung up or failed): quit; reading more would spin.
    case hangup
    /// The caller's timeout passed with nothing else to report.
    case timeout
}
