/// One item of a ranked list. `points == nil` means "not scored", which is not 0.
public struct RankedItem: Equatable, Sendable {
    public var note: Note
    public var points: Int?
    /// Competition rank (38, 23, 5, 5, 3 → 1, 2, 3, 3, 5); nil for unscored items.
    public var rank: Int?

    public init(note: Note, points: Int?, rank: Int?) {
        self.note = note
        self.points = points
        self.rank = rank
    }
}

public struct RankedList: Equatable, Sendable {
    public var source: ListRef
    /// Scored items by rank (ties keep the order notes were added), then unscored items.
    public var items: [RankedItem]
    public var totalPoints: Int

    public init(source: ListRef, items: [RankedItem], totalPoints: Int) {
        self.source = source
        self.items = items
        self.totalPoints = totalPoints
    }
}

public enum Ranking {
    /// Competition ranking ("1224"): an item's rank is one more than the number of items with more points.
    public static func competitionRanks(_ points: [Int]) -> [Int] {
        let sorted = points.sorted(by: >)
        var firstIndex: [Int: Int] = [:]
        for (i, p) in sorted.enumerated() where firstIndex[p] == nil { firstIndex[p] = i + 1 }
        return points.map { firstIndex[$0]! }
    }

    /// Sorts notes by points and ranks them. Notes without points go last, unranked.
    public static func rank(_ notes: [Note], points: [NoteID: Int]) -> [RankedItem] {
        let given = notes.map { points[$0.id] }
        return order(given).map { RankedItem(note: notes[$0.index], points: given[$0.index], rank: $0.rank) }
    }

    /// The ranked order of items whose points are `points` (nil: not scored), by their index there:
    /// the scored by points, ties in the given order, each with its competition rank; then the
    /// unscored in the given order. Only numbers: a long list is ranked without copying its notes.
    public static func order(_ points: [Int?]) -> [(index: Int, rank: Int?)] {
        var scored = points.indices.filter { points[$0] != nil }
        scored.sort { a, b in points[a]! != points[b]! ? points[a]! > points[b]! : a < b }
        var order: [(index: Int, rank: Int?)] = []
        order.reserveCapacity(points.count)
        var rank = 0
        for (position, index) in scored.enumerated() {
            if position == 0 || points[index] != points[scored[position - 1]] { rank = position + 1 }
            order.append((index, rank))
        }
        for index in points.indices where points[index] == nil { order.append((index, nil)) }
        return order
    }
}

/// Vote results and rule checks for one `vote` step.
public struct VoteTally: Sendable {
    public let step: Step
    public let spec: VoteSpec
    public let points: [NoteID: Int]

    public init?(step: Step, state: SessionState) {
        guard let spec = step.vote else { return nil }
        self.step = step
        self.spec = spec
        switch spec.mode {
        case .tally:
            points = state.tallies[step.id] ?? [:]
        case .ballots:
            let ballots = state.ballots[step.id] ?? [:]
            var sums: [NoteID: Int] = [:]
            if !ballots.isEmpty {
                // Once anyone has voted every item has a score, 0 included.
                for ref in spec.ranks {
                    for note in state.votableNotes(ref) { sums[note.id] = 0 }
                }
                for dots in ballots.values { for note in dots { sums[note, default: 0] += 1 } }
            }
            points = sums
        }
    }

    /// One ranked list per list the vote ranks, in the plan's order. Notes moderated away on
    /// the theme board (hidden, or merged into another) are no item: dots or points they got
    /// count for nothing.
    public func results(in state: SessionState) -> [RankedList] {
        spec.ranks.map { results(of: $0, in: state) }
    }

    /// The ranked list of one list the vote ranks.
    public func results(of ref: ListRef, in state: SessionState) -> RankedList {
        let items = Ranking.rank(state.votableNotes(ref), points: points)
        return RankedList(source: ref, items: items, totalPoints: Self.sum(items.compactMap(\.points)))
    }

    /// Points a whole room could give to one list: participants × votes each.
    public func budget(participants: Int) -> Int {
        let (product, overflow) = participants.multipliedReportingOverflow(by: spec.votesPerPerson)
        return overflow ? Int.max : product
    }

    /// A sum that stops at `Int.max`: a log written before tallies had an upper bound may hold
    /// points that a plain `+` would overflow on, and every read of the results would crash.
    static func sum(_ points: [Int]) -> Int {
        points.reduce(0) { total, p in
            let (next, overflow) = total.addingReportingOverflow(p)
            return overflow ? (p > 0 ? Int.max : Int.min) : next
        }
    }

    /// Lists whose counted points exceed what the room could have given.
    public func surpluses(in state: SessionState, participants: Int) -> [(list: RankedList, over: Int)] {
        let limit = budget(participants: participants)
        return results(in: state).compactMap { list in
            list.totalPoints > limit ? (list, list.totalPoints - limit) : nil
        }
    }

    /// The top `count` items of a list; items tied with the last place taken are listed apart
    /// so the facilitator can decide.
    public static func cut(_ list: RankedList, top count: Int) -> (chosen: [RankedItem], tiedAtCut: [RankedItem]) {
        let scored = list.items.filter { $0.rank != nil }
        guard count > 0, count < scored.count else { return (scored, []) }
        let boundaryRank = scored[count - 1].rank!
        let nextRank = scored[count].rank!
        guard boundaryRank == nextRank else { return (Array(scored.prefix(count)), []) }
        let clear = scored.filter { $0.rank! < boundaryRank }
        let tied = scored.filter { $0.rank! == boundaryRank }
        return (clear, tied)
    }
}
