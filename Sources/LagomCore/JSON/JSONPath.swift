/// A location inside a JSON document, written `steps[3].vote.ranks[0].list`.
/// Indexes are 0-based, as JSON paths normally are.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) { self.components = components }

    public static let root = JSONPath()

    public func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
    public func appending(_ index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

    public var parent: JSONPath? { components.isEmpty ? nil : JSONPath(Array(components.dropLast())) }

    /// The root is written `$`; keys that are not plain names are bracketed and quoted.
    public var description: String {
        if components.isEmpty { return "$" }
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where JSONPath.isPlainName(key):
                text += text.isEmpty ? key : "." + key
            case .key(let key):
                text += "[" + JSONPath.escaped(key) + "]"
            }
        }
        return text
    }

    /// Reads the notation `description` writes. Nil when the text is not a path.
    public init?(parsing text: String) {
        var components: [Component] = []
        var rest = Substring(text)
        if rest == "$" { self.init(); return }
        while !rest.isEmpty {
            if rest.first == "[" {
                rest = rest.dropFirst()
                if rest.first == "\"" {
                    guard let (key, after) = JSONPath.readQuoted(rest) else { return nil }
                    components.append(.key(key))
                    rest = after
                } else {
                    let digits = rest.prefix { $0.isASCII && $0.isNumber }
                    guard let index = Int(digits) else { return nil }
                    components.append(.index(index))
                    rest = rest.dropFirst(digits.count)
                }
                guard rest.first == "]" else { return nil }
                rest = rest.dropFirst()
            } else {
                if !components.isEmpty {
                    guard rest.first == "." else { return nil }
                    rest = rest.dropFirst()
                }
                let name = rest.prefix { $0 != "." && $0 != "[" }
                guard JSONPath.isPlainName(String(name)) else { return nil }
                components.append(.key(String(name)))
                rest = rest.dropFirst(name.count)
            }
        }
        self.init(components)
    }

    public init(stringLiteral value: String) {
        guard let path = JSONPath(parsing: value) else { preconditionFailure("not a JSON path: \(value)") }
        self = path
    }

    static func isPlainName(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return key.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    private static func escaped(_ key: String) -> String {
        var text = "\""
        for character in key {
            if character == "\"" || character == "\\" { text.append("\\") }
            text.append(character)
        }
        return text + "\""
    }

    private static func readQuoted(_ text: Substring) -> (String, Substring)? {
        var rest = text.dropFirst()
        var key = ""
        while let character = rest.first {
            rest = rest.dropFirst()
            if character == "\"" { return (key, rest) }
            if character == "\\" {
                guard let escaped = rest.first else { return nil }
                key.append(escaped)
                rest = rest.dropFirst()
            } else {
                key.append(character)
            }
        }
        return nil
    }
}

extension JSONNode {
    /// The node at `path`, or nil when the document has nothing there.
    public func node(at path: JSONPath) -> JSONNode? {
        var current = self
        for component in path.components {
            switch (component, current.value) {
            case (.key(let key), .object(let object)):
                guard let next = object[key] else { return nil }
                current = next
            case (.index(let index), .array(let elements)):
                guard elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// Where the value at `path` is written; for a path the document does not spell
    /// out (a defaulted field) the nearest ancestor that it does.
    public func position(of path: JSONPath) -> JSONPosition {
        var current = self
        var position = self.position
        for component in path.components {
            switch (component, current.value) {
            case (.key(let key), .object(let object)):
                guard let member = object.member(key) else { return position }
                position = member.value.position
                current = member.value
            case (.index(let index), .array(let elements)):
                guard elements.indices.contains(index) else { return position }
                position = elements[index].position
                current = elements[index]
            default:
                return position
            }
        }
        return position
    }
}
