import Testing

@testable import LagomCore

/// Placeholders, number agreement and the Swedish and English ways of writing numbers and times.
@Suite struct TextFormatTests {
    @Test func aPluralAgreesWithItsCount() {
        #expect(Localized(.notesCount, ["count": 1]).sv == "1 lapp")
        #expect(Localized(.notesCount, ["count": 2]).sv == "2 lappar")
        #expect(Localized(.notesCount, ["count": 0]).en == "0 notes")
        #expect(Localized(.groupsToForm, ["count": 1, "mix": ""]).sv == "1 grupp")
        #expect(Localized(.groupsOfSize, ["count": 1, "sizes": "17", "mix": ""]).sv == "1 grupp om 17")
        #expect(Localized(.groupsOfSize, ["count": 3, "sizes": "5–6", "mix": ""]).en == "3 groups of 5–6")
    }

    @Test func placeholdersAreFilledByName() {
        #expect(Catalogue.fill("{a} och {b}", .sv, ["b": .words("Bo"), "a": .number(2)]) == "2 och Bo")
        #expect(Catalogue.fill("{saknas} kvar", .sv, [:]) == "{saknas} kvar")
        #expect(Catalogue.fill("{ inte } {}", .sv, [:]) == "{ inte } {}")
        #expect(Catalogue.placeholders("Grupp {group} i {title}") == ["group", "title"])
    }

    @Test func aTextArgumentIsResolvedInTheSameLanguage() {
        let kind = Localized(.kindBreak)
        #expect(Catalogue.fill("– {kind} –", .sv, ["kind": .text(kind)]) == "– Paus –")
        #expect(Catalogue.fill("– {kind} –", .en, ["kind": .text(kind)]) == "– Break –")
    }

    @Test func numbersAreGroupedFromTenThousand() {
        #expect(TextFormat.number(9999, .sv) == "9999")
        #expect(TextFormat.number(10_000, .sv) == "10\u{202F}000")
        #expect(TextFormat.number(1_234_567, .sv) == "1\u{202F}234\u{202F}567")
        #expect(TextFormat.number(10_000, .en) == "10,000")
        #expect(TextFormat.number(-12_000, .sv) == "−12\u{202F}000")
        #expect(DisplayWidth.of(TextFormat.number(10_000, .sv)) == 6)
    }

    @Test func timesOfDayHaveAPointInSwedish() {
        #expect(TextFormat.clock(ClockTime(hour: 9, minute: 30), .sv) == "09.30")
        #expect(TextFormat.clock(ClockTime(hour: 9, minute: 30), .en) == "09:30")
        #expect(Localized(.backAt, ["time": ClockTime(hour: 14, minute: 5)]).sv == "Åter 14.05")
    }

    @Test func aMissingKeyShowsItsName() {
        #expect(Catalogue.text(TextKey("ingenSådan"), .sv) == "{ingenSådan}")
    }
}
