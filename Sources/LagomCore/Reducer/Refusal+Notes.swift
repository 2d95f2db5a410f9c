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
        case .mergeAcrossSteps(let a, let b), .mergeAcrossLists(let a, _, let b, _):
            return [a, b]
        default:
            return []
        }
    }

    /// The message with each note named by its text, for people at a screen, who see texts,
    /// not ids: `högst 2 röster per punkt; "Att vara tillgänglig" fick 3`. Ids of notes that no
    /// longer exist stay as they are.
    public func message(_ language: Language, naming name: (NoteID) -> String?) -> String {
        withoutActuallyEscaping(name) { name in message(language, names: RefusalNames.ids.naming(notes: name)) }
    }
}

extension RefusalNames {
    /// These names, with each note by its text where it has one: quoted, on one line, at most 40 characters.
    public func naming(notes text: @escaping (NoteID) -> String?) -> RefusalNames {
        var names = self
        names.note = { id in
            guard let noteText = text(id) else { return id.rawValue }
            let words = noteText.split(whereSeparator: \.isNewline).joined(separator: " ")
            return "\"" + (words.count > 40 ? String(words.prefix(39)) + "…" : words) + "\""
        }
        return names
    }
}
