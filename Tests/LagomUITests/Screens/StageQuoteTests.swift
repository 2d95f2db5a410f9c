import LagomCore
import Testing

@testable import LagomUI

/// A check-in's quote in the marks of the screen's language (QA: Swedish ”…” on an English screen).
@Suite struct StageQuoteTests {
    @Test func quotationMarksFollowTheLanguage() throws {
        var english = try Sample("team-day-en")
        try english.add(.stepEntered(step: "checkin"))
        #expect(english.projector(width: 120, height: 40).contains("“Many hands make light work.”"))
        var swedish = try Sample.sv()
        try swedish.add(.stepEntered(step: "incheckning"))
        #expect(swedish.projector(width: 160, height: 50).contains("”"))
    }
}

/// A resource typed under a demand shows which, on the live stage (QA: "G1 · Mer tid för
/// journalföring", not under "Möten").
@Suite struct StageParentTests {
    @Test func aNoteUnderAParentNamesIt() throws {
        var sample = try Sample.sv()
        try sample.add(
            .noteAdded(note: "k1", place: NotePlace(step: "balanskollen", list: "Krav", group: 1), text: "Möten"))
        try sample.add(.stepEntered(step: "resurser"))
        try sample.add(
            .noteAdded(
                note: "r1", place: NotePlace(step: "resurser", list: "Resurser", group: 1, parent: "k1"),
                text: "Mer tid för journalföring"), by: .secretary(1))
        #expect(sample.console(width: 120, height: 40).contains("Möten › Mer tid för journalföring"))
        // The projector says the demand once, as a heading over its resources.
        let projector = sample.projector(width: 120, height: 40).components(separatedBy: "\n")
        let heading = try #require(projector.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "Möten" })
        // On a pane of 40 rows the heading is ruled off from its notes.
        #expect(projector[heading + 1].trimmingCharacters(in: .whitespaces) == "━━━━━")
        #expect(projector[heading + 2].contains("G1 Mer tid för journalföring"))
    }
}

/// A vote step's slide text on the facilitator's console, not only while the result is hidden
/// (QA: "Fem röster var på varje lista – prickar på blädderblocket" showed nowhere).
@Suite struct VoteSlideTextTests {
    @Test func theConsoleShowsTheVotesSlideText() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "enkat-rostning"))
        #expect(sample.console(width: 140, height: 40).contains("Fem röster var på varje lista"))
    }
}
