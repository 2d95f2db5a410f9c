import ArgumentParser
import Glibc
import LagomCore
import LagomStore
import LagomTerminal
import LagomUI

/// Options every full-screen role shares. The language is the command line's (`--lang`, else the
/// plan's: `CommandLanguage`).
struct ScreenOptions: ParsableArguments {
    @Option(help: .key(TextKey.helpThemeOption)) var theme: String?

    func validate() throws {
        if let theme, Theme.named(theme) == nil { throw usageMistake(Localized(.cliUnknownTheme, ["found": theme])) }
    }

    /// `--theme`, else monochrome when `NO_COLOR` is set (no-color.org), else the role's default.
    func chosenTheme(default fallback: Theme) -> Theme {
        if let chosen = theme.flatMap(Theme.named) { return chosen }
        if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return .monochrome }
        return fallback
    }
}

/// Opens the session and the terminal, runs a screen, and always gives the terminal back.
/// `access`: `.readOnly` for a screen that only shows the session (the projector) and so writes nothing.
/// `refuse` looks at the plan before the terminal is taken: a one-line reason not to start, or nil.
func runScreen<S: Screen>(
    session name: String, as actor: Actor, options: ScreenOptions,
    defaultTheme: Theme = .standard, access: SessionStore.Access = .readWrite,
    refuse: (Plan) -> Localized? = { _ in nil }, _ screen: S
) throws {
    try runScreen(
        session: name, as: actor, options: options, defaultTheme: defaultTheme, access: access, refuse: refuse
    ) { _ in screen }
}

/// `runScreen` for a screen made from the opened store (the secretary takes its draft there), so the
/// session is read once, not once to prepare and again to show. The screen is made once the
/// terminal is up: what it takes from the store (a kept draft) is taken only by a pane that can
/// show it, never by one that cannot start (`</dev/null`).
func runScreen<S: Screen>(
    session name: String, as actor: Actor, options: ScreenOptions,
    defaultTheme: Theme = .standard, access: SessionStore.Access = .readWrite,
    refuse: (Plan) -> Localized? = { _ in nil }, making make: (SessionStore) throws -> S
) throws {
    let folder: String
    folder = try SessionLocation.folder(name)
    let clock = SystemClock(session: folder, saveAnchor: access == .readWrite)
    let store = try SessionLocation.open(folder, clock: clock, access: access)
    if let reason = refuse(store.session.plan) { throw CommandFailure(reason) }
    // Also on the screen once it runs; printed here too for a screen without a message line (the projector).
    for notice in store.notices { warn(notice) }
    let terminal: Terminal
    do { terminal = try Terminal() } catch { throw CommandFailure(error) }
    defer { terminal.shutdown() }
    let screen = try make(store)
    let runner = ScreenRunner(
        store: store, terminal: terminal, screen: screen, actor: actor, clock: clock,
        language: CommandLanguage.current, theme: options.chosenTheme(default: defaultTheme))
    runner.run()
    terminal.shutdown()
    // After the terminal is back, so the line stays readable (after a hang-up nobody reads it).
    for line in runner.farewell { printError(line) }
    // Unsaved text that could not be kept was printed above; the status says something went wrong.
    if runner.lostText { throw ExitCode(1) }
}

struct Facilitator: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facilitator",
        abstract: TextKey.helpFacilitator.name)
    @Argument(help: SessionLocation.argumentHelp) var session: String = BundledSamples.defaultName
    @OptionGroup var screen: ScreenOptions

    func run() throws { try runScreen(session: session, as: .facilitator, options: screen, FacilitatorScreen()) }
}

struct Projector: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projector",
        abstract: TextKey.helpProjector.name)
    @Argument(help: SessionLocation.argumentHelp) var session: String
    @OptionGroup var screen: ScreenOptions

    func run() throws {
        try runScreen(
            session: session, as: Actor(.projector), options: screen, defaultTheme: .projector, access: .readOnly,
            ProjectorScreen())
    }
}
