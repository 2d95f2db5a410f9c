/// Which `plan.json` fields each step kind reads. A field another kind reads is an
/// error rather than silently ignored: it is usually left over from a copied step.
enum StepFields {
    static let common = [
        "id", "kind", "title", "day", "start", "minutes", "owners", "returnAt", "timer", "bullets",
        "number", "purpose", "material", "preparation",
    ]
    /// For steps where notes may be typed.
    static let notes = ["lists", "noteLimit", "parentList"]
    static let grouping = ["groupSize", "groups", "mixBy", "groupsFrom"]

    static func specific(to kind: StepKind) -> [String] {
        switch kind {
        case .info: return notes
        case .checkin: return notes + ["quote", "question", "secondsPerPerson", "roundBy", "headings", "roundOrder"]
        case .groupwork: return notes + ["prompts"] + grouping + ["roles", "pinnedRoles", "itemsFrom"]
        case .vattentrappa:
            return notes + ["questions", "minutesPerTurn", "autoAdvance"] + grouping + [
                "roles", "pinnedRoles", "itemsFrom",
            ]
        case .brainwriting: return notes + ["prompts"] + grouping
        case .vote: return ["vote"]
        case .break: return []
        }
    }

    static func allowed(for kind: StepKind) -> Set<String> { Set(common + specific(to: kind)) }

    /// Every step field, in the order the model declares them.
    static let all: [String] = Step.CodingKeys.allCases.map(\.rawValue)

    static func kinds(reading field: String) -> [StepKind] {
        StepKind.allCases.filter { allowed(for: $0).contains(field) }
    }
}
