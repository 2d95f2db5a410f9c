/// The words of a record, in the plan's language.
enum RecordWords {
    static let dates = Localized(.recDate)
    static let place = Localized(.recPlace)
    static let ledBy = Localized(.recLedBy)
    static let chair = Localized(.recChair)
    static let minuteTaker = Localized(.recMinutes)
    static let rank = Localized(.recPlace)
    static let points = Localized(.recPoints)
    static let notScored = Localized(.recNotScored)
    static let chosen = Localized(.recGoOn)
    static func notChosen(_ list: String) -> Localized {
        Localized(.recOthers, ["list": list])
    }
    static let attendance = Localized(.recAttendance)
    static let site = Localized(.recSite)
    static let present = Localized(.recPresent)
    static let away = Localized(.recNotPresent)
    static let remoteMark = Localized(.recRemote)
    static func hereCount(_ here: Int, of all: Int, remote: Int) -> Localized {
        guard remote > 0 else { return Localized(.recHereCount, ["here": here, "all": all]) }
        return Localized(.recHereCountRemote, ["here": here, "all": all, "remote": remote])
    }
    static let groups = Localized(.recGroups)
    static let group = Localized(.recGroup)
    static let members = Localized(.recMembers)
    static let minuteNotes = Localized(.recNotes)
    static let decisions = Localized(.recDecisions)
    static let actions = Localized(.recActions)
    static let action = Localized(.recAction)
    static let owner = Localized(.recOwner)
    static let due = Localized(.recDue)
    static let done = Localized(.recDone)
    static let yes = Localized(.recYes)
    static let notInTheme = Localized(.recInNoTheme)
    static let question = Localized(.recQuestion)
    static func group(_ groups: [Int]) -> Localized {
        let list = groups.map(String.init).joined(separator: ", ")
        return Localized(.recGroupList, ["count": groups.count, "list": list])
    }
    /// "16 p", with a space that never breaks the number from its unit.
    static func points(_ value: Int) -> String { "\(value)\u{00A0}p" }
    static func hidden(_ n: Int) -> Localized {
        Localized(.recHiddenNotes, ["count": n])
    }

    /// The months' names, January first.
    static func months(_ language: Language) -> [String] {
        Catalogue.text(.monthNames, language).split(separator: " ").map(String.init)
    }

    /// The plan's days as a reader writes them: "3–4 december 2024", "3 december 2024",
    /// "28 februari 2025, 3 mars 2025"; ISO dates that do not parse are written as they are.
    static func dates(_ isoDates: [String], _ language: Language) -> String? {
        let parsed = isoDates.map { iso -> (y: Int, m: Int, d: Int)? in
            let parts = iso.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
            return (parts[0], parts[1], parts[2])
        }
        guard !isoDates.isEmpty else { return nil }
        let names = months(language)
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
