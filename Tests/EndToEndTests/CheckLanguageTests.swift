import Foundation
import Testing

/// `lagom check` explains a plan's mistakes in the plan's language, read even from a plan with
/// mistakes; `--lang` overrides it; a plan whose language cannot be read gets the locale's.
@Suite struct CheckLanguageTests {
    /// A small plan in `language`, its one step's minutes written as `minutes`.
    static func plan(language: String, minutes: String, comma: String = ",") -> String {
        """
        {
          "title": "Planeringsmöte", "language": "\(language)"\(comma)
          "days": [{ "title": "Dag 1" }],
          "participants": [{ "name": "Åsa Ek", "site": "Strandå" }, { "name": "Nils Berg", "site": "Skogsby" }],
          "steps": [
            { "id": "gw", "kind": "groupwork", "title": "Grupparbete", "minutes": \(minutes), "prompts": ["Vad?"] }
          ]
        }
        """
    }

    static func check(
        _ plan: String, _ arguments: [String] = [], locale: String? = nil
    ) throws -> (
        err: String, status: Int32
    ) {
        let session = try LagomProcess.scratchSession(planJSON: plan)
        defer { try? FileManager.default.removeItem(atPath: session) }
        let result = try LagomProcess.run(["check", session] + arguments, locale: locale)
        #expect(result.out == "")
        return (result.err.replacingOccurrences(of: session + "/", with: ""), result.status)
    }

    @Test func aSwedishPlansMistakeIsSaidInSwedishUnlessLangSaysEnglish() throws {
        let plan = Self.plan(language: "sv", minutes: "\"tio\"")
        let swedish = try Self.check(plan)
        #expect(swedish.status == 1)
        #expect(swedish.err == "plan.json:6:75: steps[0].minutes: ska vara ett tal, inte \"tio\"\n")
        let english = try Self.check(plan, ["--lang", "en"])
        #expect(english.err == "plan.json:6:75: steps[0].minutes: expected a number, found \"tio\"\n")
    }

    @Test func anEnglishPlansMistakeIsSaidInEnglishWhateverTheLocaleUnlessLangSaysSwedish() throws {
        let plan = Self.plan(language: "en", minutes: "0")
        let english = try Self.check(plan, locale: "sv_SE.UTF-8")
        #expect(english.status == 1)
        #expect(english.err == "plan.json:6:75: steps[0].minutes: must be more than 0, found 0\n")
        let swedish = try Self.check(plan, ["--lang=sv"])
        #expect(swedish.err == "plan.json:6:75: steps[0].minutes: måste vara mer än 0, inte 0\n")
    }

    /// A missing comma: the file is no JSON, but its `"language"` can still be read.
    @Test func aSwedishPlanThatIsNoJSONIsStillExplainedInSwedish() throws {
        let plan = Self.plan(language: "sv", minutes: "30", comma: "")
        let swedish = try Self.check(plan)
        #expect(swedish.status == 1)
        #expect(swedish.err == "plan.json:3:3: ',' eller '}' saknas efter en nyckel och dess värde (hittade '\"')\n")
        #expect(try Self.check(plan, ["--lang", "en"]).err.hasSuffix("after an object member, found '\"'\n"))
    }

    /// No language to read: the locale's, else English.
    @Test func aPlanWithoutALanguageGetsTheLocales() throws {
        let plan = "{ \"title\": \"Möte\" \"days\": [] }"
        #expect(try Self.check(plan).err == "plan.json:1:19: expected ',' or '}' after an object member, found '\"'\n")
        #expect(
            try Self.check(plan, locale: "sv_SE.UTF-8").err
                == "plan.json:1:19: ',' eller '}' saknas efter en nyckel och dess värde (hittade '\"')\n")
    }

    /// A pane that cannot open a broken plan says why in the plan's language, "Fel:" included.
    @Test func aPaneRefusesABrokenSwedishPlanInSwedish() throws {
        let session = try LagomProcess.scratchSession(planJSON: Self.plan(language: "sv", minutes: "\"tio\""))
        defer { try? FileManager.default.removeItem(atPath: session) }
        let pane = try LagomProcess.run(["timekeeper", session])
        #expect(pane.status != 0)
        #expect(pane.err == "Fel: \(session)/plan.json:6:75: steps[0].minutes: ska vara ett tal, inte \"tio\"\n")
        let english = try LagomProcess.run(["timekeeper", session, "--lang", "en"])
        #expect(english.err == "Error: \(session)/plan.json:6:75: steps[0].minutes: expected a number, found \"tio\"\n")
    }

    /// The agenda's warnings of a Swedish plan: Swedish words, times with a point.
    @Test func aSwedishAgendasWarningsAreSaidInSwedish() throws {
        let plan = """
            { "title": "Samordning", "language": "sv", "days": [{ "title": "Möte" }],
              "participants": [{ "name": "Åsa Ek", "site": "Strandå" }],
              "steps": [
                { "id": "a", "kind": "info", "title": "Inledning", "start": "09.00", "minutes": 15 },
                { "id": "b", "kind": "info", "title": "Budget", "start": "09.10", "minutes": 10 }
              ] }
            """
        let session = try LagomProcess.scratchSession(planJSON: plan)
        defer { try? FileManager.default.removeItem(atPath: session) }
        let result = try LagomProcess.run(["check", session])
        #expect(result.status == 0)
        #expect(
            result.err
                == "varning: \(session)/plan.json:5:62: steps[1].start: börjar 09.10, innan steps[0] \"Inledning\" slutar (09.15): punkterna överlappar\n"
        )
        let english = try LagomProcess.run(["check", session, "--lang", "en"])
        #expect(
            english.err.hasSuffix(
                "steps[1].start: starts at 09:10, before steps[0] \"Inledning\" ends (09:15): the items overlap\n"))
    }
}
