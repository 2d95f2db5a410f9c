/// The headings a ranked list goes under, the same on the projector and in the compilation:
/// "Riskfaktorer, rangordnade", "Krav och resurser, resultat och rangordning" (seed 000's words).
public enum RankingWords {
    public static func ranked(_ list: String) -> Localized {
        Localized(sv: "\(list), rangordnade", en: "\(list), ranked")
    }
    public static func nested(parent: String, child: String) -> Localized {
        Localized(
            sv: "\(parent) och \(child.lowercased()), resultat och rangordning",
            en: "\(parent) and \(child.lowercased()), results and ranking")
    }
    public static let withoutParent = Localized(sv: "Utan överordnad lapp", en: "Without a parent note")
}
