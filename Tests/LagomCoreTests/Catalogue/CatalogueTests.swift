import Foundation
import Testing

@testable import LagomCore

/// The catalogue as a whole: both languages have the same keys and placeholders, every key is
/// used, and the words docs/terminology.md bans are in no text.
@Suite struct CatalogueTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let catalogueFolder = "Sources/LagomCore/Catalogue/"

    @Test func bothLanguagesHaveTheSameKeys() {
        let swedish = Set(Catalogue.table(.sv).keys)
        let english = Set(Catalogue.table(.en).keys)
        #expect(CatalogueAudit.count(.plural("n", one: "1", other: "{n}")) == "n")
        #expect(CatalogueAudit.onlyInOne(swedish, english).isEmpty)
        for key in swedish.subtracting(english) { Issue.record("\(key) is in the Swedish table, not the English") }
        for key in english.subtracting(swedish) { Issue.record("\(key) is in the English table, not the Swedish") }
    }

    @Test func everyDeclaredKeyHasATextAndEveryTextADeclaredKey() throws {
        let declared = try CatalogueAudit.declaredKeys(root: Self.root)
        #expect(declared.count > 50)
        let tabled = Set(Catalogue.table(.sv).keys.map(\.name)).union(Catalogue.table(.en).keys.map(\.name))
        for name in declared.subtracting(tabled) { Issue.record("\(name) is declared in Keys/ but has no text") }
    }

    @Test func noKeyIsInTwoAreas() {
        for language in Language.allCases {
            #expect(Catalogue.keysInTwoAreas(language).isEmpty, "\(language): \(Catalogue.keysInTwoAreas(language))")
        }
    }

    @Test func bothLanguagesHaveTheSamePlaceholders() {
        for (key, swedish) in Catalogue.table(.sv) {
            guard let english = Catalogue.table(.en)[key] else { continue }
            let sv = CatalogueAudit.placeholders(swedish)
            let en = CatalogueAudit.placeholders(english)
            #expect(sv == en, "\(key): Swedish has \(sv.sorted()), English \(en.sorted())")
        }
    }

    /// A text agrees with the same number in both languages (the count need not be shown:
    /// "alla grupper har 3–4 arbetsplatser" agrees with the larger).
    @Test func bothLanguagesAgreeWithTheSameCount() {
        for (key, swedish) in Catalogue.table(.sv) {
            guard let english = Catalogue.table(.en)[key] else { continue }
            #expect(CatalogueAudit.count(swedish) == CatalogueAudit.count(english), "\(key)")
        }
    }

    @Test func everyKeyIsUsedInSources() throws {
        let sources = try CatalogueAudit.sourcesOutsideTheCatalogue()
        let all = sources.map(\.text).joined(separator: "\n")
        let used = CatalogueAudit.usedKeyNames(in: all)
        for key in Catalogue.table(.sv).keys where !used.contains(key.name) {
            Issue.record("\(key) is in the catalogue but no source uses it (Localized(.\(key)…))")
        }
    }

    @Test func noTextUsesAWordTheTerminologyBans() throws {
        let banned = try CatalogueAudit.bannedWords(root: Self.root)
        #expect(banned[.sv]?.contains("facilitator") == true)
        for language in Language.allCases {
            for (key, entry) in Catalogue.table(language) {
                for form in entry.forms {
                    for word in banned[language] ?? [] where CatalogueAudit.contains(form, word: word) {
                        Issue.record("\(language) \(key): \"\(form)\" uses \"\(word)\" (docs/terminology.md)")
                    }
                }
            }
        }
    }

    /// The words issue 19 found in the Swedish screens ("Now" in its table) stay banned, so none
    /// comes back: each is a banned word of docs/terminology.md or starts with one.
    @Test func theWordsTheReviewReplacedStayBanned() throws {
        let banned = try CatalogueAudit.bannedWords(root: Self.root)[.sv] ?? []
        let replaced = [
            "starta om projektorn", "facilitatorn", "blanda från noderna", "Teman och moderering",
            "Inga gruppers timrar att starta här.", "Ej poängsatta", "ej poängsatt", "ingen poäng", "Start/paus",
            "Sudda siffra", "Lapparna är visade: nu delar vi.", "ej startat", "lapp k3x9a utbruten",
            "Lägg röstsedeln", "1 grupper om 17", "Redigerar lapp",
            // The read-through at 80×24 (docs/terminology.md): one word for "has the floor", one for merged.
            "Talar nu", "Lappen är inte ihopslagen", "Dela upp ihopslagna",
        ]
        for text in replaced {
            #expect(banned.contains { CatalogueAudit.contains(text, word: $0) }, "\"\(text)\" is not banned")
        }
        // English that copied the Swedish "har ordet" and the Swedish name of the water staircase.
        let bannedInEnglish = try CatalogueAudit.bannedWords(root: Self.root)[.en] ?? []
        for text in ["No group has the word yet.", "the word to group 2", "a vattentrappa"] {
            #expect(bannedInEnglish.contains { CatalogueAudit.contains(text, word: $0) }, "\"\(text)\" is not banned")
        }
    }

    /// A name or a text named inside a message is quoted as code quotes it (`ScreenMessages.quoted`,
    /// refusals): straight `"…"` in both languages. Typographic marks frame only a quotation shown
    /// as itself, the stage's check-in quote.
    @Test func namesInMessagesAreQuotedOneWay() {
        for language in Language.allCases {
            for (key, entry) in Catalogue.table(language) where key != .stageQuote {
                for form in entry.forms {
                    #expect(!form.contains { "”“»«„".contains($0) }, "\(language) \(key): \"\(form)\"")
                }
            }
        }
        #expect(Catalogue.text(.stageQuote, .sv, ["quote": .words("Mod")]) == "”Mod”")
    }

    @Test func noTextHasStraySpaces() {
        for language in Language.allCases {
            for (key, entry) in Catalogue.table(language) {
                for form in entry.forms {
                    #expect(form == form.trimmingCharacters(in: .whitespaces), "\(language) \(key): \"\(form)\"")
                    #expect(!form.contains("  "), "\(language) \(key): two spaces in \"\(form)\"")
                }
            }
        }
    }

    /// Texts live in the catalogue: no file outside it writes a pair in place (`Localized(sv: …)`,
    /// `language == .sv ? "…" : "…"`) or chooses by language at all, except those still being moved.
    @Test func noFileOutsideTheCatalogueWritesATextOfItsOwn() throws {
        let sources = try CatalogueAudit.sourcesOutsideTheCatalogue()
        #expect(sources.count > 100)
        for source in sources where CatalogueAudit.stillMoving[source.path] == nil {
            #expect(!CatalogueAudit.writesAPair(source.text), "\(source.path): move its texts into the catalogue")
        }
    }

    /// The audit itself finds what it should, so the tests above can fail.
    @Test func theAuditFindsWhatItLooksFor() {
        #expect(CatalogueAudit.writesAPair("x = Localized(\n    sv: \"a\", en: \"b\")"))
        #expect(!CatalogueAudit.writesAPair("x = Localized(.saved)"))
        #expect(CatalogueAudit.writesAPair(#"let of = language == .sv ? "av" : "of""#))
        #expect(CatalogueAudit.writesAPair(#"let (a, b) = sv ? ("Sida ", " av ") : ("Page ", " of ")"#))
        #expect(CatalogueAudit.writesAPair(#"return isSwedish ? x : y"#))
        #expect(CatalogueAudit.writesAPair("switch language {\ncase .sv: [\"Gör\"]\ncase .en: [\"Make\"]\n}"))
        #expect(CatalogueAudit.writesAPair(#"static let header = (sv: ["Steg"], en: ["Step"])"#))
        #expect(!CatalogueAudit.writesAPair("// language == .sv ? \"av\" : \"of\" was the old way"))
        #expect(CatalogueAudit.writesAPair("let separator = language == .sv ? thinSpace : comma"))
        #expect(CatalogueAudit.writesAPair("if context.language != .en { title += suffix }"))
        #expect(CatalogueAudit.writesAPair("switch language {\ncase .en: english\ncase .sv: swedish\n}"))
        #expect(!CatalogueAudit.writesAPair("let language: Language = .sv"))
        #expect(!CatalogueAudit.writesAPair("if key == .enter { return }"))
        #expect(CatalogueAudit.usedKeyNames(in: "Localized(\n .saved, [:]) TextKey.undone") == ["saved", "undone"])
        #expect(
            CatalogueAudit.usedKeyNames(in: "Localized(done ? .kindVote : .kindBreak, [:])") == [
                "kindVote", "kindBreak",
            ])
        #expect(CatalogueAudit.contains("Facilitatorn visar", word: "facilitator"))
        #expect(CatalogueAudit.contains("nu ejder", word: "ej"))  // a banned word is banned as a start
        #expect(CatalogueAudit.contains("ej startat", word: "ej"))
        #expect(!CatalogueAudit.contains("vej", word: "ej"))
        #expect(
            CatalogueAudit.placeholders(.plural("n", one: "1 lapp", other: "{n} lappar i {list}")) == ["n", "list"])
        #expect(CatalogueAudit.count(.plural("n", one: "1", other: "{n}")) == "n")
        #expect(CatalogueAudit.onlyInOne([TextKey("a")], [TextKey("b")]).count == 2)
    }
}
