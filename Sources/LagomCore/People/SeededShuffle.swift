/// A small random number generator that gives the same numbers for the same seed (SplitMix64), so
/// groups formed with seed 7 are the same groups on every machine and in every test.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: Int) { state = UInt64(bitPattern: Int64(seed)) &+ 0x9E37_79B9_7F4A_7C15 }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Array {
    /// The elements in an order fixed by `seed` (Fisher–Yates; the standard library's `shuffled(using:)`
    /// does not promise the same order across versions).
    public func seededShuffle(_ seed: Int) -> [Element] {
        var generator = SeededGenerator(seed: seed)
        var copy = self
        guard copy.count > 1 else { return copy }
        for i in stride(from: copy.count - 1, to: 0, by: -1) {
            let j = Int(generator.next() % UInt64(i + 1))
            copy.swapAt(i, j)
        }
        return copy
    }
}
