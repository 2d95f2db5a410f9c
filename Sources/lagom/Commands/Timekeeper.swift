import ArgumentParser
import LagomCore
import LagomStore
import LagomUI

struct Timekeeper: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timekeeper",
        abstract: "The countdown pane: the current step's timers, one big, the groups' as a list.",
        discussion: """
            Follows the facilitator's current step. Space starts, pauses and resumes; + and 5 add
            1 and 5 minutes, - takes one off; ↑↓ choose a timer; ? lists every key.
            At zero it rings the bell and flashes the pane once (not with --quiet).
            """)
    @Argument(help: "A session folder, or the name of one under ./Sessions.") var session: String
    @Option(help: "Show this group's countdown big (during group work).") var group: Int?
    @Flag(help: "No bell and no flash at zero.") var quiet = false
    @OptionGroup var screen: ScreenOptions

    func validate() throws {
        if let group, group < 1 { throw ValidationError("--group: expected a group number from 1, found \(group)") }
    }

    func run() throws {
        try runScreen(session: session, as: .timekeeper, options: screen, TimekeeperScreen(group: group, quiet: quiet))
    }
}
