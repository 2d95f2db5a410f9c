/// A workshop record's votes: each ranked list once, as a table of places and points; a list whose
/// notes hang under another list's as seed 000's table "Krav | Varifrån kommer kravet | Resurser".
extension WorkshopRecordBuilder {
    func results(of step: Step, _ tally: VoteTally) -> [RecordBlock] {
        var blocks: [RecordBlock] = []
        for list in tally.results(in: state) where list.items.contains(where: { $0.points != nil }) {
            guard let source = plan.step(list.source.step) else { continue }
            if source.parentList != nil {
                blocks += demandsTable(step: source, ranked: list)
            } else {
                blocks.append(.heading(level: 3, text: clean(text(RankingWords.ranked(listName(list.source))))))
                blocks.append(.table(rankingTable(list.items, column: listName(list.source))))
            }
        }
        if let chosen = state.subjects[step.id], !chosen.isEmpty {
            let notes = chosen.compactMap(state.liveNote)
            blocks.append(.paragraph([.strong(text(RecordWords.chosen))]))
            blocks.append(.numbered(notes.map(item)))
            // A list chosen from without points is shown here only: what went on, then the rest.
            for list in tally.results(in: state) where !list.items.contains(where: { $0.points != nil }) {
                let rest = list.items.map(\.note).filter { !chosen.contains($0.id) }
                guard !rest.isEmpty else { continue }
                blocks.append(.paragraph([.strong(text(RecordWords.notChosen(listName(list.source))))]))
                blocks.append(.bullets(rest.map(item)))
            }
        }
        return blocks
    }

    /// True when a vote scored at least one of the list's items, or chose items from it to go on:
    /// the list is then shown at the vote (as its ranking, or as what went on), not where it was written.
    func isRanked(_ ref: ListRef) -> Bool {
        plan.steps.contains { step in
            guard step.vote?.ranks.contains(ref) == true, let tally = VoteTally(step: step, state: state) else {
                return false
            }
            let chosen = state.subjects[step.id] ?? []
            return tally.results(in: state).contains {
                $0.source == ref && $0.items.contains { $0.points != nil || chosen.contains($0.note.id) }
            }
        }
    }

    /// A list's name, or its step's title for a step's unnamed list.
    func listName(_ ref: ListRef) -> String {
        ref.list.isEmpty ? (plan.step(ref.step)?.title ?? "") : ref.list
    }

    /// Place (competition rank: ties share it), text, points; the items not scored last.
    func rankingTable(_ items: [RankedItem], column: String) -> RecordTable {
        RecordTable(
            columns: [
                .init(text(RecordWords.rank), numeric: true), .init(clean(column)),
                .init(text(RecordWords.points), numeric: true),
            ],
            rows: items.map { item in
                [
                    item.rank.map(RecordCell.number) ?? "–", RecordCell(clean(item.note.text)),
                    item.points.map(RecordCell.number) ?? RecordCell(text(RecordWords.notScored)),
                ]
            })
    }

    // MARK: - Parents and their notes

    /// The list of a nested step that is ranked (resources), as opposed to its lists that describe
    /// the parent (where the demand comes from): the one a vote ranks, else the step's first list.
    func nestedList(of step: Step) -> String {
        let ranked = plan.steps.compactMap(\.vote).flatMap(\.ranks).first { $0.step == step.id }
        return ranked?.list ?? step.defaultList
    }

    /// Seed 000's "Krav och resurser, resultat och rangordning": one row per parent (in the order
    /// the vote before chose them), a column for each list that describes it, and the ranked
    /// list's notes in the last column with their points (ranked within their parent).
    func demandsTable(step: Step, ranked: RankedList?) -> [RecordBlock] {
        guard let parentRef = step.parentList else { return [] }
        let main = nestedList(of: step)
        let others = step.lists.filter { $0 != main }
        let shown = state.shownNotes(step)
        let rows: [(parent: Note?, items: [String])]
        if let ranked, let groups = NestedRanking.groups(ranked, in: state, plan: plan) {
            rows = groups.filter { $0.parent != nil || !$0.items.isEmpty }.map { group in
                (
                    group.parent,
                    group.items.map { item in
                        // "Webbtidbok. – 2 p", the points never on a line of their own.
                        clean(item.note.text) + "\u{00A0}–\u{00A0}"
                            + (item.points.map(RecordWords.points) ?? text(RecordWords.notScored))
                    }
                )
            }
        } else {
            var order = state.subjects(of: step, plan: plan).map { Optional($0.id) }
            for note in shown where !order.contains(note.place.parent) { order.append(note.place.parent) }
            rows = order.map { parent in
                (
                    parent.flatMap(state.note),
                    shown.filter { $0.place.parent == parent && $0.place.list == main }.map { clean($0.text) }
                )
            }
        }
        guard !rows.isEmpty else { return [] }
        let parentName = listName(parentRef)
        let heading = text(RankingWords.nested(parent: parentName, child: main.isEmpty ? step.title : main))
        let columns =
            [RecordTable.Column(clean(parentName))] + others.map { RecordTable.Column(clean($0)) }
            + [RecordTable.Column(clean(main.isEmpty ? step.title : main))]
        let table = RecordTable(
            columns: columns,
            rows: rows.map { row in
                let context = others.map { list in
                    RecordCell(
                        lines: shown.filter { $0.place.parent == row.parent?.id && $0.place.list == list }.map {
                            clean($0.text)
                        })
                }
                return [RecordCell(row.parent.map { clean($0.text) } ?? text(RankingWords.withoutParent))] + context + [
                    RecordCell(lines: row.items)
                ]
            })
        return [.heading(level: 3, text: clean(heading)), .table(table)]
    }
}
