import ArgumentParser
import LagomCore
import LagomStore
import LagomUI

struct Timekeeper: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timekeeper",
        abstract: TextKey.helpTimekeeper.name,
        discussion: TextKey.helpTimekeeperMore.name)
    @Argument(help: SessionLocation.argumentHelp) var session: String
    @Option(help: .key(TextKey.helpTimekeeperGroup)) var group: Int?
    @Flag(help: .key(TextKey.helpTimekeeperQuiet)) var quiet = false
    @OptionGroup var screen: ScreenOptions

    func run() throws {
        try runScreen(
            session: session, as: .timekeeper, options: screen,
            refuse: { plan in group.flatMap { Self.groupProblem($0, in: plan) } },
            TimekeeperScreen(group: group, quiet: quiet))
    }

    /// `--group` must name a group of at least one group-work step (the only steps with group timers).
    static func groupProblem(_ group: Int, in plan: Plan) -> Localized? {
        guard group >= 1 else { return Localized(.cliGroupNumberFromOne, ["found": group]) }
        let most = plan.steps.filter { $0.kind == .groupwork }.map { plan.groupCount(of: $0) }.max() ?? 0
        guard most > 0 else { return Localized(.cliNoGroupTimers, ["group": group]) }
        guard group <= most else { return Localized(.cliNoSuchTimerGroup, ["group": group, "most": most]) }
        return nil
    }
}
