import ArgumentParser
import LagomCore
import LagomUI

/// `lagom minutes SESSION`: the minute-taker's pane.
struct MinutesPane: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "The minute-taker's pane: notes, decisions and actions on the item under way.",
        discussion: """
            Follows the item the facilitator is on, whatever its kind. Type and press Enter to save a \
            note; Tab switches to a decision or an action (Enter then asks for the owner, where Tab \
            completes a participant's name, and a due date). In a status round a note is tied to the \
            speaker who has the floor and to the heading F3 picks. Ctrl-R undoes, Ctrl-G lists every key.
            """)
    @Argument(help: SessionLocation.argumentHelp) var session: String
    @OptionGroup var screen: ScreenOptions

    func run() throws { try runScreen(session: session, as: .minuteTaker, options: screen, MinutesScreen()) }
}
