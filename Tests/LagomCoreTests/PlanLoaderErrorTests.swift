import Foundation
import Testing

@testable import LagomCore

/// Malformed plans and the exact message a person editing `plan.json` sees.
/// Each case changes one spot of `base`, so the line:column can be checked by eye.
@Suite struct PlanLoaderErrorTests {
    static let base = """
        {
          "title": "Testdag",
          "language": "sv",
          "days": [{ "title": "Dag 1" }],
          "participants": [
            { "name": "Åsa Ek", "site": "Strandå" },
            { "name": "Nils Berg", "site": "Skogsby" }
          ],
          "steps": [
            { "id": "in", "kind": "checkin", "title": "Incheckning", "question": "Hur mår du?" },
            { "id": "gw", "kind": "groupwork", "title": "Grupparbete", "minutes": 30,
              "prompts": ["Vad är viktigast?"], "lists": ["Risk", "Frisk"] },
            { "id": "rost", "kind": "vote", "title": "Röstning",
              "vote": { "ranks": [{ "step": "gw", "list": "Risk" }], "votesPerPerson": 5, "mode": "tally" } }
          ]
        }
        """

    /// `base` with one piece of text replaced; fails the test if the piece is not there exactly once.
    static func plan(replacing old: String, with new: String) -> String {
        #expect(base.components(separatedBy: old).count == 2, "\(old) must occur once in the base plan")
        return base.replacingOccurrences(of: old, with: new)
    }

    static func firstError(_ text: String) -> String? {
        firstError(Array(text.utf8))
    }

    static func firstError(_ bytes: [UInt8]) -> String? {
        do {
            _ = try PlanLoader.load(bytes, file: "plan.json")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func baseLoads() throws {
        let plan = try PlanLoader.load(Array(Self.base.utf8), file: "plan.json")
        #expect(plan.steps.map(\.id) == ["in", "gw", "rost"])
        #expect(plan.steps[2].vote?.ranks == [ListRef(step: "gw", list: "Risk")])
    }

    // MARK: - Syntax

    @Test func missingCommaBetweenMembers() {
        let text = Self.plan(replacing: "\"minutes\": 30,\n", with: "\"minutes\": 30\n")
        #expect(Self.firstError(text) == "plan.json:12:7: expected ',' or '}' after an object member, found '\"'")
    }

    @Test func trailingCommaInArray() {
        let text = Self.plan(replacing: "[\"Risk\", \"Frisk\"]", with: "[\"Risk\", \"Frisk\",]")
        #expect(Self.firstError(text) == "plan.json:12:66: trailing ',' before ']'; remove the ','")
    }

    @Test func unterminatedString() {
        let text = Self.plan(replacing: "\"Testdag\",", with: "\"Testdag,")
        #expect(
            Self.firstError(text) == "plan.json:2:12: unterminated string: no closing '\"' before the end of the line")
    }

    @Test func unquotedTimeIsExplained() {
        let text = Self.plan(replacing: "\"minutes\": 30,", with: "\"start\": 09:30, \"minutes\": 30,")
        #expect(
            Self.firstError(text)
                == "plan.json:11:73: numbers cannot start with 0; write a time in double quotes, like \"09:30\"")
    }

