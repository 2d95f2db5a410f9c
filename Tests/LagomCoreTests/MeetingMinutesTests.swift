import Foundation
import Testing

@testable import LagomCore

/// The coordination-meeting sample's minutes, built as the one record model: its sections in order,
/// the attendance, the status round by speaker and heading, and the action table at the end.
@Suite struct MeetingMinutesTests {
    static let name = "coordination-meeting-en"

    @Test func theMinutesHaveTheirSectionsInOrder() throws {
        let document = MeetingMinutes.document(try SampleSessions.session(Self.name))
        #expect(document.title == "Coordination group, 12 March 2026")
        #expect(document.facts.map(\.label) == ["Date", "Time", "Place", "Chair", "Minute-taker"])
        #expect(
            document.facts.map(\.value) == [
                "12 March 2026", "09:00–12:00", "Room Birch, Harbour House",
                "Vera Lindqvist", "Omar Haddad",
            ])
        #expect(
            document.sections.map(\.kind) == [.attendance]
                + ["1", "2", "3", "4", "4a", "4b", "5", "6", "7"]
                .map { RecordSection.Kind.agendaItem($0) } + [.actions])
    }

    @Test func attendanceSaysWhoWasPresentRemoteLateLeftAndAbsentWithReason() throws {
        let document = MeetingMinutes.document(try SampleSessions.session(Self.name))
        guard case .bullets(let lines)? = document.sections.first?.blocks.last else {
            Issue.record("no attendance list"); return
        }
        let text = lines.map { $0.map(\.text).joined() }
        #expect(text.count == 5)
        #expect(text[0].hasPrefix("Present (11): Vera Lindqvist (Coordination office), Omar Haddad"))
        #expect(text[1] == "Remote (1): Leila Aziz (South clinic)")
        #expect(text[2] == "Late (1): Arvid Lund (Children's unit), from 09:40")
        #expect(text[3] == "Left early (1): Nils Dahl (Home care), until 11:00")
        #expect(text[4] == "Absent (1): Tobias Nyberg (North clinic) – course")
    }

    @Test func itemsSayPlannedAgainstActualAndTheActionTableClosesTheMinutes() throws {
        let document = MeetingMinutes.document(try SampleSessions.session(Self.name))
        let round = try #require(document.sections.first { $0.kind == .agendaItem("3") })
        #expect(round.blocks.contains(.paragraph([RecordSpan("Planned 09:20 – 10:00 (40 min), took 44 min")])))
        #expect(round.blocks.contains(.paragraph([.strong("Ines Falk (North clinic)")])))
        #expect(
            round.blocks.contains(
                .bullets([
                    [.emphasis("Done since last time:"), RecordSpan(" Two new nurses started")],
                    [.emphasis("Obstacles:"), RecordSpan(" Long waits for the lab")],
                ])))
        let savings = try #require(document.sections.first { $0.kind == .agendaItem("4b") })
        #expect(savings.blocks.first == .heading(level: 3, text: "4b Savings in the second quarter"))
        #expect(
            savings.blocks.contains(
                .bullets([[RecordSpan("Temporary staff is booked only through the coordination office from 1 April.")]])
            ))
        guard case .table(let table)? = document.sections.last?.blocks.last else {
            Issue.record("no action table"); return
        }
        #expect(table.columns.map(\.title) == ["What", "Who", "When", "Item"])
        #expect(
            table.rows.map { $0.map(\.text) } == [
                ["Ask the lab supplier about waiting times", "Hanna Vik", "2026-03-26", "3"],
                ["Write the booking routine for temporary staff", "Pål Öberg", "2026-04-09", "4b"],
                ["Plan the training for all units", "IT support", "2026-04-30", "5"],
            ])
    }

    @Test func theShippedMinutesAreWhatTheExportRenders() throws {
        let shipped = String(decoding: try SampleSessions.bytes(Self.name, "minutes.md"), as: UTF8.self)
        #expect(MarkdownRenderer.render(MeetingMinutes.document(try SampleSessions.session(Self.name))) == shipped)
        #expect(MeetingMinutes.isMeeting(try SampleSessions.session(Self.name).plan))
        #expect(!MeetingMinutes.isMeeting(try SampleSessions.session("team-day-en").plan))
    }

    @Test func theNextMeetingCarriesTheOpenActions() throws {
        let next = NextMeeting.plan(after: try SampleSessions.session(Self.name))
        let carried = try #require(next.step(NextMeeting.carriedStepID))
        #expect(next.index(of: NextMeeting.carriedStepID) == 1)
        #expect(
            carried.bullets == [
                "Action: Ask the lab supplier about waiting times — Hanna Vik, due 2026-03-26",
                "Action: Write the booking routine for temporary staff — Pål Öberg, due 2026-04-09",
                "Action: Plan the training for all units — IT support, due 2026-04-30",
            ])
        #expect(next.date == nil)
        #expect(PlanValidator.validate(next).isEmpty)
    }
}
