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
                var target: String?
                if write({ session, _ throws(Refusal) in
                    guard let tx = session.undoTarget(for: actor) else { throw .nothingToUndo }
                    target = tx
                    return [.transactionUndone(tx: tx)]
                }) { screen.report(.done(undoneMessage(target))) }
            case .write(let build):
                write(build)
            }
        }
        return false
    }

    /// What the undo took back, named as people know it; plain "Ångrat." if the log cannot be read back.
    private func undoneMessage(_ tx: String?) -> Localized {
        guard let tx, let events = try? store.loadHistory().filter({ $0.tx == tx }), !events.isEmpty else { return Strings.undone }
        return ScreenMessages.undone(events, plan: store.session.plan, state: store.session.state)
    }

    @discardableResult
    private func write(_ build: (Session, inout any IDSource) throws(Refusal) -> [Change]) -> Bool {
        do {
            try store.commit(by: actor, build)
            return true
        } catch .refused(let refusal) {
            let session = store.session
            screen.report(.refused(ScreenMessages.refusal(refusal, plan: session.plan, state: session.state, language: language)))
        } catch {
            screen.report(.failed("\(error)"))
        }
        return false
    }
}
