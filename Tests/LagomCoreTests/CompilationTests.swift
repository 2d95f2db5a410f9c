import Foundation
import Testing
@testable import LagomCore

/// `lagom export --format markdown`: the day's compilation, as seed 000's last pages lay it out.
@Suite struct CompilationTests {
    /// The results sample's compilation ships beside it; `LAGOM_RECORD_SNAPSHOTS=1` rewrites it.
    static let shipped = SampleSessions.root
        .appendingPathComponent("planeringsdagar-2024-resultat").appendingPathComponent("sammanstallning.md")

    @Test func resultsSampleMatchesTheShippedCompilation() throws {
        let actual = Compilation.markdown(try SampleSessions.session("planeringsdagar-2024-resultat"))
        if ProcessInfo.processInfo.environment["LAGOM_RECORD_SNAPSHOTS"] == "1" {
            try actual.write(to: Self.shipped, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: Self.shipped, encoding: .utf8)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(actual == expected, "first difference at line \((first?.offset ?? min(a.count, e.count)) + 1): \(first.map { "\($0.element.0)" } ?? "(length)")")
    }

    /// The parts a reader looks for, spelled out: ranks with ties, points, unscored, chosen, the nested table.
    @Test func resultsSampleHasTheSeedsTables() throws {
        let text = Compilation.markdown(try SampleSessions.session("planeringsdagar-2024-resultat"))
        #expect(text.hasPrefix("# Planeringsdagar 2024 – resultat\n"))
        #expect(text.contains("#### Riskfaktorer, rangordnade\n\n| Plats | Riskfaktorer | Poäng |\n| --: | --- | --: |\n| 1 | Administration /rutiner, IT | 31 p |\n"))
        #expect(text.contains("| 6 | Självledarskap i att ta rast/gå hem i tid | 5 p |\n| 6 | Tillit mellan chef och medarbetare | 5 p |\n| 8 | Tydliga ramar | 3 p |"))
        #expect(text.contains("**Går vidare till nästa steg**\n\n1. Hålla tidsramar enligt prioriteringslista\n2. Uppföljning av undernäringens ärenden\n"))
        #expect(text.contains("#### Krav och resurser, resultat och rangordning\n\n**Hålla tidsramar enligt prioriteringslista** – Varifrån: Verksamheten, mej själv\n\n| Plats | Resurser | Poäng |"))
        #expect(text.contains("| – | Ta hjälp av experter på KSD | ej poängsatt |"))
        #expect(text.contains("| 3 | Se över arbetsmetoder | 0 p |"))
    }

    @Test func anEnglishPlanGetsEnglishHeadings() throws {
        let swedish = try SampleSessions.session("planeringsdagar-2024-resultat")
        var plan = swedish.plan
        plan.language = .en
        var session = Session(plan: plan)
        session.replay(try SampleSessions.events("planeringsdagar-2024-resultat"))
        let text = Compilation.markdown(session)
        #expect(text.contains("#### Riskfaktorer, ranked\n\n| Place | Riskfaktorer | Points |"))
        #expect(text.contains("**Go on to the next step**"))
        #expect(text.contains("#### Krav and resurser, results and ranking"))
        #expect(text.contains("| – | Ta hjälp av experter på KSD | not scored |"))
        #expect(!text.contains("rangordn") && !text.contains("Poäng"))
    }

    @Test func themesHiddenAndMergedNotes() throws {
        let session = try ExportFormatTests.fullSession()
        let risk = session.state.notes(step: "enkat", list: "Riskfaktorer")
        let text = Compilation.markdown(session)
        // Themes replace the lists of the step: the theme's notes, then the rest.
        #expect(text.contains("#### Arbetsbelastning\n\n- \(risk[0].text)\n- \(risk[1].text)\n\n#### Utan tema\n"))
        // The hidden note is left out of the lists (it still counts in the vote's table) and counted.
        let lists = try #require(text.components(separatedBy: "### Rangordning").first)
        #expect(!lists.contains(risk[7].text))
        #expect(lists.contains("*1 lapp som facilitatorn dolt är utelämnad.*"))
        // A merged duplicate follows the note it joined.
        #expect(lists.contains("- \(risk[4].text) (även: \(risk[5].text))\n"))
    }

    @Test func peoplesTextIsMadeSafeAndEscaped() throws {
        var room = Recorder()
        try room.addNote("a", "Rör | inte \u{1B}[2J*detta*")
        try room.commit(.votesTallied(step: "röstning", tallies: [Tally(note: "a", points: 3)]))
        let text = Compilation.markdown(room.session)
        #expect(!text.contains("\u{1B}"))
        // Sanitised first (ESC shows as `^[`), then Markdown's specials escaped.
        #expect(text.contains("- Rör | inte ^\\[\\[2J\\*detta\\*\n"))
        #expect(text.contains("| 1 | Rör \\| inte ^\\[\\[2J\\*detta\\* | 3 p |"))
    }

    /// What Markdown reads as a block at the start of a line, or as strike-through and entities,
    /// stays text (QA: "# Rubrik", "> citat", "1. punkt", "~~struken~~", "&amp;" rendered).
    @Test func blockMarksAndEntitiesStayText() {
        #expect(Compilation.inline("# Rubrik") == "\\# Rubrik")
        #expect(Compilation.inline("> citat") == "\\> citat")
        #expect(Compilation.inline("+ punkt") == "\\+ punkt")
        #expect(Compilation.inline("1. punkt") == "1\\. punkt")
        #expect(Compilation.inline("12) punkt") == "12\\) punkt")
        #expect(Compilation.inline("~~struken~~ &amp;") == "\\~\\~struken\\~\\~ \\&amp;")
        #expect(Compilation.inline("Mellan 1.5 och 2") == "Mellan 1.5 och 2", "only at the start")
    }
}
