/// Why a document is not JSON, and where: `12:5: expected ',' or '}' after an object member`.
/// The problem is catalogue text, said in the language of whoever shows it.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var position: JSONPosition
    /// Set when the problem belongs to a value in the tree (a duplicate key).
    public var path: JSONPath?
    public var problem: Localized

    public init(position: JSONPosition, path: JSONPath? = nil, problem: Localized) {
        self.position = position
        self.path = path
        self.problem = problem
    }

    /// `12:5: …` in `language`.
    public func text(_ language: Language) -> String {
        if let path { return "\(position): \(path): \(problem.text(language))" }
        return "\(position): \(problem.text(language))"
    }

    /// In English, word for word as tests read it.
    public var description: String { text(.en) }
}
