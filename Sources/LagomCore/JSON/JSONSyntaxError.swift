/// Why a document is not JSON, and where: `12:5: expected ',' or '}' after an object member`.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var position: JSONPosition
    /// Set when the problem belongs to a value in the tree (a duplicate key).
    public var path: JSONPath?
    public var message: String

    public init(position: JSONPosition, path: JSONPath? = nil, message: String) {
        self.position = position
        self.path = path
        self.message = message
    }

    public var description: String {
        if let path { return "\(position): \(path): \(message)" }
        return "\(position): \(message)"
    }
}
