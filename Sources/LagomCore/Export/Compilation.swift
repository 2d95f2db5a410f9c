/// The day's compilation as Markdown (`lagom export --format markdown`): what seed 000's last pages
/// are — per step the lists with their notes, each vote's ranked lists with points, the items chosen
/// to go on, and the nested table "Krav och resurser, resultat och rangordning" (each demand with
/// where it comes from and its resources ranked under it). Headings in the plan's language.
///
/// People's text is sanitised (the compilation is printed to a terminal) and its Markdown specials
/// escaped; steps with nothing to show (a break, a slide) are left out.
public enum Compilation {
    public static func markdown(_ session: Session, language: Language? = nil) -> String {
        var writer = Writer(session: session, language: language ?? session.plan.language)
        writer.write()
        return writer.lines.joined(separator: "\n") + "\n"
    }

    /// Text as it goes into a list item or a table cell: one line, safe on a terminal, Markdown escaped.
    static func inline(_ text: String, inTable: Bool = false) -> String {
        let safe = Sanitiser.sanitiseSingleLine(String(text.trimmingWhitespace))
        var out = ""
        for character in safe {
            switch character {
            case "\\", "*", "_", "`", "<", "[", "]", "~", "&": out += "\\\(character)"
            case "|" where inTable: out += "\\|"
            default: out.append(character)
            }
        }
        // What starts a block where it starts a line: a heading, a quote, a list item ("1. ", "+ ", "- ").
        if let first = out.first, "#>+-=".contains(first) {
            out = "\\" + out
        } else if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex,
                  out[dot] == "." || out[dot] == ")" {
            out.insert("\\", at: dot)
        }
        return out
    }
}

/// Headings and words of the compilation.
enum CompilationStrings {
    static let place = Localized(sv: "Plats", en: "Place")
    static let points = Localized(sv: "Poäng", en: "Points")
    static let notScored = Localized(sv: "ej poängsatt", en: "not scored")
    static let chosen = Localized(sv: "Går vidare till nästa steg", en: "Go on to the next step")
    static let notInTheme = Localized(sv: "Utan tema", en: "In no theme")
    static let nothingRanked = Localized(sv: "Inget att rangordna.", en: "Nothing to rank.")
    static func also(_ texts: String) -> Localized { Localized(sv: " (även: \(texts))", en: " (also: \(texts))") }
    static func hidden(_ n: Int) -> Localized {
        n == 1 ? Localized(sv: "1 lapp som facilitatorn dolt är utelämnad.", en: "1 note the facilitator hid is left out.")
            : Localized(sv: "\(n) lappar som facilitatorn dolt är utelämnade.", en: "\(n) notes the facilitator hid are left out.")
    }
}

private struct Writer {
    let session: Session
    let language: Language
    var lines: [String] = []

    init(session: Session, language: Language) {
        self.session = session
        self.language = language
    }

    var plan: Plan { session.plan }
    var state: SessionState { session.state }
    func text(_ localized: Localized) -> String { localized.text(language) }
    func inline(_ s: String, inTable: Bool = false) -> String { Compilation.inline(s, inTable: inTable) }

    mutating func paragraph(_ block: [String]) {
        guard !block.isEmpty else { return }
        if !lines.isEmpty { lines.append("") }
        lines += block
    }

    mutating func write() {
        lines = ["# " + inline(plan.title)]
        for (index, day) in plan.days.enumerated() {
            let steps = plan.steps.filter { $0.day == index + 1 && hasContent($0) }
            guard !steps.isEmpty else { continue }
            paragraph(["## " + inline(day.title)])
            for step in steps { write(step) }
        }
    }

    func hasContent(_ step: Step) -> Bool {
        if let tally = VoteTally(step: step, state: state) {
            return tally.results(in: state).contains { !$0.items.isEmpty } || state.subjects[step.id] != nil
        }
        return !state.notes(step: step.id).isEmpty
    }

    mutating func write(_ step: Step) {
        paragraph(["### " + inline(step.title)])
        if let tally = VoteTally(step: step, state: state) {
            writeResults(of: step, tally)
        } else {
            writeNotes(of: step)
        }
    }

    // MARK: - Notes

