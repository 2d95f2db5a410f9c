import Testing

@testable import LagomCore

/// A plan's problems and the agenda's warnings are catalogue texts: the same place in every
/// language, the problem in the language of whoever shows it, and the plan names its language
/// even when it has mistakes.
@Suite struct PlanErrorLanguageTests {
    static let base = PlanLoaderErrorTests.base

    static func problems(_ text: String) -> [PlanError] { PlanLoader.validate(Array(text.utf8), file: "plan.json") }

    /// The first problem of `text` in Swedish and in English.
    static func first(_ text: String) -> (sv: String, en: String)? {
        guard let problem = problems(text).first else { return nil }
        return (problem.text(.sv), problem.text(.en))
    }

    @Test func aWrongTypeIsNamedAtTheSamePlaceInBothLanguages() {
        let text = PlanLoaderErrorTests.plan(replacing: "\"minutes\": 30", with: "\"minutes\": \"tio\"")
        let found = Self.first(text)
        #expect(found?.en == "plan.json:11:75: steps[1].minutes: expected a number, found \"tio\"")
        #expect(found?.sv == "plan.json:11:75: steps[1].minutes: ska vara ett tal, inte \"tio\"")
        #expect(Self.problems(text).first?.description == found?.en, "description stays English")
    }

    @Test func aSyntaxErrorIsSaidInBothLanguages() {
        let text = PlanLoaderErrorTests.plan(replacing: "\"minutes\": 30,\n", with: "\"minutes\": 30\n")
        let found = Self.first(text)
        #expect(found?.en == "plan.json:12:7: expected ',' or '}' after an object member, found '\"'")
        #expect(found?.sv == "plan.json:12:7: ',' eller '}' saknas efter en nyckel och dess värde (hittade '\"')")
        let end = Self.first("{\"title\": ")
        #expect(end?.sv == "plan.json:1:11: ett värde saknas efter ':' (hittade filens slut)")
        #expect(end?.en == "plan.json:1:11: expected a value after ':', found the end of the file")
    }

