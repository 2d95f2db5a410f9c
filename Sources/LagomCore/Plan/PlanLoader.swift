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

    /// An error at a place in the document; the root path is left out of the text.
    init(file: String, position: JSONPosition?, path: JSONPath?, message: String) {
        self.init(
            file: file, line: position?.line, column: position?.column,
            path: path.flatMap { $0.components.isEmpty ? nil : $0.description }, message: message)
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        if let path { return "\(location): \(path): \(message)" }
        return "\(location): \(message)"
    }

    /// Document order; errors without a position go last.
    static func inDocumentOrder(_ a: PlanError, _ b: PlanError) -> Bool {
        switch (a.line, b.line) {
        case (nil, _): return false
        case (_, nil): return true
        case (let x?, let y?) where x != y: return x < y
        default: return (a.column ?? 0) < (b.column ?? 0)
        }
    }
}

/// Reads and validates a plan: JSON syntax, then field types and names, then meaning.
public enum PlanLoader {
    /// The plan, or the first problem in document order.
    public static func load(_ bytes: [UInt8], file: String) throws(PlanError) -> Plan {
        let (plan, errors) = read(bytes, file: file)
        if let first = errors.first { throw first }
        guard let plan else {
            throw PlanError(file: file, line: nil, column: nil, path: nil, message: "the plan could not be read")
        }
        return plan
    }

    /// Every problem in document order; empty when the plan loads.
    /// Meaning is checked only once every field has the right type and name,
    /// since a half-read plan would produce misleading follow-on errors.
    public static func validate(_ bytes: [UInt8], file: String) -> [PlanError] {
        read(bytes, file: file).errors
    }

    private static func read(_ bytes: [UInt8], file: String) -> (plan: Plan?, errors: [PlanError]) {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            return (nil, [PlanError(file: file, position: error.position, path: error.path, message: error.message)])
        }
        let decoder = PlanTreeDecoder(file: file)
        guard let plan = decoder.plan(root) else {
            return (nil, stableSorted(decoder.errors))
        }
        let problems = PlanValidator.validate(plan, source: root, file: file)
        return (problems.isEmpty ? plan : nil, problems)
    }

    static func stableSorted(_ errors: [PlanError]) -> [PlanError] {
        errors.enumerated().sorted { a, b in
            if PlanError.inDocumentOrder(a.element, b.element) { return true }
            if PlanError.inDocumentOrder(b.element, a.element) { return false }
            return a.offset < b.offset
        }.map(\.element)
    }
}
