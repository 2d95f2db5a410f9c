/// The words of a record, in the plan's language.
enum RecordWords {
    static let dates = Localized(sv: "Datum", en: "Date")
    static let place = Localized(sv: "Plats", en: "Place")
    static let ledBy = Localized(sv: "Ansvariga", en: "Led by")
    static let chair = Localized(sv: "Ordförande", en: "Chair")
    static let minuteTaker = Localized(sv: "Sekreterare", en: "Minutes")
    static let rank = Localized(sv: "Plats", en: "Place")
    static let points = Localized(sv: "Poäng", en: "Points")
    static let notScored = Localized(sv: "ej poängsatt", en: "not scored")
    static let chosen = Localized(sv: "Går vidare till nästa steg", en: "Go on to the next step")
    static func notChosen(_ list: String) -> Localized {
        Localized(sv: "Övriga (\(list))", en: "The others (\(list))")
    }
    static let attendance = Localized(sv: "Närvaro", en: "Attendance")
    static let site = Localized(sv: "Ort", en: "Site")
    static let present = Localized(sv: "Närvarande", en: "Present")
    static let away = Localized(sv: "Ej närvarande", en: "Not present")
    static let remoteMark = Localized(sv: "(på distans)", en: "(remote)")
    static func hereCount(_ here: Int, of all: Int, remote: Int) -> Localized {
        let sv = "\(here) av \(all) närvarande" + (remote > 0 ? ", varav \(remote) på distans." : ".")
        let en = "\(here) of \(all) present" + (remote > 0 ? ", \(remote) of them remote." : ".")
        return Localized(sv: sv, en: en)
    }
    static let groups = Localized(sv: "Grupper", en: "Groups")
    static let group = Localized(sv: "Grupp", en: "Group")
    static let members = Localized(sv: "Deltagare", en: "Members")
    static let minuteNotes = Localized(sv: "Anteckningar", en: "Notes")
    static let decisions = Localized(sv: "Beslut", en: "Decisions")
    static let actions = Localized(sv: "Åtgärder", en: "Actions")
    static let action = Localized(sv: "Åtgärd", en: "Action")
    static let owner = Localized(sv: "Ansvarig", en: "Owner")
    static let due = Localized(sv: "Klart senast", en: "Due")
    static let done = Localized(sv: "Klar", en: "Done")
    static let yes = Localized(sv: "Ja", en: "Yes")
    static let notInTheme = Localized(sv: "Utan tema", en: "In no theme")
    static let question = Localized(sv: "Fråga:", en: "Question:")
    static func group(_ groups: [Int]) -> Localized {
        let list = groups.map(String.init).joined(separator: ", ")
        return groups.count == 1
            ? Localized(sv: "grupp \(list)", en: "group \(list)")
            : Localized(sv: "grupp \(list)", en: "groups \(list)")
    }
    /// "16 p", with a space that never breaks the number from its unit.
    static func points(_ value: Int) -> String { "\(value)\u{00A0}p" }
    static func hidden(_ n: Int) -> Localized {
        n == 1
            ? Localized(sv: "1 lapp som facilitatorn dolt är utelämnad.", en: "1 note the facilitator hid is left out.")
            : Localized(
                sv: "\(n) lappar som facilitatorn dolt är utelämnade.",
                en: "\(n) notes the facilitator hid are left out.")
    }

    static let months = (
        sv: [
            "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
            "november", "december",
        ],
        en: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
    )

    /// The plan's days as a reader writes them: "3–4 december 2024", "3 december 2024",
    /// "28 februari 2025, 3 mars 2025"; ISO dates that do not parse are written as they are.
    static func dates(_ isoDates: [String], _ language: Language) -> String? {
        let parsed = isoDates.map { iso -> (y: Int, m: Int, d: Int)? in
            let parts = iso.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
            return (parts[0], parts[1], parts[2])
        }
        guard !isoDates.isEmpty else { return nil }
        let names = language == .sv ? months.sv : months.en
        guard parsed.allSatisfy({ $0 != nil }) else { return isoDates.joined(separator: ", ") }
        let days = parsed.compactMap { $0 }
        let first = days[0], last = days[days.count - 1]
        let consecutive = zip(days, days.dropFirst()).allSatisfy { $0.y == $1.y && $0.m == $1.m && $1.d == $0.d + 1 }
        if days.count > 1 && consecutive {
            return "\(first.d)–\(last.d) \(names[first.m - 1]) \(first.y)"
        }
        return days.map { "\($0.d) \(names[$0.m - 1]) \($0.y)" }.joined(separator: ", ")
    }
}