    /// The live notes of a step, by theme when the facilitator made themes, else by parent (a step whose
    /// notes hang under another list's) and list. Hidden notes are left out; duplicates merged into a
    /// note follow its text.
    mutating func writeNotes(of step: Step) {
        let all = state.notes(step: step.id)
        let shown = all.filter { !state.board.hidden.contains($0.id) && state.board.mergedInto[$0.id] == nil }
        let themes = state.board.themes[step.id] ?? []
        if !themes.isEmpty {
            for theme in themes {
                let notes = shown.filter { state.board.themeOf[$0.id] == theme.id }
                if !notes.isEmpty { paragraph(["#### " + inline(theme.title)] + [""] + bullets(notes, all: all)) }
            }
            let rest = shown.filter { note in state.board.themeOf[note.id].map { theme in !themes.contains { $0.id == theme } } ?? true }
            if !rest.isEmpty { paragraph(["#### " + text(CompilationStrings.notInTheme)] + [""] + bullets(rest, all: all)) }
        } else if step.parentList != nil {
            for (parent, notes) in byParent(shown, step: step) {
                paragraph(["#### " + (parent.map { inline($0.text) } ?? text(RankingWords.withoutParent))])
                writeLists(notes, of: step, all: all, headingPrefix: "**", headingSuffix: "**")
            }
        } else {
            writeLists(shown, of: step, all: all, headingPrefix: "#### ", headingSuffix: "")
        }
        let hidden = all.filter { state.board.hidden.contains($0.id) }.count
        if hidden > 0 { paragraph(["*" + text(CompilationStrings.hidden(hidden)) + "*"]) }
    }

    /// The notes list by list, in the plan's order of lists; the unnamed list gets no heading.
    mutating func writeLists(_ notes: [Note], of step: Step, all: [Note], headingPrefix: String, headingSuffix: String) {
        let lists = step.lists.isEmpty ? [""] : step.lists
        for list in lists {
            let inList = notes.filter { $0.place.list == list }
            guard !inList.isEmpty else { continue }
            let heading = list.isEmpty ? [] : [headingPrefix + inline(list) + headingSuffix, ""]
            paragraph(heading + bullets(inList, all: all))
        }
    }

    func bullets(_ notes: [Note], all: [Note]) -> [String] {
        notes.map { note in
            let merged = all.filter { state.board.mergedInto[$0.id] == note.id }
            let also = merged.isEmpty ? "" : text(CompilationStrings.also(merged.map { inline($0.text) }.joined(separator: "; ")))
            return "- " + inline(note.text) + also
        }
    }

    /// Notes grouped under their parents: the parents the vote before chose first, in its order, then
    /// the others in the order they were written, then notes without a parent.
    func byParent(_ notes: [Note], step: Step) -> [(parent: Note?, notes: [Note])] {
        var order: [NoteID?] = state.subjects(of: step, plan: plan).map(\.id)
        for note in notes where note.place.parent != nil && !order.contains(note.place.parent) { order.append(note.place.parent) }
        order.append(nil)
        return order.compactMap { parent in
            let under = notes.filter { $0.place.parent == parent }
            return under.isEmpty ? nil : (parent.flatMap(state.note), under)
        }
    }

    // MARK: - Votes

    mutating func writeResults(of step: Step, _ tally: VoteTally) {
        for list in tally.results(in: state) {
            let name = list.source.list.isEmpty ? (plan.step(list.source.step)?.title ?? "") : list.source.list
            if let parentRef = plan.step(list.source.step)?.parentList, let groups = NestedRanking.groups(list, in: state, plan: plan) {
                let parentName = parentRef.list.isEmpty ? (plan.step(parentRef.step)?.title ?? "") : parentRef.list
                paragraph(["#### " + inline(text(RankingWords.nested(parent: parentName, child: name)))])
                for group in groups where !group.items.isEmpty || group.parent != nil {
                    // "**Hålla tidsramar enligt prioriteringslista** – Varifrån: Verksamheten, mej själv"
                    let heading = "**" + (group.parent.map { inline($0.text) } ?? text(RankingWords.withoutParent)) + "**"
                    let context = group.context.map { inline($0.place.list) + ": " + inline($0.text) }.joined(separator: "; ")
                    paragraph([heading + (context.isEmpty ? "" : " – " + context)])
                    if !group.items.isEmpty { paragraph(table(group.items, column: name)) }
                }
            } else {
                paragraph(["#### " + inline(text(RankingWords.ranked(name)))])
                paragraph(list.items.isEmpty ? [text(CompilationStrings.nothingRanked)] : table(list.items, column: name))
            }
        }
        if let chosen = state.subjects[step.id] {
            let notes = chosen.compactMap(state.liveNote)
            paragraph(["**" + text(CompilationStrings.chosen) + "**", ""]
                      + notes.enumerated().map { "\($0.offset + 1). " + inline($0.element.text) })
        }
    }

    /// A ranked list as a table: competition ranks (ties share a place), then the items not scored.
    func table(_ items: [RankedItem], column: String) -> [String] {
        ["| \(text(CompilationStrings.place)) | \(inline(column, inTable: true)) | \(text(CompilationStrings.points)) |",
         "| --: | --- | --: |"]
            + items.map { item in
                let rank = item.rank.map(String.init) ?? "–"
                let points = item.points.map { "\($0) p" } ?? text(CompilationStrings.notScored)
                return "| \(rank) | \(inline(item.note.text, inTable: true)) | \(points) |"
            }
    }
}
