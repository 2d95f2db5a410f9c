extension Refusal {
    /// The notes a refusal is about.
    public var notes: [NoteID] {
        switch self {
        case .unknownNote(let n), .duplicateNote(let n), .parentCycle(let n), .negativePoints(let n, _),
             .tooManyPoints(let n, _, _), .talliedTwice(let n),
             .subjectTwice(let n), .noteHiddenUnchanged(let n, _), .mergeWithItself(let n), .alreadyMerged(let n),
             .holdsMergedNotes(let n), .notMerged(let n):
            return [n]
        case .notRanked(_, let n), .overCap(let n, _, _), .themeOfOtherStep(let n, _):
            return [n]
        case .mergeAcrossSteps(let a, let b):
            return [a, b]
        default:
            return []
        }
    }

    /// The message with each note named by its text, for people at a screen, who see texts,
    /// not ids: `högst 2 röster per punkt; "Att vara tillgänglig" fick 3`. Ids of notes that no
    /// longer exist stay as they are.
    public func message(_ language: Language, naming name: (NoteID) -> String?) -> String {
        var text = message(language)
        for id in notes {
            guard let noteText = name(id) else { continue }
            let words = noteText.split(whereSeparator: \.isNewline).joined(separator: " ")
            let short = words.count > 40 ? String(words.prefix(39)) + "…" : words
            text = text.replacingWord(id.rawValue, with: "\"\(short)\"")
        }
        return text
    }
}

extension String {
    /// Replaces `word` where it stands as a whole word (not inside another one).
    func replacingWord(_ word: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: word) {
            let before = range.lowerBound == rest.startIndex ? result.last : rest[rest.index(before: range.lowerBound)]
            let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
            let whole = !(before?.isLetter ?? false || before?.isNumber ?? false)
                && !(after?.isLetter ?? false || after?.isNumber ?? false)
            result += rest[..<range.lowerBound] + (whole ? replacement : word)
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
