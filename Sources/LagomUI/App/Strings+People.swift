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
}
