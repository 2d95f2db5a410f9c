/// One text of a language's table: plain, or agreeing in number with one of its placeholders.
public enum CatalogueEntry: Sendable, Equatable, ExpressibleByStringLiteral {
    case text(String)
    /// `one` when the argument named `count` is 1 (or −1), `other` otherwise: the rule of both
    /// Swedish and English ("1 grupp", "0 grupper", "2 grupper").
    case plural(count: String, one: String, other: String)

    public init(stringLiteral value: String) { self = .text(value) }

    /// `.plural("count", one: "{count} grupp", other: "{count} grupper")`.
    public static func plural(_ count: String, one: String, other: String) -> CatalogueEntry {
        .plural(count: count, one: one, other: other)
    }

    /// Every form the entry can take, for the tests.
    public var forms: [String] {
        switch self {
        case .text(let text): [text]
        case .plural(_, let one, let other): [one, other]
        }
    }
}
