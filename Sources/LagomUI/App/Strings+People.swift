import LagomCore

/// The words of attendance and groups.
enum PeopleStrings {
    /// "blandade mellan arbetsplatserna", or the plan's own word for its `mixBy` field.
    static func mixedBy(_ field: String) -> Localized {
        field == "site" ? Localized(.mixedBySite) : Localized(.mixedByField, ["field": field])
    }

    /// "alla grupper har 3–4 arbetsplatser", "alla grupper har 2 olika enhet".
    static func mixQuality(_ fewest: Int, _ most: Int, field: String) -> Localized {
        let span = fewest == most ? "\(fewest)" : "\(fewest)–\(most)"
        if field == "site" { return Localized(.mixQualitySites, ["span": span, "most": most]) }
        return Localized(.mixQualityField, ["span": span, "field": field])
    }

    static func groupsOf(_ title: String) -> Localized { Localized(.groupsOfStep, ["title": title]) }
    static let remote = Localized(.remoteMember)
    static func page(_ page: Int, of pages: Int) -> Localized { Localized(.pageOf, ["page": page, "pages": pages]) }
    static func item(_ text: String) -> Localized { Localized(.groupItem, ["item": text]) }
    static func yourGroup(_ group: Int) -> Localized { Localized(.yourGroup, ["group": group]) }

    // The check-in round
    /// "17 här", "8 enheter": who the round goes round.
    static func speakers(_ count: Int, units: Bool) -> Localized {
        units ? Localized(.roundUnits, ["count": count]) : Localized(.roundPeopleHere, ["count": count])
    }
    static let first = Localized(.roundFirst)
    static let next = Localized(.roundNext)
    static func more(_ count: Int) -> Localized { Localized(.roundMore, ["count": count]) }
    static let comesBack = Localized(.roundComesBack)
    static let expected = Localized(.roundExpected)
    static func roundOver(_ spoken: Int) -> Localized { Localized(.roundOver, ["count": spoken]) }
    static let noCheckin = Localized(.roundNotACheckin)
    static func order(_ order: RoundOrder) -> Localized {
        switch order {
        case .listed: Localized(.roundOrderListed)
        case .group: Localized(.roundOrderGroup)
        case .site: Localized(.roundOrderSite)
        case .shuffled: Localized(.roundOrderShuffled)
        }
    }
    static func roundOrdered(_ order: RoundOrder) -> Localized {
        Localized(.roundOrdered, ["order": Self.order(order)])
    }

    // The attendance screen
    static let attendance = Localized(.attendanceTitle)
    static let find = Localized(.attendanceFind)
    static let guest = Localized(.attendanceGuest)
    static func status(_ status: Attendance.Status) -> Localized {
        switch status {
        case .present: Localized(.attendancePresent)
        case .absent: Localized(.attendanceAbsent)
        case .remote: Localized(.attendanceRemote)
        case .late: Localized(.attendanceLate)
        }
    }
    static func arrives(_ time: ClockTime) -> Localized { Localized(.attendanceArrives, ["time": time]) }
    static func leaves(_ time: ClockTime) -> Localized { Localized(.attendanceLeaves, ["time": time]) }
    static func asksTime(_ late: Bool, _ name: String) -> Localized {
        late ? Localized(.attendanceAsksArrival, ["name": name]) : Localized(.attendanceAsksLeaving, ["name": name])
    }
    static func nobodyFound(_ typed: String) -> Localized { Localized(.attendanceNobodyFound, ["name": typed]) }
    static let guestOnlyWhenNobodyFound = Localized(.attendanceGuestOnlyWhenNobodyFound)
    static let findSomeoneFirst = Localized(.attendanceFindFirst)
    static func notATime(_ text: String) -> Localized { Localized(.attendanceNotATime, ["text": text]) }
    static let guestSite = Localized(.guestSite)
}
