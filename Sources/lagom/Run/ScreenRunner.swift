import FoundationEssentials
import Glibc
import LagomCore
import LagomStore
import LagomTerminal
import LagomUI

/// One thread, one loop: draw the screen, then sleep in a single poll on the keyboard, the
/// store's watcher and — only while a countdown runs — the next moment the screen changes.
/// Every write goes through the store, so every other process sees it.
final class ScreenRunner<S: Screen> {
    private let store: SessionStore
    private let terminal: Terminal
    private var screen: S
    private let actor: Actor
    private let clock: any LagomClock
    private let language: Language
    private let theme: Theme
    private let utcOffsetSeconds: Int

    init(store: SessionStore, terminal: Terminal, screen: S, actor: Actor, clock: any LagomClock,
         language: Language, theme: Theme) {
        self.store = store
        self.terminal = terminal
        self.screen = screen
        self.actor = actor
        self.clock = clock
        self.language = language
        self.theme = theme
        utcOffsetSeconds = SystemClock.utcOffsetSeconds(at: clock.now)
    }

    func context() -> ScreenContext {
        let size = terminal.size
        return ScreenContext(session: store.session, now: clock.now, utcOffsetSeconds: utcOffsetSeconds,
                             width: size.width, height: size.height, language: language, theme: theme)
    }

    /// Runs until the person quits, a signal asks to, or the terminal goes away.
    func run() {
        // The derived state.json is brought up to date once, when the screen closes, never while it runs.
        defer { store.writeSnapshotIfStale() }
        // Notes a plan edit left without a place are on no screen: say so once, in the status line.
        let orphans = OrphanedNotes.count(in: store.session)
        if orphans > 0 { screen.report(.refused(OrphanedNotes.screenWarning(orphans).text(language))) }
        while true {
            let now = context()
            if perform(screen.observe(now)) { return }
            terminal.render(screen.render(now))
            // +1 ms lands just past the boundary, so the next frame shows the new second.
            let timeout = screen.nextChange(now).map { Int($0) + 1 }
            for reason in terminal.wait(extraDescriptors: [store.pollDescriptor], timeoutMs: timeout) {
                switch reason {
                case .input:
                    for event in terminal.readEvents() {
                        guard case .key(let key) = event else { continue }  // a resize just redraws
                        let commands = screen.handle(key, context())
                        if perform(commands) { return }
                    }
                case .descriptor:
                    do { _ = try store.refresh() } catch { screen.report(.failed("\(error)")) }
                case .quitRequested, .hangup:
                    return
                case .invalidDescriptor, .timeout:
                    break
                }
            }
        }
    }

    /// Returns true when the screen asked to quit.
    private func perform(_ commands: [Command]) -> Bool {
        for command in commands {
            switch command {
            case .quit: return true
            case .bell: terminal.beep()
            case .agenda(let action):
                write { session, _ throws(Refusal) in try action.changes(in: session) }
            case .timer(let action, let key):
                write { session, _ throws(Refusal) in try action.changes(for: key, in: session) }
            case .undo:
                let actor = actor
                if write({ session, _ throws(Refusal) in
                    guard let tx = session.undoTarget(for: actor) else { throw .nothingToUndo }
                    return [.transactionUndone(tx: tx)]
                }) { screen.report(.done(Strings.undone)) }
            case .write(let build):
                write(build)
            }
        }
        return false
    }

    @discardableResult
    private func write(_ build: (Session, inout any IDSource) throws(Refusal) -> [Change]) -> Bool {
        do {
            try store.commit(by: actor, build)
            return true
        } catch .refused(let refusal) {
            let state = store.session.state
            screen.report(.refused(refusal.message(language) { state.note($0)?.text }))
        } catch {
            screen.report(.failed("\(error)"))
        }
        return false
    }
}
