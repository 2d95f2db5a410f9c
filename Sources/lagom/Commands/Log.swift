import ArgumentParser
import FoundationEssentials
import Glibc
import LagomCore
import LagomStore
import LagomUI

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Print the session's history, one event a line.")
    @OptionGroup var options: SessionOptions

    func run() throws {
        let store = try options.open(.readOnly)
        let session = store.session
        for event in try store.loadHistory() {
            let when = Self.localStamp(event.at)
            let undone = session.isUndone(event.tx) ? "  (undone)" : ""
            print("\(when)  \(TextLayout.fit(event.by.description, width: 12))  \(EventSummary.line(event.change))\(undone)")
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
        return "\(t.tm_year + 1900)-\(two(t.tm_mon + 1))-\(two(t.tm_mday)) \(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec))"
    }
}

/// One readable line per event; people's text is sanitised before it reaches the terminal.
enum EventSummary {
    static func line(_ change: Change) -> String {
        func text(_ s: String) -> String { "\"" + Sanitiser.sanitiseSingleLine(s) + "\"" }
        switch change {
        case .recordAdded(let id, let entry), .recordEdited(let id, let entry):
            let owner = entry.owner.map { " owner \(text($0))" } ?? ""
            let due = entry.due.map { " due \($0)" } ?? ""
            return "\(change.name) \(id) \(entry.step) \(entry.kind.rawValue) \(text(entry.text))\(owner)\(due)"
        case .recordDeleted(let id): return "recordDeleted \(id)"
        case .actionMarkedDone(let id, let done): return "actionMarkedDone \(id) \(done ? "done" : "open")"
        case .minutesShown(let visible): return "minutesShown \(visible ? "on" : "off")"
        case .stepEntered(let s), .stepStarted(let s), .stepPaused(let s), .stepResumed(let s), .stepCompleted(let s):
            return "\(change.name) \(s)"
        case .speakerChanged(let s, let index): return "speakerChanged \(s) #\(index + 1)"
        case .timerStarted(let t, let seconds): return "timerStarted \(t) \(TimerMath.format(remaining: Int64(seconds) * 1000))"
        case .timerExtended(let t, let seconds): return "timerExtended \(t) \(TimerMath.signedLength(seconds: seconds))"
        case .timerPaused(let t), .timerResumed(let t), .timerReset(let t), .timerStopped(let t):
            return "\(change.name) \(t)"
        case .noteAdded(let id, let place, let body):
            let group = place.group.map { " g\($0)" } ?? ""
            return "noteAdded \(id) \(place.step)/\(Sanitiser.sanitiseSingleLine(place.list))\(group) \(text(body))"
        case .noteEdited(let id, let body): return "noteEdited \(id) \(text(body))"
        case .noteDeleted(let id): return "noteDeleted \(id)"
        case .noteMoved(let id, let place): return "noteMoved \(id) → \(place.step)/\(Sanitiser.sanitiseSingleLine(place.list))"
        case .votesTallied(let s, let tallies):
            return "votesTallied \(s) " + tallies.map { "\($0.note)=\($0.points)" }.joined(separator: " ")
        case .ballotCast(let s, let voter, let dots):
            return "ballotCast \(s) \(text(voter)) \(Plural.dots(dots.count))"
        case .resultsRevealed(let s): return "resultsRevealed \(s)"
        case .transactionUndone(let tx): return "transactionUndone \(tx)"
        case .rankingShown(let s, let p):
            let shown = p.fromBottom.map { " \($0) from the bottom" } ?? ""
            return "rankingShown \(s) list \(p.list + 1) page \(p.page + 1)\(shown)"
        case .subjectsChosen(let s, let notes):
            return "subjectsChosen \(s) " + notes.map(\.rawValue).joined(separator: " ")
        case .turnPassed(let s, let turn): return turn < 0 ? "turnPassed \(s) end" : "turnPassed \(s) turn \(turn + 1)"
        case .groupMarkedDone(let s, let group, let done): return "groupMarkedDone \(s) g\(group) \(done ? "done" : "not done")"
        case .noteHidden(let id, let hidden): return "noteHidden \(id) \(hidden ? "hidden" : "shown")"
        case .themeCreated(let theme, let s, let title): return "themeCreated \(theme) \(s) \(text(title))"
        case .themeRenamed(let theme, let title): return "themeRenamed \(theme) \(text(title))"
        case .themeMoved(let theme, let position): return "themeMoved \(theme) → #\(position + 1)"
        case .noteThemed(let id, let theme): return "noteThemed \(id) → \(theme ?? "none")"
        case .notesMerged(let id, let into): return "notesMerged \(id) → \(into)"
        case .noteSplit(let id): return "noteSplit \(id)"
        case .attendanceMarked(let name, let a):
            let times = [a.arrives.map { "arrives \($0)" }, a.leaves.map { "leaves \($0)" }].compactMap { $0 }
            let reason = a.reason.map { " " + text($0) } ?? ""
            return "attendanceMarked \(text(name)) \(a.status.rawValue)\(reason)" + times.map { " " + $0 }.joined()
        case .guestAdded(let name, let site): return "guestAdded \(text(name)) \(text(site))"
        case .groupsFormed(let s, let seed, let groups):
            return "groupsFormed \(s) seed \(seed): " + groups.map { String($0.count) }.joined(separator: "+") + " people"
        case .groupChanged(let s, let group, let members):
            return "groupChanged \(s) g\(group) " + members.map { text($0.name) }.joined(separator: " ")
        case .groupLocked(let s, let group, let locked): return "groupLocked \(s) g\(group) \(locked ? "locked" : "unlocked")"
        case .groupItemSet(let s, let group, let note): return "groupItemSet \(s) g\(group) \(note?.rawValue ?? "none")"
        case .roundOrdered(let s, let order, let seed): return "roundOrdered \(s) \(order.rawValue) seed \(seed)"
        case .speakerCalled(let s, let name): return "speakerCalled \(s) \(name.map(text) ?? "end")"
        case .speakerPassed(let s, let name): return "speakerPassed \(s) \(text(name))"
        }
    }
}
