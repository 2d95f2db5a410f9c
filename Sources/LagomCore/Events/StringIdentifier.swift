/// An identifier that is a string in files and on the command line, but its own type in code,
/// so a step id cannot be passed where a note id belongs. Codable as a plain string comes from
/// the standard library's `RawRepresentable` support.
public protocol StringIdentifier: RawRepresentable, Codable, Hashable, Sendable, Comparable,
    ExpressibleByStringLiteral, CustomStringConvertible
where RawValue == String {
    init(rawValue: String)
}

extension StringIdentifier {
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
