import LagomCore

/// The words of attendance and groups, in both languages.
enum PeopleStrings {
    /// "blandade från arbetsplatserna": the plan's field, in the plan's words (not "noder").
    static func mixedBy(_ field: String) -> Localized {
        field == "site"
            ? Localized(sv: "blandade arbetsplatser", en: "mixed across sites")
            : Localized(sv: "blandade efter \(field)", en: "mixed by \(field)")
    }

    /// "alla grupper har 3–4 arbetsplatser", "alla grupper har 2 olika enhet".
    static func mixQuality(_ fewest: Int, _ most: Int, field: String) -> Localized {
        let span = fewest == most ? "\(fewest)" : "\(fewest)–\(most)"
        if field == "site" {
            return Localized(
                sv: "alla grupper har \(span) arbetsplats\(most == 1 ? "" : "er")",
                en: "every group has \(span) site\(most == 1 ? "" : "s")")
        }
        return Localized(
            sv: "alla grupper har \(span) olika \(field)", en: "every group has \(span) different \(field)")
    }

    static func groupsOf(_ title: String) -> Localized { Localized(sv: "Grupper – \(title)", en: "Groups – \(title)") }
    static let notFormed = Localized(sv: "grupperna är inte bildade än", en: "the groups are not formed yet")
    static let remote = Localized(sv: "distans", en: "remote")
    static func page(_ page: Int, of pages: Int) -> Localized {
        Localized(sv: "sida \(page) av \(pages)", en: "page \(page) of \(pages)")
    }
    static func item(_ text: String) -> Localized { Localized(sv: "Uppgift: \(text)", en: "Item: \(text)") }
    static func yourGroup(_ group: Int) -> Localized { Localized(sv: "Grupp \(group):", en: "Group \(group):") }
}
