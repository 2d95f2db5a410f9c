import Foundation

/// A problem in `plan.json`, located for a person who edits it by hand:
/// `plan.json:14:18: steps[3].minutes: expected a number`.
public struct PlanError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// JSON path like `steps[3].minutes`; nil for syntax errors.
    public var path: String?
    public var message: String

    public init(file: String, line: Int?, column: Int?, path: String?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        if let path { return "\(location): \(path): \(message)" }
        return "\(location): \(message)"
    }
}

/// Reads and validates a plan.
public enum PlanLoader {
    public static func load(_ bytes: [UInt8], file: String) throws(PlanError) -> Plan {
        do {
            return try JSONDecoder().decode(Plan.self, from: Data(bytes))
        } catch {
            throw PlanError(file: file, line: nil, column: nil, path: nil, message: "\(error)")
        }
    }
}
