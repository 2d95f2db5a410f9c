import Foundation

/// Reading the sources for words written in place where a catalogue text belongs: a plan's
/// problems (`PlanError`, `JSONSyntaxError`, the agenda's warnings) and `Localized.verbatim`.
extension CatalogueAudit {
    /// The folders whose files explain what is wrong with a plan.
    static let planProblemFolders = ["Sources/LagomCore/Plan/", "Sources/LagomCore/JSON/", "Sources/LagomCore/Check/"]

    /// A file of those folders that makes texts or plan problems: it writes none in place.
    static func explainsPlanProblems(_ source: Source) -> Bool {
        planProblemFolders.contains { source.path.hasPrefix($0) }
            && ["Localized(", "PlanError", "JSONSyntaxError"].contains { source.text.contains($0) }
    }

    /// The string literals of `text` (comments left out) that hold two words in a row, the sign of
    /// a sentence: `"expected a number"`, `"\(n) min unplanned"`. Field names, JSON words and
    /// punctuation (`"steps"`, `"true"`, `", "`) are no sentence.
    static func prose(_ text: String) -> [String] {
        let literal = try! Regex(#""(?:[^"\\\n]|\\.)*""#)
        let words = try! Regex(#"\p{L}{2,} \p{L}{2,}"#)
        var found: [String] = []
        for line in text.split(separator: "\n") {
            let code = line.drop(while: { $0.isWhitespace })
            if code.hasPrefix("//") { continue }
            for match in line.matches(of: literal) where line[match.range].contains(words) {
                found.append(String(line[match.range]))
            }
        }
        return found
    }

    /// `.verbatim("…")` of a literal with words: people's own words come from a variable
    /// (`.verbatim("\(error)")` interpolates one); words Lagom writes belong in the catalogue.
    static func verbatimWords(_ text: String) -> [String] {
        let pattern = try! Regex(#"verbatim\(\s*"(?:[^"\\\n]|\\.)*""#)
        let interpolation = try! Regex(#"\\\([^)]*\)"#)
        let letters = try! Regex(#"\p{L}{2}"#)
        return text.matches(of: pattern).map { String(text[$0.range]) }.filter {
            $0.dropFirst("verbatim(".count).replacing(interpolation, with: "").contains(letters)
        }
    }
}
