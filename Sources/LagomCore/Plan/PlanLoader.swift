/// A problem in `plan.json`, located for a person who edits it by hand:
/// `plan.json:14:18: steps[3].minutes: expected a number`. The place is the same in every
/// language; the problem is catalogue text (a key and its arguments), said in the language of
/// the command or screen that shows it.
public struct PlanError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// JSON path like `steps[3].minutes`; nil for syntax errors.
    public var path: String?
    public var problem: Localized
    /// The language the plan is written in, when it says so even with this mistake
    /// (`PlanLoader.language(of:)`): a command that cannot open the plan still speaks it.
    public var planLanguage: Language?

    public init(file: String, line: Int?, column: Int?, path: String?, problem: Localized) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.problem = problem
    }

    /// An error at a place in the document; the root path is left out of the text.
    init(file: String, position: JSONPosition?, path: JSONPath?, problem: Localized) {
        self.init(
            file: file, line: position?.line, column: position?.column,
            path: path.flatMap { $0.components.isEmpty ? nil : $0.description }, problem: problem)
    }

    /// `plan.json:14:18: steps[3].minutes: …`, the problem in `language`.
    public func text(_ language: Language) -> String { localized.text(language) }

    /// The whole line as a catalogue text, for a message that quotes it (`StoreError`, `lagom new`).
    public var localized: Localized { Localized(.planErrorLine, ["place": place, "problem": problem]) }

    /// `plan.json:14:18: steps[3].minutes`: where, the same in every language.
    var place: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        if let path { location += ": \(path)" }
        return location
    }

    /// In English, word for word as logs and tests read it.
    public var description: String { text(.en) }

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
            var error = PlanError(file: file, line: nil, column: nil, path: nil, problem: Localized(.planUnreadable))
            error.planLanguage = language(of: bytes)
            throw error
        }
        return plan
    }

    /// Every problem in document order; empty when the plan loads.
    /// Meaning is checked only once every field has the right type and name,
    /// since a half-read plan would produce misleading follow-on errors.
    public static func validate(_ bytes: [UInt8], file: String) -> [PlanError] {
        read(bytes, file: file).errors
    }

    /// The plan and its problems, each marked with the language the plan is written in.
    private static func read(_ bytes: [UInt8], file: String) -> (plan: Plan?, errors: [PlanError]) {
        let (plan, errors) = readUnmarked(bytes, file: file)
        guard !errors.isEmpty else { return (plan, errors) }
        let written = language(of: bytes)
        return (
            plan,
            errors.map { error in
                var marked = error
                marked.planLanguage = written
                return marked
            }
        )
    }

    private static func readUnmarked(_ bytes: [UInt8], file: String) -> (plan: Plan?, errors: [PlanError]) {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            return (nil, [PlanError(file: file, position: error.position, path: error.path, problem: error.problem)])
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
