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
    /// How many of `store.warnings` the screen has been shown.
    private var warningsShown = 0

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

    /// Lines for standard error once the terminal is given back (where a draft was kept).
    private(set) var farewell: [String] = []

    /// Runs until the person quits, a signal asks to, or the terminal goes away. However it ends,
    /// the screen is asked what it must not lose (`Screen.closing`) before this returns.
    func run() {
        // The derived state.json is brought up to date once, when the screen closes, never while it runs.
        defer { store.writeSnapshotIfStale() }
        // Notes a plan edit left without a place are on no screen: say so once, in the status line.
        let orphans = OrphanedNotes.count(in: store.session)
        if orphans > 0 { screen.report(.refused(OrphanedNotes.screenWarning(orphans).text(language))) }
        loop()
        _ = perform(screen.closing(context()))
    }

    private func loop() {
        var watched = WaitDescriptors([store.pollDescriptor])
        while true {
            showNewWarnings()
            let now = context()
            if perform(screen.observe(now)) { return }
            terminal.render(screen.render(now))
            // +1 ms lands just past the boundary, so the next frame shows the new second.
            var timeout = screen.nextChange(now).map { Int($0) + 1 }
            // Without the watcher, other processes' writes are looked for once a second.
            if watched.lostAny { timeout = min(timeout ?? Self.unwatchedRefreshMs, Self.unwatchedRefreshMs) }
            let reasons = terminal.wait(extraDescriptors: watched.open, timeoutMs: timeout)
            watched.drop(invalidIn: reasons)
            if watched.lostAny { refresh() }
            for reason in reasons {
                switch reason {
                case .input:
                    for event in terminal.readEvents() {
                        switch event {
                        case .key(let key):
                            if perform(screen.handle(key, context())) { return }
                        case .pasteCut(let kept, _):
                            // `.done`, marked ⚠: what was kept went through as a paste of its own, and a
                            // refusal would make the secretary's pane hand it back to be saved twice.
                            let cut = Strings.pasteCut(keptKiB: kept / 1024)
                            screen.report(.done(Localized(sv: "⚠ " + cut.sv, en: "⚠ " + cut.en)))
                        case .resize:
                            break  // the next frame is laid out for the new size
                        }
                    }
                case .descriptor:
                    refresh()
                case .quitRequested, .hangup:
                    return
                case .invalidDescriptor, .timeout:
                    break  // a dropped watcher is replaced by the refresh above
                }
            }
        }
    }

    private static var unwatchedRefreshMs: Int { 1000 }

    private func refresh() {
        do { _ = try store.refresh() } catch { screen.report(.failed(error)) }
    }

    /// Returns true when the screen asked to quit.
    private func perform(_ commands: [Command]) -> Bool {
        for command in commands {
            switch command {
            case .quit: return true
            case .bell: terminal.beep()
            case .act(let intent):
                commit(intent)
            case .undo:
                do {
                    let undone = try store.undo(by: actor)
                    let session = store.session
                    screen.report(.done(undone.isEmpty ? Strings.undone : ScreenMessages.undone(undone, plan: session.plan, state: session.state)))
                } catch {
                    report(error)
                }
            case .keepDraft(let group, let draft):
                do {
                    try store.keepDraft(draft, group: group)
                    if draft != nil {
                        farewell.append("lagom: group \(group)'s unsaved note was kept in \(store.draftPath(group: group)); "
                                        + "it comes back when group \(group)'s secretary opens again")
                    }
                } catch {
                    screen.report(.failed(error))
                    farewell.append("lagom: group \(group)'s unsaved note could not be kept: \(error)")
                }
            }
        }
        return false
    }

    /// The store's warnings (a torn last write, its bytes copied aside, a replaced log) on the message line.
    /// Reported as `.done`, marked ⚠: `.refused`/`.failed` would tell the secretary's pane its save
    /// failed (it then gives the saved text back to type again), though the save went through.
    private func showNewWarnings() {
        while warningsShown < store.warnings.count {
            let warning = store.warnings[warningsShown].replacing(store.folder + "/", with: "")
            warningsShown += 1
            screen.report(.done(Localized(sv: "⚠ " + warning, en: "⚠ " + warning)))
        }
    }

    /// Sends an intent through the store; a refusal or failure goes to the screen's message line.
    private func commit(_ intent: Intent) {
        do {
            try store.commit(by: actor, intent)
        } catch {
            report(error)
        }
    }

    private func report(_ error: StoreError) {
        if case .refused(let refusal) = error {
            let session = store.session
            screen.report(.refused(ScreenMessages.refusal(refusal, plan: session.plan, state: session.state, language: language)))
        } else {
            screen.report(.failed(error))
        }
    }
}
