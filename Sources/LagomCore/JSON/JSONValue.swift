/// Where a value or key starts in the source text. Both 1-based; the column
/// counts characters (grapheme clusters), so "å" is one column, as an editor shows it.
public struct JSONPosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (a: JSONPosition, b: JSONPosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A parsed JSON value that remembers where it was written.
public struct JSONNode: Equatable, Sendable {
    public var value: JSONValue
    public var position: JSONPosition

    public init(_ value: JSONValue, at position: JSONPosition) {
        self.value = value
        self.position = position
    }
}

public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONNode])
    case object(JSONObject)

    /// How the value reads in a message: `"30"`, `2.5`, `true` as written, an array or an object
    /// in the message's language.
    public var summary: TextArgument {
        switch self {
        case .null: return .words("null")
        case .bool(let flag): return .words(flag ? "true" : "false")
        case .number(let number): return .words(number.text)
        case .string(let text): return .words(JSONValue.quoted(text, limit: 40))
        case .array: return .text(Localized(.planFoundArray))
        case .object: return .text(Localized(.planFoundObject))
        }
    }

    /// A string as a person would type it in the file, shortened when long.
    static func quoted(_ text: String, limit: Int) -> String {
        let shown = text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
        return "\"" + shown + "\""
    }
}

/// A number exactly as written, so `30` and `30.0` and `2.5` stay distinguishable.
public struct JSONNumber: Equatable, Sendable {
    public var text: String

    public init(text: String) { self.text = text }

    /// The value when it is written as a whole number that fits an `Int`.
    public var int: Int? { Int(text) }
    public var double: Double? { Double(text) }
}

/// An object's members in the order written; keys are unique (the parser refuses duplicates).
public struct JSONObject: Equatable, Sendable {
    public var members: [JSONMember]

    public init(members: [JSONMember]) { self.members = members }

    public subscript(key: String) -> JSONNode? { member(key)?.value }

    public func member(_ key: String) -> JSONMember? { members.first { $0.key == key } }

    public var keys: [String] { members.map(\.key) }
}

public struct JSONMember: Equatable, Sendable {
    public var key: String
    public var keyPosition: JSONPosition
    public var value: JSONNode

    public init(key: String, keyPosition: JSONPosition, value: JSONNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
