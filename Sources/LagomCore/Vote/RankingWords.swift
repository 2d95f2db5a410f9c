/// The headings a ranked list goes under, the same on the projector and in the compilation:
/// "Riskfaktorer, rangordnade", "Krav och resurser, resultat och rangordning" (seed 000's words).
public enum RankingWords {
    public static func ranked(_ list: String) -> Localized {
        Localized(.recRanked, ["list": list])
    }
    public static func nested(parent: String, child: String) -> Localized {
        Localized(.recResultsAndRanking, ["parent": parent, "lowercased": child.lowercased()])
    }
    public static let withoutParent = Localized(.recWithoutParent)
}
