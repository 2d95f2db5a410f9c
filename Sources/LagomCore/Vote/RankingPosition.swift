/// Where the shared ranking view of a vote stands. The facilitator's keys move it and the
/// projector follows it through the log, so both show the same list, page and places.
public struct RankingPosition: Codable, Equatable, Sendable {
    /// Index into the vote's `ranks`.
    public var list: Int
    /// 0-based page of that list.
    public var page: Int
    /// Reveal from the bottom: how many places (ranks; tied items share one) are shown,
    /// counting from the last place up. Nil: every place is shown.
    public var fromBottom: Int?

    public init(list: Int = 0, page: Int = 0, fromBottom: Int? = nil) {
        self.list = list
        self.page = page
        self.fromBottom = fromBottom
    }

    public static let start = RankingPosition()
}

extension SessionState {
    /// The shared ranking position of a vote; the first page of the first list until moved.
    public func rankingPosition(_ step: StepID) -> RankingPosition { rankingPositions[step] ?? .start }
}

extension RankedList {
    /// The distinct places of the list, best first: each is the rank shared by one or more items.
    public var places: [Int] {
        var seen: [Int] = []
        for item in items { if let rank = item.rank, seen.last != rank { seen.append(rank) } }
        return seen
    }

    /// The items a reveal from the bottom shows: unscored items always (they are no result),
    /// scored items only when their place is among the `count` lowest places.
    public func revealed(fromBottom count: Int?) -> [RankedItem] {
        guard let count else { return items }
        let places = places
        let shown = Set(places.suffix(max(0, count)))
        return items.filter { $0.rank.map(shown.contains) ?? true }
    }
}
