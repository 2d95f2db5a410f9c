/// How much of a row or column split a part gets.
public enum Size: Hashable, Sendable {
    /// Exactly this many cells (less if the space runs out).
    case fixed(Int)
    /// A share of what the fixed parts leave, by weight.
    case fill(Int)

    public static let fill = Size.fill(1)

    /// Offsets and lengths for the parts. Fixed parts are served first, in
    /// order; fill parts share the rest by weight, the remainder going to the
    /// earliest ones, so the lengths always add up to `total` when any part fills.
    static func resolve(_ sizes: [Size], total: Int) -> [(offset: Int, length: Int)] {
        var lengths = Array(repeating: 0, count: sizes.count)
        var left = max(0, total)
        for (index, size) in sizes.enumerated() {
            if case .fixed(let n) = size {
                lengths[index] = min(max(0, n), left)
                left -= lengths[index]
            }
        }
        let weights = sizes.map { size -> Int in
            if case .fill(let w) = size { return max(0, w) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        if totalWeight > 0 {
            var given = 0
            for index in sizes.indices where weights[index] > 0 {
                lengths[index] = left * weights[index] / totalWeight
                given += lengths[index]
            }
            var remainder = left - given
            for index in sizes.indices where weights[index] > 0 && remainder > 0 {
                lengths[index] += 1
                remainder -= 1
            }
        }
        var offset = 0
        return lengths.map { length in
            defer { offset += length }
            return (offset, length)
        }
    }
}
