/// What a piece of the screen means; a `Theme` decides how it looks.
public enum Role: String, Hashable, Sendable, CaseIterable {
    case normal, title, dim, accent, selected, ok, warning, critical, overtime, hidden, border, help
}
