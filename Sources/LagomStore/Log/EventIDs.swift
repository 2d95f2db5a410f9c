import LagomCore

/// The ids of the events folded so far, to fold a duplicated line once.
///
/// An id Lagom makes (up to 12 characters of `IDAlphabet`) is kept as a number: 5 bits a character,
/// exact, so a lookup hashes no string, and a checkpoint saves the ids as sorted numbers that load
/// with one copy (`base`, searched by halves). Ids written by hand in another shape are kept as text.
final class EventIDs {
    private var packed: Set<UInt64> = []
    private var others: Set<String> = []
    /// Sorted: the ids a checkpoint held.
    private var base: [UInt64] = []

    init() {}

    /// False when `id` was there already.
    func insert(_ id: String) -> Bool {
        guard let number = Self.pack(id) else { return others.insert(id).inserted }
        if !base.isEmpty, Self.search(base, number) { return false }
        return packed.insert(number).inserted
    }

    func reserve(_ count: Int) { packed.reserveCapacity(count) }

    /// The id as a number (nil if it has more than 12 characters or one outside the alphabet).
    static func pack(_ id: String) -> UInt64? { IDAlphabet.number(id) }

    private static func search(_ sorted: [UInt64], _ value: UInt64) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }

    // MARK: - Checkpoint

    /// The numbers (8 bytes each, little-endian, sorted), then the other ids as lines.
    func encoded() -> [UInt8] {
        var numbers = base
        numbers.append(contentsOf: packed)
        numbers.sort()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8 + numbers.count * 8)
        appendWord(UInt64(numbers.count), to: &bytes)
        for number in numbers { appendWord(number, to: &bytes) }
        for id in others.sorted() { bytes += Array(id.utf8) + [UInt8(ascii: "\n")] }
        return bytes
    }

    /// Nil when `bytes` are not what `encoded()` writes.
    init?(encoded bytes: [UInt8]) {
        guard bytes.count >= 8 else { return nil }
        let count = Self.word(bytes, at: 0)
        guard count <= UInt64(bytes.count - 8) / 8 else { return nil }
        let end = 8 + Int(count) * 8
        base = [UInt64](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                for i in 0..<Int(count) {
                    buffer[i] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 + i * 8, as: UInt64.self))
                }
            }
            initialized = Int(count)
        }
        guard zip(base, base.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        for line in bytes[end...].split(separator: UInt8(ascii: "\n")) {
            others.insert(String(decoding: line, as: UTF8.self))
        }
    }

    private func appendWord(_ word: UInt64, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private static func word(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }
}
