import Glibc
import LagomCore
import LagomLoop
import LagomStore
import LagomTerminal
import LagomUI

/// Wires the loop (`ScreenLoop`) to the terminal: one thread draws the frame, then sleeps in a
/// single poll on the keyboard, the store's watcher and — only while something on screen will
/// change — the next moment it does. Everything between a key and the store is the loop's.
final class ScreenRunner<S: Screen> {
    private let store: SessionStore
    private let terminal: Terminal
    let loop: ScreenLoop<S>
    /// The projector: it reports its pane's size in the session folder while it runs, for the console.
    private let announcesProjector: Bool

    init(
        store: SessionStore, terminal: Terminal, screen: S, actor: Actor, clock: any LagomClock,
        language: Language, theme: Theme
    ) {
        self.store = store
        self.terminal = terminal
        announcesProjector = actor == Actor(.projector)
        let size = terminal.size
        let writer = StoreWriter(store, watchesProjectors: actor == .facilitator)
        loop = ScreenLoop(
            screen: screen, writer: writer, actor: actor, clock: clock,
            width: size.width, height: size.height, language: language, theme: theme,
            utcOffsetSeconds: SystemClock.utcOffsetSeconds(at: clock.now))
    }

    /// Lines for standard error once the terminal is given back (where a draft was kept).
    var farewell: [String] { loop.farewell }
    /// Unsaved text could not be kept; it is in `farewell`.
    var lostText: Bool { loop.lostText }

    /// Runs until the person quits, a signal asks to, or the terminal goes away. However it ends,
    /// the screen is asked what it must not lose (`Screen.closing`) before this returns.
    func run() {
        // The derived checkpoint is brought up to date once, when the screen closes, never while it runs.
        defer { store.writeCheckpointIfStale() }
        loop.start()
        announceSize()
        run(watching: WaitDescriptors([store.pollDescriptor]))
        if announcesProjector { store.withdrawProjector() }
        loop.close()
    }

    /// The projector's pane size, for the console's warning when it has too many rows to read. A
    /// folder it may not write (a read-only copy) only loses the warning.
    private func announceSize() {
        guard announcesProjector else { return }
        try? store.announceProjector(width: loop.width, height: loop.height)
    }

    private func run(watching descriptors: WaitDescriptors) {
        var watched = descriptors
        while true {
            let size = terminal.size
            if size.width != loop.width || size.height != loop.height {
                loop.receive(.resize(width: size.width, height: size.height))
                announceSize()
            }
            let grid = loop.frame()
            for _ in 0..<loop.takeBells() { terminal.beep() }
            if loop.hasQuit { return }
            terminal.render(grid)
            // +1 ms lands just past the boundary, so the next frame shows the new second.
            var timeout = loop.nextWake().map { Int($0) + 1 }
            // Without the watcher, other processes' writes are looked for once a second.
            if watched.lostAny { timeout = min(timeout ?? Self.unwatchedRefreshMs, Self.unwatchedRefreshMs) }
            let reasons = terminal.wait(extraDescriptors: watched.open, timeoutMs: timeout)
            watched.drop(invalidIn: reasons)
            if watched.lostAny { loop.receive(.watch) }
            for reason in reasons {
                switch reason {
                case .input:
                    for event in terminal.readEvents() {
                        switch event {
                        case .key(let key): loop.receive(.key(key))
                        case .pasteCut(let kept, _): loop.receive(.pasteCut(keptBytes: kept))
                        case .resize(let width, let height):
                            loop.receive(.resize(width: width, height: height))
                            announceSize()
                        }
                        if loop.hasQuit { return }
                    }
                case .descriptor:
                    loop.receive(.watch)
                case .quitRequested, .hangup:
                    return
                case .timeout:
                    loop.receive(.tick)
                case .invalidDescriptor:
                    break  // a dropped watcher is replaced by the refresh above
                }
            }
        }
    }

    private static var unwatchedRefreshMs: Int { 1000 }
}
