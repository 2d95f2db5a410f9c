import ArgumentParser
import LagomCore
import LagomStore
import LagomUI

struct Secretary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "secretary",
        abstract: "A group secretary's pane: type post-it notes for the current step; they show live on the projector.")
    @Argument(help: "A session folder, or the name of one under ./Sessions.") var session: String
    @Option(help: "The group this secretary writes for (1, 2, …).") var group: Int
    @OptionGroup var screen: ScreenOptions

    func run() throws {
        let folder: String
        do { folder = try SessionStore.resolve(session, sessionsRoot: "Sessions") } catch { throw CommandFailure(error) }
        let plan: Plan
        do {
            plan = try SessionStore(folder: folder, clock: SystemClock(), ids: SystemIDSource(), access: .readOnly).session.plan
        } catch { throw CommandFailure(error) }
        if let problem = Self.groupProblem(group, in: plan) { throw CommandFailure(problem) }
        try runScreen(session: folder, as: .secretary(group), options: screen, SecretaryScreen(group: group))
    }

    /// `--group` must name a group of at least one step that collects notes.
    static func groupProblem(_ group: Int, in plan: Plan) -> String? {
        let counts = plan.steps.filter(\.collectsNotes).map { $0.groupCount(participants: plan.participants.count) }
        guard let most = counts.max(), most > 0 else {
            return "--group \(group): the plan has no group steps that collect notes"
        }
        guard group >= 1, group <= most else {
            return "--group \(group): the plan's note steps have groups 1–\(most)"
        }
        return nil
    }
}