    @Test func duplicateKeySaysWhereTheFirstOneIs() {
        let text = Self.plan(replacing: "\"minutes\": 30,", with: "\"minutes\": 30, \"minutes\": 45,")
        #expect(
            Self.firstError(text)
                == "plan.json:11:79: steps[1].minutes: duplicate key \"minutes\" (first written at 11:64)")
    }

    @Test func trailingGarbage() {
        #expect(
            Self.firstError(Self.base + "\n}")
                == "plan.json:17:1: expected the end of the file after the top-level value, found '}'")
    }

    @Test func invalidUTF8PointsAtTheByte() {
        // "Åsa" saved as Latin-1: Å is the single byte 0xC5.
        var bytes = Array(Self.base.utf8)
        let aRing = Array("Å".utf8)
        let at = try! #require(bytes.indices.first { Array(bytes[$0..<($0 + 2)]) == aRing })
        bytes.replaceSubrange(at..<(at + 2), with: [0xC5])
        #expect(Self.firstError(bytes) == "plan.json:6:16: invalid UTF-8 (byte 0xC5); save the file as UTF-8")
    }

    @Test func emptyFile() {
        #expect(Self.firstError("  \n") == "plan.json:2:1: the file is empty; expected a JSON value")
    }

    // MARK: - Types and fields

    @Test func stringWhereANumberBelongs() {
        let text = Self.plan(replacing: "\"minutes\": 30", with: "\"minutes\": \"30\"")
        #expect(Self.firstError(text) == "plan.json:11:75: steps[1].minutes: expected a number, found \"30\"")
    }

    @Test func fractionWhereAWholeNumberBelongs() {
        let text = Self.plan(replacing: "\"votesPerPerson\": 5", with: "\"votesPerPerson\": 2.5")
        #expect(
            Self.firstError(text)
                == "plan.json:14:80: steps[2].vote.votesPerPerson: expected a whole number, found 2.5")
    }

    @Test func missingRequiredField() {
        let text = Self.plan(replacing: "\"title\": \"Grupparbete\", ", with: "")
        #expect(Self.firstError(text) == "plan.json:11:5: steps[1]: missing required field \"title\"")
    }

    @Test func unknownFieldWithSuggestion() {
        let text = Self.plan(replacing: "\"minutes\": 30", with: "\"minuts\": 30")
        #expect(
            Self.firstError(text)
                == "plan.json:11:64: steps[1]: unknown field \"minuts\" (did you mean \"minutes\"?); "
                + "a groupwork step's fields: id, kind, title, day, start, minutes, owners, returnAt, timer, bullets, "
                + "number, purpose, material, preparation, lists, noteLimit, parentList, prompts, groupSize, groups, mixBy, "
                + "groupsFrom, roles, pinnedRoles, itemsFrom")
    }

    @Test func unknownStepKind() {
        let text = Self.plan(replacing: "\"kind\": \"vote\"", with: "\"kind\": \"vot\"")
        #expect(
            Self.firstError(text) == "plan.json:13:29: steps[2].kind: unknown step kind \"vot\""
                + " (expected one of: info, checkin, groupwork, vattentrappa, brainwriting, vote, break)")
    }

    @Test func fieldOfAnotherKind() {
        let text = Self.plan(replacing: "\"minutes\": 30,", with: "\"minutes\": 30, \"question\": \"Varför?\",")
        #expect(
            Self.firstError(text)
                == "plan.json:11:79: steps[1]: field \"question\" is not used by groupwork steps (only by: checkin)")
    }

    @Test func oneStringWhereAListBelongs() {
        let text = Self.plan(replacing: "\"lists\": [\"Risk\", \"Frisk\"]", with: "\"lists\": \"Risk\"")
        #expect(
            Self.firstError(text)
                == "plan.json:12:50: steps[1].lists: expected an array of strings, found \"Risk\" (write [\"Risk\"])")
    }

    @Test func columnsCountCharactersNotBytes() {
        // Å and å before the error are one column each, as the editor shows them.
        let text = Self.plan(replacing: "\"site\": \"Strandå\" }", with: "\"site\": \"Strandå\", \"nod\": 1 }")
        // Any other field of a person is one groups can be mixed by, and must be text.
        #expect(Self.firstError(text) == "plan.json:6:51: participants[0].nod: expected a string, found 1")
    }

    @Test func badLanguage() {
        let text = Self.plan(replacing: "\"language\": \"sv\"", with: "\"language\": \"se\"")
        #expect(Self.firstError(text) == "plan.json:3:15: language: unknown language \"se\" (expected one of: sv, en)")
    }

    @Test func badClockTime() {
        let text = Self.plan(replacing: "\"kind\": \"checkin\",", with: "\"kind\": \"checkin\", \"start\": \"25:00\",")
        #expect(
            Self.firstError(text)
                == "plan.json:10:47: steps[0].start: expected a time like \"09:30\" or \"9.30\", found \"25:00\"")
    }

    @Test func numberForAClockTime() {
        let text = Self.plan(replacing: "\"kind\": \"checkin\",", with: "\"kind\": \"checkin\", \"start\": 9.30,")
        #expect(
            Self.firstError(text)
                == "plan.json:10:47: steps[0].start: expected a time in double quotes, like \"09:30\", found 9.30")
    }

    // MARK: - Meaning

    @Test func duplicateStepID() {
        let text = Self.plan(replacing: "\"id\": \"rost\"", with: "\"id\": \"gw\"")
        #expect(
            Self.firstError(text)
                == "plan.json:13:13: steps[2].id: duplicate step id \"gw\" (first at steps[1].id (11:13))")
    }

    @Test func voteRanksAStepThatDoesNotExist() {
        let text = Self.plan(replacing: "\"step\": \"gw\"", with: "\"step\": \"gv\"")
        #expect(
            Self.firstError(text)
                == "plan.json:14:37: steps[2].vote.ranks[0].step: no step has the id \"gv\" (did you mean \"gw\"?)")
    }

    @Test func voteRanksAListThatDoesNotExist() {
        let text = Self.plan(replacing: "\"list\": \"Risk\"", with: "\"list\": \"Risker\"")
        #expect(
            Self.firstError(text) == "plan.json:14:51: steps[2].vote.ranks[0].list:"
                + " step \"gw\" has no list \"Risker\" (did you mean \"Risk\"?) (its lists: \"Risk\", \"Frisk\")")
    }

    @Test func capAboveBudget() {
        let text = Self.plan(replacing: "\"votesPerPerson\": 5,", with: "\"votesPerPerson\": 5, \"maxPerItem\": 6,")
        #expect(
            Self.firstError(text) == "plan.json:14:97: steps[2].vote.maxPerItem:"
                + " 6 is more than votesPerPerson (5); a person cannot give one item more votes than they have")
    }

    @Test func breakNeedsAnEnd() {
        let text = Self.plan(
            replacing: "\n  ]\n}", with: ",\n    { \"id\": \"fika\", \"kind\": \"break\", \"title\": \"Fika\" }\n  ]\n}"
        )
        #expect(Self.firstError(text) == "plan.json:15:5: steps[3]: a break step needs \"minutes\" or \"returnAt\"")
    }

    @Test func dayOutsideThePlan() {
        let text = Self.plan(replacing: "\"id\": \"rost\",", with: "\"id\": \"rost\", \"day\": 2,")
        #expect(
            Self.firstError(text)
                == "plan.json:13:28: steps[2].day: day 2 does not exist (the plan has 1 day, numbered from 1)")
    }

    @Test func zeroMinutes() {
        let text = Self.plan(replacing: "\"minutes\": 30", with: "\"minutes\": 0")
        #expect(Self.firstError(text) == "plan.json:11:75: steps[1].minutes: must be more than 0, found 0")
    }

    @Test func groupSizeUpsideDown() {
        let text = Self.plan(
            replacing: "\"minutes\": 30,", with: "\"minutes\": 30, \"groupSize\": { \"min\": 6, \"max\": 5 },")
        #expect(Self.firstError(text) == "plan.json:11:92: steps[1].groupSize: min 6 is larger than max 5")
    }

    @Test func mixByAnUnknownAttribute() {
        let text = Self.plan(replacing: "\"minutes\": 30,", with: "\"minutes\": 30, \"mixBy\": \"nod\",")
        #expect(
            Self.firstError(text)
                == "plan.json:11:88: steps[1].mixBy: no participant has the field \"nod\" (fields: site)")
    }

    @Test func participantListedTwice() {
        let text = Self.plan(replacing: "\"Nils Berg\"", with: "\"Åsa Ek\"")
        #expect(
            Self.firstError(text)
                == "plan.json:7:15: participants[1].name: participant \"Åsa Ek\" is listed twice (first at participants[0].name (6:15))"
        )
    }

    @Test func checkinNeedsAQuestion() {
        let text = Self.plan(replacing: ", \"question\": \"Hur mår du?\"", with: "")
        #expect(
            Self.firstError(text)
                == "plan.json:10:5: steps[0]: a checkin step needs \"question\" (or \"headings\", for a status round)")
    }

    @Test func voteBeforeTheStepItRanks() {
        let text = Self.plan(replacing: "\"step\": \"gw\"", with: "\"step\": \"rost\"")
        #expect(
            Self.firstError(text) == "plan.json:14:37: steps[2].vote.ranks[0].step:"
                + " step \"rost\" is not before this step; it can only rank notes of an earlier step")
    }

    // MARK: - All errors

    @Test func validateReportsEveryErrorInDocumentOrder() {
        let text = Self.plan(replacing: "\"minutes\": 30", with: "\"minutes\": \"30\"")
            .replacingOccurrences(of: "\"language\": \"sv\"", with: "\"language\": \"de\"")
            .replacingOccurrences(of: "\"title\": \"Röstning\",", with: "")
        #expect(
            PlanLoader.validate(Array(text.utf8), file: "plan.json").map(\.description) == [
                "plan.json:3:15: language: unknown language \"de\" (expected one of: sv, en)",
                "plan.json:11:75: steps[1].minutes: expected a number, found \"30\"",
                "plan.json:13:5: steps[2]: missing required field \"title\"",
            ])
    }

    @Test func semanticErrorsAreAllReported() {
        let text = Self.plan(replacing: "\"minutes\": 30", with: "\"minutes\": 0")
            .replacingOccurrences(of: "\"votesPerPerson\": 5", with: "\"votesPerPerson\": 0")
        #expect(
            PlanLoader.validate(Array(text.utf8), file: "plan.json").map(\.description) == [
                "plan.json:11:75: steps[1].minutes: must be more than 0, found 0",
                "plan.json:14:80: steps[2].vote.votesPerPerson: must be at least 1, found 0",
            ])
    }

    @Test func aCountdownLongerThanADayIsAnErrorThatNamesTheField() {
        // `lagom check` used to pass it, and every start was then refused (timers stop at 24 h).
        let text = Self.plan(replacing: "\"minutes\": 30", with: "\"minutes\": 1500")
        #expect(
            PlanLoader.validate(Array(text.utf8), file: "plan.json").map(\.description) == [
                "plan.json:11:75: steps[1].minutes: must be from 1 to 1440 (24 hours), found 1500"
            ])
        let day = Self.plan(replacing: "\"minutes\": 30", with: "\"minutes\": 1440")
        #expect(PlanLoader.validate(Array(day.utf8), file: "plan.json") == [])
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let plan = try PlanLoader.load([0xEF, 0xBB, 0xBF] + Array(Self.base.utf8), file: "plan.json")
        #expect(plan.title == "Testdag")
    }
}
