import ArgumentParser
import LagomCore
import LagomStore

struct Share: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: TextKey.helpShare.name,
        discussion: TextKey.helpShareMore.name)
    @Argument(help: .key(TextKey.helpSessionHereArgument)) var session: String
    @Option(help: .key(TextKey.helpShareGroup)) var group: String

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
