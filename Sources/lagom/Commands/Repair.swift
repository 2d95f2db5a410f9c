import ArgumentParser
import FoundationEssentials
import Glibc
import LagomCore
import LagomStore

struct Repair: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: TextKey.helpRepair.name,
        discussion: TextKey.helpRepairMore.name)
    @Argument(help: .key(TextKey.helpSessionHereArgument)) var session: String

    func run() throws {
        let folder: String
        folder = try SessionLocation.folder(session)
        SessionLocation.speakTheLanguage(ofFolder: folder)
        let report: RepairReport
        do {
            report = try SessionStore.repair(folder: folder, millisecondsSince1970: SystemClock().now.milliseconds)
        } catch {
            throw CommandFailure(error)
        }
        let log = "\(folder)/\(SessionStore.logFile)"
        guard report.changed, let copy = report.damagedCopy, let previous = report.previousLog else {
            say(Localized(.cliRepairNothing, ["log": log, "count": report.kept]))
            return
        }
        say(
            Localized(
                .cliRepaired,
                [
                    "log": log, "kept": report.kept, "lines": Self.lines(report.setAside),
                    "copy": "\(folder)/\(copy)", "previous": "\(folder)/\(previous)",
                ]))
    }

    /// "line 5", "lines 2, 5, 7" (the first ten, then how many more).
    static func lines(_ numbers: [Int]) -> Localized {
        if numbers.count == 1 { return Localized(.cliRepairLine, ["line": String(numbers[0])]) }
        let shown = numbers.prefix(10).map(String.init).joined(separator: ", ")
        let list =
            numbers.count > 10
            ? Localized(.cliRepairMore, ["shown": shown, "count": numbers.count - 10]) : .verbatim(shown)
        return Localized(.cliRepairLines, ["lines": list])
    }
}
