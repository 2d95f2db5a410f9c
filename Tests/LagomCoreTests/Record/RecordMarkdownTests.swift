import Foundation
import Testing

@testable import LagomCore

/// The day's record (`WorkshopRecord`) and its Markdown (`lagom export --format markdown`),
/// laid out as seed 000's *Sammanställning*.
@Suite struct RecordMarkdownTests {
    /// The results sample's record ships beside it; `LAGOM_RECORD_SNAPSHOTS=1` rewrites it.
    static let shipped = SampleSessions.root
        .appendingPathComponent("planeringsdagar-2024-resultat").appendingPathComponent("sammanstallning.md")

    static func sample() throws -> RecordDocument {
        WorkshopRecord.document(try SampleSessions.session("planeringsdagar-2024-resultat"))
    }

    static func tables(_ document: RecordDocument) -> [RecordTable] {
        document.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
    }

    @Test func resultsSampleMatchesTheShippedRecord() throws {
        let actual = MarkdownRenderer.render(try Self.sample())
        if ProcessInfo.processInfo.environment["LAGOM_RECORD_SNAPSHOTS"] == "1" {
            try actual.write(to: Self.shipped, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: Self.shipped, encoding: .utf8)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(
            actual == expected,
            "first difference at line \((first?.offset ?? min(a.count, e.count)) + 1): \(first.map { "\($0.element.0)" } ?? "(length)")"
        )
    }

    /// Seed 000's three tables: two rankings (points in their own column, the tie sharing place 6)
    /// and the demands with where they come from and their resources with points.
    @Test func resultsSampleHasTheSeedsTables() throws {
        let document = try Self.sample()
        #expect(document.title == "Planeringsdagar 2024 – resultat")
        #expect(document.facts == [RecordFact(label: "Datum", value: "3 december 2024")])
        let tables = Self.tables(document)
        #expect(tables.count == 3)
        let risk = try #require(tables.first)
        #expect(risk.columns.map(\.title) == ["Plats", "Riskfaktorer", "Poäng"])
        #expect(risk.columns.map(\.numeric) == [true, false, true])
        #expect(risk.rows.first == ["1", "Administration /rutiner, IT", "31"])
        let health = tables[1]
        #expect(health.rows.map { $0[2].text } == ["38", "23", "19", "15", "6", "5", "5", "3"])
        #expect(health.rows.map { $0[0].text } == ["1", "2", "3", "4", "5", "6", "6", "8"])
        let demands = tables[2]
        #expect(demands.columns.map(\.title) == ["Krav", "Varifrån kommer kravet", "Resurser"])
        #expect(demands.rows.count == 4)
        #expect(demands.rows[0][0].text == "Hålla tidsramar enligt prioriteringslista")
        #expect(demands.rows[0][1].text == "Verksamheten, mej själv")
        // No-break spaces keep "– 16 p" together.
        #expect(
            demands.rows[0][2].lines == [
                "Jämna ut fördelning mellan dietister så att noden kan ta ansvar för nodens ärenden, teamuppbyggnad\u{A0}–\u{A0}16\u{A0}p",
                "Revidera prioriteringslistan och förväntade väntetider\u{A0}–\u{A0}9\u{A0}p",
                "Se över arbetsmetoder\u{A0}–\u{A0}0\u{A0}p",
            ])
        #expect(demands.rows[2][2].lines.last == "Ta hjälp av experter på KSD\u{A0}–\u{A0}utan poäng")
        #expect(document.blocks.contains(.heading(level: 3, text: "Krav och resurser, resultat och rangordning")))
    }

