import Testing

@testable import LagomCore

@Suite struct JSONParserTests {
    static func syntaxError(_ text: String) -> String? {
        do {
            _ = try JSONParser.parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func valuesAndKeysKeepTheirPositions() throws {
        let root = try JSONParser.parse("{\n  \"ort\": \"Norrhamn\",\n  \"tider\": [\"09:00\", 30]\n}")
        #expect(root.position == JSONPosition(line: 1, column: 1))
        guard case .object(let object) = root.value else { Issue.record("not an object"); return }
        #expect(object.member("ort")?.keyPosition == JSONPosition(line: 2, column: 3))
        #expect(root.node(at: "ort")?.position == JSONPosition(line: 2, column: 10))
        #expect(
            root.node(at: "tider[1]")
                == JSONNode(.number(JSONNumber(text: "30")), at: JSONPosition(line: 3, column: 22)))
        #expect(root.node(at: "tider[2]") == nil)
        #expect(root.position(of: "tider[7]") == JSONPosition(line: 3, column: 12))
    }

    @Test func columnsCountCharactersEvenWhenDecomposed() throws {
        // "å" written as a + combining ring (U+030A) is still one character wide.
        let root = try JSONParser.parse("[\"a\u{030A}ö\", 1]")
        #expect(root.node(at: "[1]")?.position == JSONPosition(line: 1, column: 8))
        #expect(
            Self.syntaxError("[\"a\u{030A}\u{1F600}\" 1]")
                == "1:7: expected ',' or ']' after an array element, found '1'")
    }

    @Test func escapesAndSurrogatePairsDecode() throws {
        let root = try JSONParser.parse(#"["\u00e5\n\"", "\ud83d\ude00", "\/"]"#)
        #expect(
            root.value
                == .array([
                    JSONNode(.string("å\n\""), at: JSONPosition(line: 1, column: 2)),
                    JSONNode(.string("😀"), at: JSONPosition(line: 1, column: 16)),
                    JSONNode(.string("/"), at: JSONPosition(line: 1, column: 32)),
                ]))
    }

    @Test func numbersKeepTheirText() throws {
        let root = try JSONParser.parse("[30, -2.5e3, 0]")
        #expect(root.node(at: "[0]")?.value == .number(JSONNumber(text: "30")))
        guard case .number(let number)? = root.node(at: "[1]")?.value else { Issue.record("not a number"); return }
        #expect(number.int == nil)
        #expect(number.double == -2500)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "1:8: trailing ',' before '}'; remove the ','"),
        ("{'a': 1}", "1:2: strings must be in double quotes (\"), not single quotes"),
        ("{a: 1}", "1:2: expected a key in double quotes or '}', found 'a'"),
        ("[1, 'a']", "1:5: strings must be in double quotes (\"), not single quotes"),
        (
            "{\"a\": Norrhamn}",
            "1:7: expected a value after ':', found Norrhamn without quotes"
                + " (write text in double quotes; the only bare words are true, false and null)"
        ),
        ("{\"a\" 1}", "1:6: expected ':' after the key \"a\", found '1'"),
        ("[1 2]", "1:4: expected ',' or ']' after an array element, found '2'"),
        ("{\"a\": 1", "1:8: expected ',' or '}' after an object member, found the end of the file"),
        ("// note\n{}", "1:1: JSON does not allow comments"),
        ("[\"a\tb\"]", "1:4: tab character inside a string; write \\t instead"),
        ("[\"a\\qb\"]", "1:4: invalid escape '\\q' in a string (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"),
        ("[\"\\ud83d x\"]", "1:3: invalid \\u escape: unpaired surrogate \\uD83D"),
        ("[\"\\u12\"]", "1:3: invalid \\u escape: expected four hex digits"),
        ("[1.]", "1:2: invalid number 1."),
        ("[-]", "1:2: invalid number -"),
        ("{\"a\": 9:30}", "1:7: a time must be written in double quotes, like \"09:30\""),
        ("{\"a\": 1, \"a\": 2}", "1:10: a: duplicate key \"a\" (first written at 1:2)"),
        ("{} {}", "1:4: expected the end of the file after the top-level value, found '{'"),
        ("", "1:1: the file is empty; expected a JSON value"),
    ])
    func syntaxErrors(_ text: String, _ message: String) {
        #expect(Self.syntaxError(text) == message)
    }

    @Test func invalidUTF8IsPlacedAfterTheCharactersBeforeIt() {
        let bytes = Array("{\n  \"ö\": \"".utf8) + [0xE4, 0x22, 0x7D]  // Latin-1 "ä"
        #expect(
            throws: JSONSyntaxError(
                position: JSONPosition(line: 2, column: 9),
                problem: Localized(.jsonInvalidUTF8, ["byte": "E4"]))
        ) {
            try JSONParser.parse(bytes)
        }
    }

    @Test func overlongAndSurrogateEncodingsAreInvalidUTF8() {
        #expect(UTF8Check.firstInvalidOffset(in: [0x22, 0xC0, 0xAF]) == 1)
        #expect(UTF8Check.firstInvalidOffset(in: [0xED, 0xA0, 0x80]) == 0)
        #expect(UTF8Check.firstInvalidOffset(in: [0xF4, 0x90, 0x80, 0x80]) == 0)
        #expect(UTF8Check.firstInvalidOffset(in: Array("å😀".utf8)) == nil)
    }

    @Test func deepNestingIsRefused() {
        let text = String(repeating: "[", count: 150) + String(repeating: "]", count: 150)
        #expect(Self.syntaxError(text) == "1:101: nesting deeper than 100 levels")
    }

    @Test(arguments: [
        "steps[3].minutes", "days[0].title", "steps[5].vote.ranks[0].list", "[2]", "a[\"två ord\"].b", "$",
    ])
    func pathsRoundTrip(_ text: String) throws {
        let path = try #require(JSONPath(parsing: text))
        #expect(path.description == text)
    }

    @Test func pathsBuildUp() {
        #expect(JSONPath.root.appending("steps").appending(3).appending("minutes").description == "steps[3].minutes")
        #expect(JSONPath(parsing: "steps[x]") == nil)
        #expect(JSONPath(parsing: "steps..a") == nil)
    }
}
