/// A selection in a list that ends in an input line, as in the secretary's and the minute-taker's
/// panes: nil is the input line, below the last item. Up from the input line selects the last item;
/// down from the last item returns to the input line; up at the first item stays there.
enum ListSelection {
    static func moved<ID: Equatable>(_ selected: ID?, in ids: [ID], up: Bool) -> ID? {
        guard !ids.isEmpty else { return nil }
        switch (selected.flatMap { ids.firstIndex(of: $0) }, up) {
        case (nil, true): return ids.last
        case (nil, false): return nil
        case (let i?, true): return ids[max(0, i - 1)]
        case (let i?, false): return i + 1 < ids.count ? ids[i + 1] : nil
        }
    }
}
