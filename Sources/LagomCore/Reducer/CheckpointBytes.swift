/// A compact binary encoding for the large, regular parts of a checkpoint (the notes, the undo
/// index): varints and length-prefixed UTF-8, with repeated strings (steps, lists, actors) written
/// once in a table. Decoding it is a walk over the bytes, many times faster than a keyed `Codable`
/// decoder; the small, irregular rest of the state stays JSON (in `LagomStore`).
struct CheckpointWriter {
    private(set) var bytes: [UInt8] = []
    private var table: [String: Int] = [:]
    private var tableBytes: [UInt8] = []
    private var tableCount = 0

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func int(_ value: Int) { signed(Int64(value)) }

    /// Zigzag, so small negative numbers stay short.
    mutating func signed(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// A string that repeats (a step, a list, an actor): its number in the table.
    mutating func shared(_ text: String) {
        if let known = table[text] { return unsigned(UInt64(known)) }
        table[text] = tableCount
        unsigned(UInt64(tableCount))
        tableCount += 1
        swap(&bytes, &tableBytes)
        string(text)
        swap(&bytes, &tableBytes)
    }

    /// The table, then the body: what a `CheckpointReader` reads.
    func finished() -> [UInt8] {
        var out = CheckpointWriter()
        out.unsigned(UInt64(tableCount))
        return out.bytes + tableBytes + bytes
    }
}

/// Reads what `CheckpointWriter.finished()` wrote; every read is bounds-checked and throws on bytes
/// that are not such an encoding, so a damaged checkpoint is refused, never half-trusted.
struct CheckpointReader {
    struct Malformed: Error {}

    /// A slice of the file as read: the body is decoded where it lies, not copied out first.
    private let bytes: ArraySlice<UInt8>
    private var index: Int
    private var table: [String] = []

    init(_ bytes: ArraySlice<UInt8>) throws(Malformed) {
        self.bytes = bytes
        index = bytes.startIndex
        let count = try length()
        table.reserveCapacity(count)
        for _ in 0..<count { table.append(try string()) }
    }

    var atEnd: Bool { index == bytes.endIndex }

    mutating func unsigned() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard index < bytes.endIndex, shift < 64 else { throw Malformed() }
            let byte = bytes[index]
            index += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func signed() throws(Malformed) -> Int64 {
        let raw = try unsigned()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    mutating func int() throws(Malformed) -> Int {
        let value = try signed()
        guard let exact = Int(exactly: value) else { throw Malformed() }
        return exact
    }

    /// A count or a length: never more than the bytes left could hold.
    mutating func length() throws(Malformed) -> Int {
        let value = try unsigned()
        guard value <= UInt64(bytes.endIndex - index) else { throw Malformed() }
        return Int(value)
    }

    mutating func string() throws(Malformed) -> String {
        let count = try length()
        let start = index - bytes.startIndex
        index += count
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(start + count)]), as: UTF8.self)
        }
    }

    /// A string, and what `also` makes of its bytes (read once).
    mutating func string<Also>(
        _ also: (UnsafeBufferPointer<UInt8>) -> Also
    ) throws(Malformed) -> (String, Also) {
        let count = try length()
        let start = index - bytes.startIndex
        index += count
        return bytes.withUnsafeBufferPointer {
            let utf8 = UnsafeBufferPointer(rebasing: $0[start..<(start + count)])
            return (String(decoding: utf8, as: UTF8.self), also(utf8))
        }
    }

    mutating func shared() throws(Malformed) -> String {
        let number = try unsigned()
        guard number < UInt64(table.count) else { throw Malformed() }
        return table[Int(number)]
    }
}
