import ArgumentParser
import LagomCore
import LagomStore
import LagomUI

struct Secretary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "secretary",
        abstract: TextKey.helpSecretary.name)
    @Argument(help: SessionLocation.argumentHelp) var session: String
    @Option(help: .key(TextKey.helpSecretaryGroup)) var group: Int
    @OptionGroup var screen: ScreenOptions

    /// Refuses a group no step has before the terminal is taken; once the screen is up, takes what
    /// the group's pane held unsaved when it last closed (a hang-up, a kill), to bring it back. A pane
    /// that cannot start (`</dev/null`) leaves the kept draft where it is.
    func run() throws {
        let group = group
        try runScreen(
            session: session, as: .secretary(group), options: screen, refuse: { Self.groupProblem(group, in: $0) },
            making: { store in
                let draft: NoteDraft?
                do { draft = try store.takeDraft(group: group) } catch { throw CommandFailure(error) }
                return SecretaryScreen(group: group, draft: draft)
            })
    }

    /// `--group` must name a group of at least one step that collects notes.
    static func groupProblem(_ group: Int, in plan: Plan) -> Localized? {
        let counts = plan.steps.filter(\.collectsNotes).map { plan.groupCount(of: $0) }
        guard let most = counts.max(), most > 0 else { return Localized(.cliNoNoteGroups, ["group": group]) }
        guard group >= 1, group <= most else { return Localized(.cliNoSuchNoteGroup, ["group": group, "most": most]) }
        return nil
    }
}
