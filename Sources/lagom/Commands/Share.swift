import ArgumentParser
import LagomCore
import LagomStore

struct Share: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Let every account of a group work in a session (secretaries under their own accounts).",
        discussion: """
            Gives the session folder and everything in it to GROUP, read-write for the group and nothing for \
            other accounts; the folder becomes setgid, so what any pane makes there later stays the group's. \
            Run it as the owner of the session (or root); the accounts must be in the group \
            (usermod -aG GROUP ACCOUNT). See docs/store.md, "Sharing a session with a group of accounts".
            """)
    @Argument(help: "A session folder, or the name of one under ./Sessions.") var session: String
    @Option(help: "The group whose accounts may write the session.") var group: String

    func run() throws {
        let folder = try SessionLocation.folder(session)
        SessionLocation.speakTheLanguage(ofFolder: folder)
        let report: ShareReport
        do { report = try SessionStore.share(folder: folder, group: group) } catch { throw CommandFailure(error) }
        say(
            Localized(
                .cliShared,
                [
                    "folder": folder, "group": report.group,
                    "folders": Localized(.cliCountFolders, ["count": report.folders]),
                    "files": Localized(.cliCountFiles, ["count": report.files]),
                ]))
    }
}
