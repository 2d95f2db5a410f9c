import Testing

@testable import LagomStore

/// The log's fingerprint must not depend on how the bytes arrived (the log is read in chunks of any
/// size as it grows) and must change with any byte.
@Suite struct LogFingerprintTests {
    func fingerprint(_ bytes: [UInt8], cuts: [Int]) -> LogFingerprint {
        var print = LogFingerprint()
        var start = 0
        for cut in cuts.sorted() + [bytes.count] where cut >= start {
            bytes[start..<cut].withUnsafeBytes { print.add($0) }
            start = cut
        }
        return print
    }

    @Test func theSameBytesInAnyChunksHashTheSame() {
        var random = SeededRandom(seed: 5)
        for length in [0, 1, 7, 31, 32, 33, 64, 100, 1000] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let whole = fingerprint(bytes, cuts: [])
            for _ in 0..<20 {
                let cuts = (0..<Int(random.next() % 6)).map { _ in length == 0 ? 0 : Int(random.next() % UInt64(length))
                }
                #expect(fingerprint(bytes, cuts: cuts) == whole)
            }
            for position in stride(from: 0, to: length, by: max(1, length / 9)) {
                var changed = bytes
                changed[position] ^= 0x20
                #expect(fingerprint(changed, cuts: [position / 2]) != whole, "byte \(position) of \(length)")
            }
        }
    }
}

struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}
