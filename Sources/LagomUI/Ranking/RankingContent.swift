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

    /// The `index`-th list a vote ranks. Nil when the step is no vote or has no such list.
    public static func make(step: Step, list index: Int, context: ScreenContext) -> RankingContent? {
        guard let tally = VoteTally(step: step, state: context.state) else { return nil }
        let lists = tally.results(in: context.state)
        guard lists.indices.contains(index) else { return nil }
        let list = lists[index]
        let name = list.source.list.isEmpty ? (context.plan.step(list.source.step)?.title ?? "") : list.source.list
        let top = list.items.compactMap(\.points).max() ?? 0
        if let parentRef = context.plan.step(list.source.step)?.parentList,
           let groups = NestedRanking.groups(list, in: context.state, plan: context.plan) {
            let sections = groups.map { group in
                Section(heading: group.parent?.text ?? context.text(RankingWords.withoutParent),
                        context: group.context.map(\.text), items: group.items)
            }
            let parentName = parentRef.list.isEmpty ? (context.plan.step(parentRef.step)?.title ?? "") : parentRef.list
            return RankingContent(title: context.text(RankingWords.nested(parent: parentName, child: name)),
                                  sections: sections, topPoints: top, isNested: true, list: nil)
        }
        return RankingContent(title: context.text(RankingWords.ranked(name)),
                              sections: [Section(heading: nil, context: [], items: list.items)],
                              topPoints: top, isNested: false, list: list)
    }
}
