/// A ranked list grouped under the notes its items hang from: seed 000's "Krav och resurser"
/// table, each demand with its resources ranked under it.
public struct NestedGroup: Equatable, Sendable {
    /// The demand; nil collects items without a parent.
    public var parent: Note?
    /// Notes under the parent from lists the vote does not rank ("Varifrån kommer kravet").
    public var context: [Note]
    /// The parent's own items, ranked among themselves (competition ranks restart per group).
    public var items: [RankedItem]
}

public enum NestedRanking {
    /// `list` grouped under its parents, the parents in the order the vote that ranked them chose
    /// them; nil when `list`'s step hangs its notes under no other list.
    public static func groups(_ list: RankedList, in state: SessionState, plan: Plan) -> [NestedGroup]? {
        guard let parentRef = plan.step(list.source.step)?.parentList else { return nil }
        let chosen =
            plan.steps.first { $0.vote?.ranks.contains(parentRef) == true }.flatMap { state.subjects[$0.id] } ?? []
        return groups(list, in: state, subjects: chosen)
    }

    /// Groups `list` by parent. Parents come in the order the vote before chose them as
    /// subjects, then in the order they were written; each group is ranked on its own.
    public static func groups(_ list: RankedList, in state: SessionState, subjects: [NoteID] = []) -> [NestedGroup] {
        var order: [NoteID?] = []
        var byParent: [NoteID?: [RankedItem]] = [:]
        for id in subjects where byParent[id] == nil { order.append(id); byParent[id] = [] }
        // Write order, so equal times and ties keep the order the room wrote them in.
        var written: [NoteID: Int] = [:]
        for (i, note) in state.notes.enumerated() { written[note.id] = i }
        let parentsByAge = list.items.map(\.note.place.parent)
            .sorted { a, b in (a.flatMap { written[$0] } ?? Int.max) < (b.flatMap { written[$0] } ?? Int.max) }
        for parent in parentsByAge where byParent[parent] == nil { order.append(parent); byParent[parent] = [] }
        for item in list.items { byParent[item.note.place.parent]?.append(item) }

        let childStep = list.source.step
        return order.map { parent in
            let members = byParent[parent] ?? []
            var points: [NoteID: Int] = [:]
            for item in members { if let p = item.points { points[item.note.id] = p } }
            // Re-rank within the group; `Ranking.rank` keeps ties in the order notes were written.
            let notes = members.map(\.note).sorted { (written[$0.id] ?? 0) < (written[$1.id] ?? 0) }
            let context =
                parent.map { id in
                    state.notes(step: childStep).filter {
                        $0.place.parent == id && $0.place.list != list.source.list && !state.isModeratedAway($0.id)
                    }
                } ?? []
            return NestedGroup(
                parent: parent.flatMap(state.note), context: context,
                items: Ranking.rank(notes, points: points))
        }
    }
}

extension SessionState {
    /// The notes a step works on: for a step whose notes hang under another list, the
    /// subjects chosen by the vote that ranked that list (empty when none was chosen).
    public func subjects(of step: Step, plan: Plan) -> [Note] {
        guard let parentList = step.parentList else { return [] }
        for vote in plan.steps where vote.vote?.ranks.contains(parentList) == true {
            if let chosen = subjects[vote.id] { return chosen.compactMap(liveNote) }
        }
        return []
    }
}
