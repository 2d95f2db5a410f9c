import LagomCore

/// How urgent something looks, with a symbol so it reads without colour.
/// The words ("Snart slut", "Övertid") are each screen's business.
public enum Urgency: Hashable, Sendable, CaseIterable {
    case normal, warning, critical, overtime

    public init(_ level: TimerLevel) {
        switch level {
        case .normal: self = .normal
        case .warning: self = .warning
        case .critical: self = .critical
        case .overtime: self = .overtime
        }
    }

    /// One column wide in every theme; empty for `normal`.
    public var symbol: String {
        switch self {
        case .normal: ""
        case .warning: "⚠"
        case .critical: "‼"
        case .overtime: "+"
        }
    }

    /// A hard stop held at zero: as urgent as the last minute, with its own word ("tiden är ute").
    public static let timeUpSymbol = "‼"

    public var role: Role {
        switch self {
        case .normal: .normal
        case .warning: .warning
        case .critical: .critical
        case .overtime: .overtime
        }
    }
}