    @Test func aTimeRangeIsExplainedWithTheTimesOfTheLanguage() {
        let text = PlanLoaderErrorTests.plan(replacing: "\"minutes\": 30", with: "\"minutes\": \"10.00–10.30\"")
        let found = Self.first(text)
        #expect(
            found?.en.hasSuffix("for the time range write \"start\": \"10:00\" and \"returnAt\": \"10:30\"") == true)
        #expect(
            found?.sv.hasSuffix("skriv tidsintervallet som \"start\": \"10.00\" och \"returnAt\": \"10.30\"") == true)
    }

    @Test func anUnknownWordAndFieldAreSaidInSwedish() {
        let kind = PlanLoaderErrorTests.plan(replacing: "\"kind\": \"vote\"", with: "\"kind\": \"vot\"")
        #expect(
            Self.first(kind)?.sv
                == "plan.json:13:29: steps[2].kind: stegtypen kan inte vara \"vot\" (tillåtna värden: info, checkin, groupwork, vattentrappa, brainwriting, vote, break)"
        )
        let field = PlanLoaderErrorTests.plan(replacing: "\"minutes\": 30", with: "\"minuts\": 30")
        let sv = Self.first(field)?.sv ?? ""
        #expect(
            sv.hasPrefix(
                "plan.json:11:64: steps[1]: okänt fält \"minuts\" (menade du \"minutes\"?); fälten för ett groupwork-steg: "
            ), "\(sv)")
    }

    /// "1 dag", "2 dagar": the catalogue agrees the number, in both languages.
    @Test func aMissingDayAgreesWithTheDaysThePlanHas() {
        let text = PlanLoaderErrorTests.plan(replacing: "\"minutes\": 30", with: "\"minutes\": 30, \"day\": 3")
        #expect(
            Self.first(text)?.sv
                == "plan.json:11:86: steps[1].day: dag 3 finns inte (planen har 1 dag, numrerad från 1)")
        #expect(
            Self.first(text)?.en
                == "plan.json:11:86: steps[1].day: day 3 does not exist (the plan has 1 day, numbered from 1)")
        let two = text.replacingOccurrences(
            of: "[{ \"title\": \"Dag 1\" }]", with: "[{ \"title\": \"Dag 1\" }, { \"title\": \"Dag 2\" }]")
        #expect(Self.first(two)?.sv.hasSuffix("dag 3 finns inte (planen har 2 dagar, numrerade från 1)") == true)
        #expect(Self.first(two)?.en.hasSuffix("(the plan has 2 days, numbered from 1)") == true)
    }

    @Test func aLikelyStepIdIsSuggestedInBothLanguages() {
        let text = PlanLoaderErrorTests.plan(replacing: "\"step\": \"gw\"", with: "\"step\": \"gx\"")
        let found = Self.first(text)
        #expect(
            found?.sv.hasSuffix("steps[2].vote.ranks[0].step: inget steg har id \"gx\" (menade du \"gw\"?)") == true)
        #expect(
            found?.en.hasSuffix("steps[2].vote.ranks[0].step: no step has the id \"gx\" (did you mean \"gw\"?)") == true
        )
    }

    /// The agenda's warnings: Swedish times with a point, the speakers agreeing in number.
    @Test func theAgendasWarningsAreSaidInSwedish() {
        let text = AgendaCheckTests.plan([
            #"{ "id": "a", "kind": "info", "title": "Opening", "start": "09:00", "minutes": 15 }"#,
            #"{ "id": "b", "kind": "info", "title": "Budget", "start": "09:10", "minutes": 10 }"#,
            #"{ "id": "c", "kind": "info", "title": "Paus", "start": "09:30", "minutes": 5 }"#,
            #"{ "id": "d", "kind": "checkin", "title": "Status", "minutes": 1, "roundBy": "site", "secondsPerPerson": 60, "headings": ["Klart"] }"#,
        ])
        let warnings = PlanLoader.warnings(Array(text.utf8), file: "plan.json")
        let sv = warnings.map { $0.text(.sv) }
        #expect(
            sv.contains {
                $0.hasSuffix(
                    "steps[1].start: börjar 09.10, innan steps[0] \"Opening\" slutar (09.15): punkterna överlappar")
            }, "\(sv)")
        #expect(
            sv.contains {
                $0.contains("steps[2].start: 10 min oplanerad tid mellan slutet av steps[1] \"Budget\" (09.20)")
            }, "\(sv)")
        #expect(
            sv.contains {
                $0.contains(
                    "rundan får inte plats: 3 arbetsplatser × 60 s = 3 min, men punkten har 1 min (högst 20 s var)")
            }, "\(sv)")
        let en = warnings.map(\.description)
        #expect(en.contains { $0.contains("the round cannot fit: 3 units × 60 s = 3 min") }, "\(en)")
    }

    @Test func aPlanNamesItsLanguageEvenWithMistakes() {
        #expect(PlanLoader.language(of: Array(Self.base.utf8)) == .sv)
        let wrongType = PlanLoaderErrorTests.plan(replacing: "\"minutes\": 30", with: "\"minutes\": \"tio\"")
        #expect(PlanLoader.language(of: Array(wrongType.utf8)) == .sv)
        let notJSON = PlanLoaderErrorTests.plan(replacing: "\"minutes\": 30,\n", with: "\"minutes\": 30\n")
        #expect(PlanLoader.language(of: Array(notJSON.utf8)) == .sv)
        #expect(Self.problems(notJSON).first?.planLanguage == .sv)
        #expect(Self.problems(wrongType).first?.planLanguage == .sv)
        #expect(PlanLoader.language(of: Array("{ \"language\" : \"en\", ".utf8)) == .en)
        #expect(PlanLoader.language(of: Array("{ \"title\": \"x\",".utf8)) == nil)
        #expect(PlanLoader.language(of: Array("{ \"language\": \"fi\" }".utf8)) == nil)
        #expect(PlanLoader.language(of: Array("{ \"language\": 3, \"x\": [".utf8)) == nil)
        // Only the plan's own field counts, not the word inside a step.
        #expect(PlanLoader.language(of: Array("{ \"steps\": [{ \"language\": \"sv\" }] }".utf8)) == nil)
    }

    /// Every problem of many broken plans is filled in both languages: no `{placeholder}` is left.
    @Test func everyProblemIsFilledInBothLanguages() throws {
        let placeholder = try Regex(#"\{[A-Za-z0-9]+\}"#)
        let broken = [
            ("\"minutes\": 30", "\"minutes\": -1, \"noteLimit\": 99999, \"day\": 0"),
            ("\"votesPerPerson\": 5", "\"votesPerPerson\": 0, \"maxPerItem\": 9, \"advance\": 0"),
            ("\"id\": \"in\"", "\"id\": \"gw\""), ("\"list\": \"Risk\"", "\"list\": \"Rsk\""),
            ("\"title\": \"Testdag\"", "\"title\": \" \", \"date\": \"2024-13-01\""),
            ("\"site\": \"Strandå\"", "\"site\": \"Strandå\", \"attendance\": \"late\", \"reason\": \"kurs\""),
            ("\"mode\": \"tally\"", "\"mode\": \"dots\""), ("\"minutes\": 30", "\"minutes\": 30,,"),
            ("\"question\": \"Hur mår du?\"", "\"question\": 'Hur'"),
            ("\"prompts\": [\"Vad är viktigast?\"]", "\"prompts\": \"Vad?\""),
        ]
        for (old, new) in broken {
            let problems = Self.problems(PlanLoaderErrorTests.plan(replacing: old, with: new))
            #expect(!problems.isEmpty, "\(new)")
            for problem in problems {
                for language in Language.allCases {
                    #expect(!problem.text(language).contains(placeholder), "\(language): \(problem.text(language))")
                }
                #expect(problem.text(.sv) != problem.text(.en), "\(problem.description) has no Swedish")
            }
        }
    }
}
