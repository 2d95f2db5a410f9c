import LagomCore
import Testing

@testable import LagomUI

/// `lagom log`'s words between the ids are the command's language; names, ids and logged values
/// (a kind, a status) stay as the log file writes them.
@Suite struct EventWordsLogTests {
    static func line(_ change: Change, _ language: Language) -> String {
        EventWords.logLine(
            Event(id: "e1", tx: "t1", at: WallTime(milliseconds: 0), by: .facilitator, change: change), language)
    }

    @Test func theWordsBetweenTheIdsAreTheCommandsLanguage() {
        let done = Change.groupMarkedDone(step: "grupparbete", group: 2, done: true)
        #expect(Self.line(done, .sv) == "groupMarkedDone grupparbete g2 klar")
        #expect(Self.line(done, .en) == "groupMarkedDone grupparbete g2 done")
        let ballot = Change.ballotCast(step: "rostning", voter: "Josefin Wallin", dots: ["k1", "k2"])
        #expect(Self.line(ballot, .sv) == "ballotCast rostning \"Josefin Wallin\" 2 röster")
        #expect(Self.line(ballot, .en) == "ballotCast rostning \"Josefin Wallin\" 2 dots")
        let one = Change.ballotCast(step: "rostning", voter: "Ola", dots: ["k1"])
        #expect(Self.line(one, .sv).hasSuffix(" 1 röst"))
        #expect(Self.line(one, .en).hasSuffix(" 1 dot"))
        #expect(Self.line(.noteThemed(note: "k1", theme: nil), .sv) == "noteThemed k1 → ingen")
    }

    @Test func timesAndNumbersFollowTheLanguageButIdsDoNot() {
        let late = Change.attendanceMarked(
            person: "Signe Ek",
            attendance: Attendance(status: .present, arrives: ClockTime(hour: 9, minute: 30)))
        #expect(Self.line(late, .sv) == "attendanceMarked \"Signe Ek\" present kommer 09.30")
        #expect(Self.line(late, .en) == "attendanceMarked \"Signe Ek\" present arrives 09:30")
        // A seed is an id: never grouped like a number (no "12 345").
        let formed = Change.groupsFormed(step: "grupper", seed: 12345, groups: [[], []])
        #expect(Self.line(formed, .sv) == "groupsFormed grupper slumpfrö 12345: 0+0 personer")
        #expect(Self.line(formed, .en) == "groupsFormed grupper seed 12345: 0+0 people")
        let action = Change.recordAdded(
            record: "r1",
            entry: RecordEntry(kind: .action, step: "beslut", text: "Boka lokal", owner: "Ola", due: "2025-01-31"))
        #expect(
            Self.line(action, .sv)
                == "recordAdded r1 beslut action \"Boka lokal\" ansvarig \"Ola\" klart senast 2025-01-31")
    }
}
