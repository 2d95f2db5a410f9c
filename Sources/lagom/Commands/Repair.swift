import ArgumentParser
import FoundationEssentials
import Glibc
import LagomCore
import LagomStore

struct Repair: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Set aside the log lines Lagom cannot read, keeping every readable one; deletes nothing.",
        discussion: """
            Every readable line stays in events.jsonl, in order. Lines that cannot be read (edited by hand, \
            cut by a crash, a copied line's second copy) go, as they were, to events.damaged-<time>; the \
            log as it was is kept as events.jsonl.before-repair-<time>. Running panes read the new log by \
            themselves. A log with nothing to set aside is left as it is.
            """)
    @Argument(help: "A session folder, or the name of one under ./Sessions.") var session: String

    func run() throws {
        let folder: String
        folder = try SessionLocation.folder(session)
        let report: RepairReport
        do {
            report = try SessionStore.repair(folder: folder, millisecondsSince1970: SystemClock().now.milliseconds)
        } catch {
            throw CommandFailure(error)
        }
        let log = "\(folder)/\(SessionStore.logFile)"
        guard report.changed, let copy = report.damagedCopy, let previous = report.previousLog else {
            print("\(log): nothing to repair; every line reads (\(report.kept) lines)")
            return
        }
        let lines = report.setAside.count == 1 ? "line \(report.setAside[0])" : "lines " + Self.list(report.setAside)
        print(
            "\(log): kept \(report.kept) readable lines; set \(lines) aside in \(folder)/\(copy); "
                + "the log as it was is kept as \(folder)/\(previous); nothing was deleted")
    }

    /// "2, 5, 7" (the first ten, then how many more).
    static func list(_ numbers: [Int]) -> String {
        let shown = numbers.prefix(10).map(String.init).joined(separator: ", ")
        return numbers.count > 10 ? "\(shown) and \(numbers.count - 10) more" : shown
    }
}
