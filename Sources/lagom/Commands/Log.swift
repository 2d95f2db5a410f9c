import ArgumentParser
import FoundationEssentials
import Glibc
import LagomCore
import LagomStore
import LagomUI

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: TextKey.helpLog.name)
    @OptionGroup var options: SessionOptions

    func run() throws {
        let store = try options.open(.readOnly)
        let session = store.session
        for event in try store.loadHistory() {
            let when = Self.localStamp(event.at)
            let undone = session.isUndone(event.tx) ? "  " + Localized(.cliLogUndone).text(CommandLanguage.current) : ""
            print(
                "\(when)  \(TextLayout.fit(event.by.description, width: 12))  \(EventWords.logLine(event, CommandLanguage.current))\(undone)"
            )
        }
    }
}

extension Log {
    /// "2024-12-03 09:15:02" in local time, from the C library's zone data.
    static func localStamp(_ time: WallTime) -> String {
        var seconds = time_t(time.milliseconds / 1000)
        var t = tm()
        guard localtime_r(&seconds, &t) != nil else { return "\(time.milliseconds / 1000)" }
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return
            "\(t.tm_year + 1900)-\(two(t.tm_mon + 1))-\(two(t.tm_mday)) \(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec))"
    }
}
