/// A short text in both languages of the program, picked by `Language`.
/// Used by screens, key help and the command line alike.
public struct Localized: Hashable, Sendable {
    public var sv: String
    public var en: String

    public init(sv: String, en: String) {
        self.sv = sv
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .sv: sv
        case .en: en
        }
    }
}
