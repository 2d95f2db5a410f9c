import LagomCore
import LagomUI

/// What wakes the loop: a key (a paste is a key), a paste cut short, a new size, another
/// process's write seen by the watcher, or the time a screen said it would look different.
public enum LoopEvent: Equatable, Sendable {
    case key(Key)
    case pasteCut(keptBytes: Int)
    case resize(width: Int, height: Int)
    case watch
    case tick
}

/// The one loop of every screen, without a terminal: an event goes to the screen, the commands it
/// returns go through the writer, each outcome goes back to the screen with the command that caused
/// it, and the message line (outcomes, notices, their expiry) is kept here, the same for every
/// screen. `lagom` wires it to the terminal; tests drive it directly.
public final class ScreenLoop<S: Screen> {
    /// The screen as the loop left it; a test may set up its state directly.
    public var screen: S
    public let writer: any SessionWriter
    public let actor: Actor
    public let clock: any LagomClock
    public var language: Language { didSet { drawnWith = nil } }
    public var theme: Theme { didSet { drawnWith = nil } }
    public let utcOffsetSeconds: Int
    public private(set) var width: Int
    public private(set) var height: Int
    /// The screen asked to quit.
    public private(set) var hasQuit = false
    /// Bells asked for since the last frame; the terminal rings them.
    public private(set) var bells = 0
    /// Every outcome, with the command that caused it (nil: none did, such as a failed refresh).
    public private(set) var outcomes: [(command: Command?, outcome: Outcome)] = []
    /// Lines for standard error once the terminal is given back (where a draft was kept).
    public private(set) var farewell: [String] = []
    /// Unsaved text could not be kept (a full or read-only disk): it is in `farewell`, to be copied,
    /// and the process ends with a failure status.
    public private(set) var lostText = false
    /// The context the last frame was drawn with, until an event or a command changes what it holds:
    /// `nextWake` reads it at a new moment instead of copying the session again.
    private var drawnWith: ScreenContext?

    public init(
        screen: S, writer: any SessionWriter, actor: Actor, clock: any LagomClock, width: Int, height: Int,
        language: Language, theme: Theme, utcOffsetSeconds: Int
    ) {
        self.screen = screen
        self.writer = writer
        self.actor = actor
        self.clock = clock
        self.width = width
        self.height = height
        self.language = language
        self.theme = theme
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    public func context() -> ScreenContext {
        var context = ScreenContext(
            session: writer.session, now: clock.now, utcOffsetSeconds: utcOffsetSeconds,
            width: width, height: height, language: language, theme: theme)
        context.projectorPanes = writer.projectorPanes
        return context
    }

    /// Once, before the first frame: notes a plan edit left without a place are on no screen, so
    /// the message line says so.
    public func start() {
        let orphans = OrphanedNotes.count(in: writer.session)
        if orphans > 0 { notice(OrphanedNotes.screenWarning(orphans)) }
        // A pane that will not be able to save says so now, not at the first Enter.
        if let folder = writer.cannotWriteFolder {
            report(.storeFailed(.readOnly, detail: .verbatim(folder)), for: nil)
        }
    }

    /// The next frame: the writer's new notices, what time did with no key (`Screen.observe`), the
    /// message line dated or expired, then the screen drawn.
    public func frame() -> Grid {
        for text in writer.takeNotices(language) { notice(.verbatim(text)) }
        var now = context()
        let asked = screen.observe(now)
        if !asked.isEmpty {
            perform(asked)
            // What was asked may have changed the session: draw it as it is now.
            now = context()
        }
        screen.message = screen.message?.aged(at: now.now)
        drawnWith = now
        return screen.render(now)
    }

    /// Milliseconds until the screen looks different with no input: its own next change or the
    /// message line's expiry; nil when only an event can change it.
    public func nextWake() -> Int64? {
        var now = drawnWith ?? context()
        now.now = clock.now
        return [screen.nextChange(now), screen.message?.expiresIn(at: now.now)].compactMap { $0 }.min()
    }

    public func receive(_ event: LoopEvent) {
        drawnWith = nil
        switch event {
        case .key(let key):
            guard !hasQuit else { return }
            perform(screen.handle(key, context()))
        case .pasteCut(let kept):
            // A notice, not an outcome: what was kept went through as a paste of its own.
            notice(Strings.pasteCut(keptKiB: kept / 1024))
        case .resize(let width, let height):
            self.width = width
            self.height = height
        case .watch:
            do throws(WriteError) { try writer.refresh() } catch { report(outcome(error), for: nil) }
        case .tick:
            break  // the next frame shows what time did
        }
    }

    /// However the screen closes: what it must not lose (a draft) goes through the writer.
    public func close() {
        hasQuit = false
        perform(screen.closing(context()))
        hasQuit = true
    }

    /// The bells asked for since the last call.
    public func takeBells() -> Int {
        defer { bells = 0 }
        return bells
    }

    // MARK: Commands

    func perform(_ commands: [Command]) {
        if !commands.isEmpty { drawnWith = nil }
        for command in commands {
            guard !hasQuit else { return }
            switch command {
            case .quit:
                hasQuit = true
            case .bell:
                bells += 1
            case .act(let intent):
                do throws(WriteError) { try writer.commit(intent, by: actor) } catch {
                    report(outcome(error), for: command)
                }
            case .undo:
                do throws(WriteError) {
                    let undone = try writer.undo(by: actor)
                    let session = writer.session
                    let said =
                        undone.isEmpty
                        ? Strings.undone : ScreenMessages.undone(undone, plan: session.plan, state: session.state)
                    report(.done(said), for: command)
                } catch {
                    report(outcome(error), for: command)
                }
            case .keepDraft(let group, let draft):
                do throws(WriteError) {
                    if let place = try writer.keepDraft(draft, group: group) {
                        farewell.append(Localized(.draftKeptOnQuit, ["group": group, "place": place]).text(language))
                    }
                } catch {
                    report(outcome(error), for: command)
                    farewell += Self.unkeptDraft(draft, group: group, detail: Self.detail(error), language)
                    lostText = lostText || draft != nil
                }
            }
        }
    }

    /// The text itself, so that it can be copied from the terminal: it is nowhere else.
    static func unkeptDraft(_ draft: NoteDraft?, group: Int, detail: Localized, _ language: Language) -> [String] {
        var lines = [Localized(.draftNotKeptOnQuit, ["group": group, "detail": detail]).text(language)]
        if let draft {
            lines.append(draft.text)
            if let aside = draft.setAside, !aside.isEmpty {
                lines.append(Catalogue.text(.draftSetAsideFollows, language))
                lines.append(aside)
            }
        }
        return lines
    }

    /// The screen hears how its command went, and the message line says it.
    func report(_ outcome: Outcome, for command: Command?) {
        outcomes.append((command, outcome))
        screen.report(outcome, for: command)
        screen.message = StatusMessage(outcome)
    }

    /// Something to know that is no answer to a command: on the message line, marked ⚠.
    func notice(_ text: Localized) {
        screen.message = StatusMessage.notice(text)
    }

    /// A refusal names steps and notes as people know them, by their titles and texts.
    func outcome(_ error: WriteError) -> Outcome {
        switch error {
        case .refused(let refusal):
            let session = writer.session
            return .refused(
                ScreenMessages.refusal(refusal, plan: session.plan, state: session.state, language: language))
        case .failed(let failure, let detail):
            return .storeFailed(failure, detail: detail)
        }
    }

    static func detail(_ error: WriteError) -> Localized {
        switch error {
        case .refused(let refusal): refusal.words()
        case .failed(_, let detail): detail
        }
    }
}