    /// Each list once: a ranked list only as its ranking, a list chosen from only as what went on;
    /// the step that collected them keeps its prompts.
    @Test func eachListAppearsOnce() throws {
        let text = MarkdownRenderer.render(try Self.sample())
        #expect(text.components(separatedBy: "Administration /rutiner, IT").count == 2)
        #expect(
            text.components(separatedBy: "Uppföljning av undernäringens ärenden").count == 3, "chosen, then its row")
        #expect(text.contains("### Grupparbete medarbetarenkätens resultat\n\n- Identifiera 2 friskfaktorer"))
        #expect(
            text.contains(
                "**Går vidare till nästa steg**\n\n1. Hålla tidsramar enligt prioriteringslista\n2. Uppföljning av undernäringens ärenden\n"
            ))
        #expect(!text.contains("31 p"), "points stand in the Poäng column as numbers")
        #expect(
            text.contains(
                "| Plats | Riskfaktorer | Poäng |\n| --: | --- | --: |\n| 1 | Administration /rutiner, IT | 31 |\n"))
    }

    @Test func aVoteWithNothingScoredOrChosenPrintsNothing() throws {
        var room = Recorder()
        try room.addNote("a", "Stress")
        let document = WorkshopRecord.document(room.session)
        #expect(!document.sections.contains { $0.kind == .step("röstning") })
        #expect(document.sections.contains { $0.kind == .step("grupparbete") })
        #expect(!document.sections.contains { $0.kind == .step("paus") }, "a break has nothing to record")
        #expect(MarkdownRenderer.render(document).contains("#### Riskfaktorer\n\n- Stress\n"))
    }

    /// A note typed on several lines (Ctrl-N) keeps its lines: a hard break, the next line
    /// indented under its item, and a line that looks like Markdown stays text.
    @Test func aNoteOnSeveralLinesKeepsItsLineBreaks() throws {
        var room = Recorder()
        try room.addNote("a", "Mer tid\n  för rast\n\n# inte en rubrik\n- inte en punkt")
        let document = WorkshopRecord.document(room.session)
        let markdown = MarkdownRenderer.render(document)
        #expect(
            markdown.contains(
                "#### Riskfaktorer\n\n- Mer tid  \n  för rast  \n  \\# inte en rubrik  \n  \\- inte en punkt\n"),
            "\(markdown)")
        #expect(!markdown.contains("⏎"))
        let html = HTMLRenderer.render(document)
        #expect(html.contains("<li>Mer tid<br/>för rast<br/># inte en rubrik<br/>- inte en punkt</li>"))
        let word = WordRenderer.run(RecordSpan(RecordText.lines("Mer tid\nför rast")))
        #expect(word.contains(">Mer tid</w:t><w:br/><w:t xml:space=\"preserve\">för rast<"))
    }

    @Test func anEnglishPlanGetsEnglishHeadings() throws {
        var plan = try SampleSessions.session("planeringsdagar-2024-resultat").plan
        plan.language = .en
        var session = Session(plan: plan)
        session.replay(try SampleSessions.events("planeringsdagar-2024-resultat"))
        let text = MarkdownRenderer.render(WorkshopRecord.document(session))
        #expect(text.contains("#### Riskfaktorer, ranked\n\n| Place | Riskfaktorer | Points |"))
        #expect(text.contains("**Date:** 3 December 2024"))
        #expect(text.contains("**Go on to the next step**"))
        #expect(text.contains("#### Krav and resurser, results and ranking"))
        #expect(text.contains("Ta hjälp av experter på KSD\u{A0}–\u{A0}no points"))
        #expect(!text.contains("rangordn") && !text.contains("Poäng"))
    }

    @Test func themesHiddenAndMergedNotes() throws {
        let session = try ExportFormatTests.fullSession()
        let risk = session.state.notes(step: "enkat", list: "Riskfaktorer")
        let text = MarkdownRenderer.render(WorkshopRecord.document(session))
        // Themes replace the lists of the step: the theme's notes, then the rest.
        #expect(text.contains("#### Arbetsbelastning\n\n- \(risk[0].text)\n- \(risk[1].text)\n\n#### Utan tema\n"))
        let lists = try #require(text.components(separatedBy: "### Rangordning").first)
        #expect(!lists.contains(risk[7].text), "a hidden note is left out")
        #expect(lists.contains("*1 lapp som processledaren har dolt är inte med.*"))
        // A merged duplicate is folded into the note it joined.
        #expect(lists.contains("- \(risk[4].text)\n"))
        #expect(!text.contains(risk[5].text))
    }

    /// A duplicate from another group is folded into its note, and the note names both groups.
    @Test func notesNameTheirGroupsAndFoldDuplicates() throws {
        var room = Recorder()
        try room.addNote("a", "Hög arbetsbelastning", group: 3)
        try room.addNote("b", "För mycket att göra", group: 1)
        try room.addNote("c", "Otydliga mål")
        try room.commit(.notesMerged(note: "b", into: "a"))
        let text = MarkdownRenderer.render(WorkshopRecord.document(room.session))
        #expect(text.contains("- Hög arbetsbelastning *(grupp 1, 3)*\n- Otydliga mål\n"))
        #expect(!text.contains("För mycket att göra"))
    }

    /// Silent writing the facilitator never revealed is in no record; once revealed, it is.
    @Test func unrevealedSilentWritingIsLeftOut() throws {
        var plan = Fixtures.plan
        plan.steps.append(Step(id: "tyst", kind: .brainwriting, title: "Tyst skrivande", minutes: 5))
        var room = Recorder()
        room.session = Session(plan: plan)
        try room.addNote("p", "Min privata tanke", step: "tyst", list: "")
        #expect(!MarkdownRenderer.render(WorkshopRecord.document(room.session)).contains("Min privata tanke"))
        try room.commit(.resultsRevealed(step: "tyst"))
        #expect(MarkdownRenderer.render(WorkshopRecord.document(room.session)).contains("- Min privata tanke\n"))
    }

    /// The check-in's quote and question, a slide's bullets, a group work's prompts, in step order.
    @Test func stepsKeepTheirText() throws {
        var plan = Fixtures.plan
        plan.steps.insert(Step(id: "syfte", kind: .info, title: "Syfte dag 1", bullets: ["Finna vårt lagom"]), at: 0)
        plan.steps[1].quote = Quote(text: "Två sanningar närmar sig varann.", author: "Okänd poet")
        let text = MarkdownRenderer.render(WorkshopRecord.document(Session(plan: plan)))
        #expect(
            text.contains(
                "### Syfte dag 1\n\n- Finna vårt lagom\n\n### Incheckning\n\n> Två sanningar närmar sig varann.\n>\n> — Okänd poet\n\n**Fråga:** Hur mår du?\n\n### Grupparbete\n\n- Vad är viktigast?\n"
            ))
    }

    @Test func peoplesTextIsMadeSafeAndEscaped() throws {
        var room = Recorder()
        try room.addNote("a", "Rör | inte \u{1B}[2J*detta*")
        try room.addNote("b", "rad ett\nrad två")
        try room.commit(.votesTallied(step: "röstning", tallies: [Tally(note: "a", points: 3)]))
        let text = MarkdownRenderer.render(WorkshopRecord.document(room.session))
        #expect(!text.contains("\u{1B}"))
        // Sanitised first (ESC shows as `^[`), then Markdown's specials escaped; a line break is a space.
        #expect(text.contains("| 1 | Rör \\| inte ^\\[\\[2J\\*detta\\* | 3 |"))
        #expect(text.contains("| – | rad ett rad två | utan poäng |"))
    }

    /// What Markdown reads as a block at the start of a line, or as strike-through and entities,
    /// stays text (QA: "# Rubrik", "> citat", "1. punkt", "~~struken~~", "&amp;" rendered).
    @Test func blockMarksAndEntitiesStayText() {
        #expect(MarkdownRenderer.inline("# Rubrik") == "\\# Rubrik")
        #expect(MarkdownRenderer.inline("> citat") == "\\> citat")
        #expect(MarkdownRenderer.inline("+ punkt") == "\\+ punkt")
        #expect(MarkdownRenderer.inline("1. punkt") == "1\\. punkt")
        #expect(MarkdownRenderer.inline("12) punkt") == "12\\) punkt")
        #expect(MarkdownRenderer.inline("~~struken~~ &amp;") == "\\~\\~struken\\~\\~ \\&amp;")
        #expect(MarkdownRenderer.inline("Mellan 1.5 och 2") == "Mellan 1.5 och 2", "only at the start")
    }

    @Test func datesAreWrittenAsAReaderWritesThem() {
        #expect(RecordWords.dates(["2024-12-03", "2024-12-04"], .sv) == "3–4 december 2024")
        #expect(RecordWords.dates(["2025-02-28", "2025-03-03"], .sv) == "28 februari 2025, 3 mars 2025")
        #expect(RecordWords.dates(["2025-06-01"], .en) == "1 June 2025")
        #expect(RecordWords.dates(["snart"], .sv) == "snart")
        #expect(RecordWords.dates([], .sv) == nil)
    }

    /// The header: the plan's date when its days have none, the place, who led, who took the minutes.
    @Test func theHeaderSaysWhenWhereAndWho() {
        var plan = Fixtures.plan
        plan.days = [Day(title: "Dag 1")]
        plan.date = "2025-03-12"
        plan.place = "Konferensrum Ekan, Storvik"
        plan.steps[0].owners = ["Hanna Vinberg"]
        #expect(
            WorkshopRecord.document(Session(plan: plan)).facts == [
                RecordFact(label: "Datum", value: "12 mars 2025"),
                RecordFact(label: "Plats", value: "Konferensrum Ekan, Storvik"),
                RecordFact(label: "Ansvariga", value: "Hanna Vinberg"),
            ])
        plan.chair = "Jonas Boström"
        plan.minuteTaker = "Ida Grönlund"
        let text = MarkdownRenderer.render(WorkshopRecord.document(Session(plan: plan)))
        #expect(
            text.contains(
                "**Plats:** Konferensrum Ekan, Storvik\n\n**Ordförande:** Jonas Boström\n\n**Sekreterare:** Ida Grönlund\n\n"
            ))
    }

    /// The facilitator's line under a theme (`S` on the theme board) stands under its heading.
    @Test func aThemeCarriesItsSummaryLine() throws {
        var room = Recorder()
        var ids: any IDSource = SeededIDSource(seed: 1)
        try room.addNote("a", "Ett nummer till koordinator")
        try room.commit(.themeCreated(theme: "t1", step: "grupparbete", title: "Organisation och arbetsstruktur"))
        try room.commit(.noteThemed(note: "a", theme: "t1"))
        try room.commit(
            try BoardAction.summariseTheme("t1", summary: "  En väg in för alla ärenden ").changes(
                in: room.session, ids: &ids))
        let text = MarkdownRenderer.render(WorkshopRecord.document(room.session))
        #expect(
            text.contains(
                "#### Organisation och arbetsstruktur\n\n*En väg in för alla ärenden*\n\n- Ett nummer till koordinator\n"
            ))
        #expect(
            ExportDocument(session: room.session, now: WallTime(milliseconds: 0)).steps[1].themes.first?.summary
                == "En väg in för alla ärenden")
        try room.commit(.themeSummarised(theme: "t1", summary: " "))
        #expect(room.session.state.board.themes["grupparbete"]?.first?.summary == nil, "an empty line takes it away")
        #expect(throws: Refusal.unknownTheme("t9")) { try room.commit(.themeSummarised(theme: "t9", summary: "x")) }
    }
}
