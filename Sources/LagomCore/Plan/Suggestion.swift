/// "Did you mean …?" for a misspelt field name, kind or step id.
public enum Suggestion {
    /// The candidate closest to `word` when it is close enough to be a likely typo.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        if let sameLetters = candidates.first(where: { $0.lowercased() == lowered }) { return sameLetters }
        // One slip per three letters, at most two: "minuts" → "minutes", not "id" → "day".
        let allowed = min(2, max(1, lowered.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance <= allowed, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Levenshtein distance counted in characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var row = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                row[j] = min(previous[j] + 1, row[j - 1] + 1, substitution)
            }
            previous = row
        }
        return previous[b.count]
    }

    /// `problem`, followed by `(did you mean "minutes"?)` when a candidate is close to `word`.
    static func hint(_ problem: Localized, for word: String, among candidates: [String]) -> Localized {
        guard let match = closest(to: word, among: candidates) else { return problem }
        return Localized(.planDidYouMean, ["problem": problem, "word": match])
    }
}
