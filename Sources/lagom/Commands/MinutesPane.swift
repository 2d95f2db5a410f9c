import ArgumentParser
import LagomCore
import LagomUI

/// `lagom minutes SESSION`: the minute-taker's pane.
struct MinutesPane: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: TextKey.helpMinutes.name,
        discussion: TextKey.helpMinutesMore.name)
    @Argument(help: SessionLocation.argumentHelp) var session: String
    @OptionGroup var screen: ScreenOptions

    func run() throws { try runScreen(session: session, as: .minuteTaker, options: screen, MinutesScreen()) }
}
