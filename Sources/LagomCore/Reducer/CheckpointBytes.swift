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

    /// Bytes a writer of their own made (`finished()`), with their own table: a part that can be read
    /// without this writer's table, or kept as bytes and read later.
    mutating func section(_ part: [UInt8]) {
        bytes.append(contentsOf: part)
    }

    /// The table, then the body: what a `CheckpointReader` reads. `head`: bytes between the two, written
    /// last though read first (a head without strings of the table).
    func finished(head: [UInt8] = []) -> [UInt8] {
        var out = CheckpointWriter()
        out.unsigned(UInt64(tableCount))
        return out.bytes + tableBytes + head + bytes
    }
}

/// A checkpoint body that comes in pieces: `count` bytes in all, each call of `next` giving the bytes
/// that follow (nil: none left). `LagomStore` reads the file a chunk at a time, so a big body (7 MB at
/// 100,000 events) is never held whole beside the state decoded from it.
public struct CheckpointChunks {
    public let count: Int
    public let next: () -> ArraySlice<UInt8>?

    public init(count: Int, next: @escaping () -> ArraySlice<UInt8>?) {
        self.count = count
        self.next = next
    }

    /// Bytes already at hand, as one piece.
    init(_ bytes: ArraySlice<UInt8>) {
        self.init(pieces: [bytes])
    }

    /// Pieces already at hand, in order.
    init(pieces: [ArraySlice<UInt8>]) {
        var left = pieces[...]
        self.init(count: pieces.reduce(0) { $0 + $1.count }) { left.popFirst() }
    }

    /// Takes every piece still to come without keeping it: whether they were exactly `count` bytes.
    func passedOver() -> Bool {
        var total = 0
        while total < count {
            guard let piece = next(), !piece.isEmpty, piece.count <= count - total else { return false }
            total += piece.count
        }
        return next() == nil
    }

    /// Every piece still to come, kept (nil: not exactly `count` bytes).
    func collected() -> [ArraySlice<UInt8>]? {
        var pieces: [ArraySlice<UInt8>] = []
        var total = 0
        while total < count {
            guard let piece = next(), !piece.isEmpty, piece.count <= count - total else { return nil }
            total += piece.count
            pieces.append(piece)
        }
        return next() == nil ? pieces : nil
    }
}

/// Reads what `CheckpointWriter.finished()` wrote; every read is bounds-checked and throws on bytes
/// that are not such an encoding, so a damaged checkpoint is refused, never half-trusted. The bytes
/// come in pieces (`CheckpointChunks`); only a piece and what is left of the one before are held.
struct CheckpointReader {
    struct Malformed: Error {}

    private var bytes: ArraySlice<UInt8> = []
    private var index = 0
    /// Bytes still to come after `bytes`.
    private var coming: Int
    private let more: () -> ArraySlice<UInt8>?
    private var table: [String] = []
    /// All the bytes, read or to come.
    private let total: Int

    init(_ bytes: ArraySlice<UInt8>) throws(Malformed) {
        try self.init(CheckpointChunks(bytes))
    }

    init(_ chunks: CheckpointChunks) throws(Malformed) {
        coming = chunks.count
        total = chunks.count
        more = chunks.next
        let count = try length()
        for _ in 0..<count { table.append(try string()) }
    }

    /// Bytes at hand whole, that a reader with `table` began: a part of them read again on its own.
    init(whole: ArraySlice<UInt8>, table: [String]) {
        bytes = whole
        index = whole.startIndex
        coming = 0
        total = whole.count
        more = { nil }
        self.table = table
    }

    /// The strings of the table, for `init(whole:table:)`.
    var sharedStrings: [String] { table }

    /// How many bytes have been read (or handed over by `rest()`).
    var bytesRead: Int { total - bytesLeft }

    var atEnd: Bool { index == bytes.endIndex && coming == 0 }

    /// At the end, and the pieces end there too (none comes past the length they were given with).
    mutating func atEndOfPieces() -> Bool { atEnd && more() == nil }

    /// Bytes not read yet, at hand or to come: what bounds a count, or the room reserved for it.
    var bytesLeft: Int { bytes.endIndex - index + coming }

    /// Everything not read yet, handed over as pieces to another reader (a part written by a writer of
    /// its own, `CheckpointWriter.section(_:)`, that ends the body); this reader is then at its end.
    mutating func rest() -> CheckpointChunks {
        var first: ArraySlice<UInt8>? = bytes[index...]
        let more = self.more
        let chunks = CheckpointChunks(count: bytesLeft) {
            if let piece = first {
                first = nil
                if !piece.isEmpty { return piece }
            }
            return more()
        }
        index = bytes.endIndex
        coming = 0
        return chunks
    }

    /// Makes sure `count` bytes from `index` are at hand, taking the next pieces as needed.
    private mutating func need(_ count: Int) throws(Malformed) {
        while bytes.endIndex - index < count {
            guard coming > 0, let piece = more(), !piece.isEmpty, piece.count <= coming else { throw Malformed() }
            coming -= piece.count
            if index == bytes.endIndex {
                bytes = piece
            } else {
                var joined: [UInt8] = []
                joined.reserveCapacity(bytes.endIndex - index + piece.count)
                joined += bytes[index...]
                joined += piece
                bytes = joined[...]
            }
            index = bytes.startIndex
        }
    }

    mutating func unsigned() throws(Malformed) -> UInt64 {
        // A varint is at most 10 bytes.
        if bytes.endIndex - index < 10, coming > 0 { try need(min(10, bytesLeft)) }
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
        guard value <= UInt64(bytesLeft) else { throw Malformed() }
        return Int(value)
    }

    mutating func string() throws(Malformed) -> String {
        try string { _ in () }.0
    }

    /// A string, and what `also` makes of its bytes (read once).
    mutating func string<Also>(
        _ also: (UnsafeBufferPointer<UInt8>) -> Also
    ) throws(Malformed) -> (String, Also) {
        try utf8 { (String(decoding: $0, as: UTF8.self), also($0)) }
    }

    /// What `body` makes of a string's bytes: no `String` is made unless `body` makes one.
    mutating func utf8<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) throws(Malformed) -> T {
        let count = try length()
        try need(count)
        let start = index - bytes.startIndex
        index += count
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<(start + count)])) }
    }

    mutating func shared() throws(Malformed) -> String {
        let number = try unsigned()
        guard number < UInt64(table.count) else { throw Malformed() }
        return table[Int(number)]
    }
}
