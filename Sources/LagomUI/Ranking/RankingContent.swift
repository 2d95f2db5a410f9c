import LagomCore

/// What the ranking view shows for one list of a vote: a title and sections of ranked items.
/// A plain list is one section; a nested list (resources under demands) is one per demand.
public struct RankingContent: Sendable {
    public struct Section: Sendable {
        /// The demand the items hang under (nested lists only).
        public var heading: String?
        /// Notes under the demand from lists the vote does not rank ("where it comes from").
        public var context: [String]
        public var items: [RankedItem]
    }

    public var title: String
    public var sections: [Section]
    /// The biggest score: bars are scaled to it.
    public var topPoints: Int
    public var isNested: Bool
    /// The ranked list itself (plain lists), for reveal-from-the-bottom places.
    public var list: RankedList?
    /// Items chosen to go on to the next step, marked "→ går vidare".
    public var chosen: Set<NoteID> = []

    /// An item's text as the room reads it: with "→ går vidare" when it was chosen to go on.
    public func text(of item: RankedItem, _ language: Language) -> String {
        chosen.contains(item.note.id) ? item.note.text + "  " + VotingStrings.goesOnMark.text(language) : item.note.text
    }

    /// The `index`-th list a vote ranks. Nil when the step is no vote or has no such list.
    public static func make(step: Step, list index: Int, context: ScreenContext) -> RankingContent? {
        guard let tally = VoteTally(step: step, state: context.state) else { return nil }
        let lists = tally.results(in: context.state)
        guard lists.indices.contains(index) else { return nil }
        let list = lists[index]
        let name = list.source.list.isEmpty ? (context.plan.step(list.source.step)?.title ?? "") : list.source.list
        let top = list.items.compactMap(\.points).max() ?? 0
        if let parentRef = context.plan.step(list.source.step)?.parentList,
            let groups = NestedRanking.groups(list, in: context.state, plan: context.plan)
        {
            // Where a demand comes from is said in its list's words ("Varifrån kommer kravet: …").
            let sections = groups.map { group in
                Section(
                    heading: group.parent?.text ?? context.text(RankingWords.withoutParent),
                    context: group.context.map { $0.place.list.isEmpty ? $0.text : $0.place.list + ": " + $0.text },
                    items: group.items)
            }
            let parentName = parentRef.list.isEmpty ? (context.plan.step(parentRef.step)?.title ?? "") : parentRef.list
            return RankingContent(
                title: context.text(RankingWords.nested(parent: parentName, child: name)),
                sections: sections, topPoints: top, isNested: true, list: nil,
                chosen: Set(context.state.subjects[step.id] ?? []))
        }
        return RankingContent(
            title: context.text(RankingWords.ranked(name)),
            sections: [Section(heading: nil, context: [], items: list.items)],
            topPoints: top, isNested: false, list: list, chosen: Set(context.state.subjects[step.id] ?? []))
    }
}
