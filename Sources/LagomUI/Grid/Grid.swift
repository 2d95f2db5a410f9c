/// One screen cell: a grapheme cluster already sanitised and measured, or the
/// right half of a wide one (`isContinuation`), which the backend skips.
///
/// The grapheme is held inline, so a cell holds no reference: a grid is one plain block of
/// memory to fill, copy and compare, which a pane redrawing every second feels.
public struct Cell: Hashable, Sendable {
    private var utf8: InlineUTF8
    public var style: Style
    public var isContinuation: Bool
    /// Fills the last byte of the 32, so that a cell has no padding: two equal cells are equal
    /// bit for bit, which lets the terminal compare whole rows with one `memcmp`.
    private var unused: UInt8 = 0

    /// The grapheme as text. One longer than a cell holds (`InlineUTF8.capacity` bytes) is
    /// U+FFFD; `Grid.put` never hands it one (`CellGrapheme` decides first).
    public var grapheme: String {
        get { utf8.string }
        set { utf8 = InlineUTF8(newValue) }
    }

    public init(_ grapheme: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        utf8 = InlineUTF8(grapheme)
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A cell of one scalar, its UTF-8 written straight in (no `String` made on the way): the
    /// common case of `Grid.put`.
    init(_ scalar: Unicode.Scalar, style: Style) {
        utf8 = InlineUTF8(scalar)
        self.style = style
        isContinuation = false
    }

    public static let blank = Cell()

    /// The grapheme's UTF-8 where the cell holds it, for the terminal's output: no `String` made.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { utf8.withBytes(body) }

    /// The number of bytes of the grapheme's UTF-8.
    public var utf8Count: Int { utf8.count }

    /// The cell is one space: it shows only its background.
    public var isSpace: Bool { utf8.isSpace }
}

/// Up to 23 bytes of UTF-8 in three words; the last byte is the count.
struct InlineUTF8: Hashable, Sendable {
    static let capacity = 23
    private var words: (UInt64, UInt64, UInt64) = (0, 0, 0)

    init(_ s: String) {
        var count = 0
        for byte in s.utf8 {
            guard count < Self.capacity else { self = InlineUTF8("\u{FFFD}"); return }
            set(byte, at: count)
            count += 1
        }
        set(UInt8(count), at: Self.capacity)
    }

    init(_ scalar: Unicode.Scalar) {
        var count = 0
        UTF8.encode(scalar) { byte in
            set(byte, at: count)
            count += 1
        }
        set(UInt8(count), at: Self.capacity)
    }

    var count: Int { Int(byte(at: Self.capacity)) }

    var isSpace: Bool { words.0 == 0x20 && words.1 == 0 && words.2 == UInt64(1) << 56 }

    /// The bytes in memory order: byte `i` is bits `8 * (i % 8)` up of word `i / 8`, which is
    /// memory order on a little-endian machine (every machine Lagom runs on).
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        #if _endian(little)
            withUnsafeBytes(of: words) { raw in
                body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
            }
        #else
            let bytes = (0..<count).map { byte(at: $0) }
            return bytes.withUnsafeBufferPointer(body)
        #endif
    }

    var string: String {
        String(unsafeUninitializedCapacity: count) { buffer in
            for i in 0..<count { buffer[i] = byte(at: i) }
            return count
        }
    }

    private func byte(at i: Int) -> UInt8 {
        let word = i < 8 ? words.0 : i < 16 ? words.1 : words.2
        return UInt8(truncatingIfNeeded: word >> UInt64((i % 8) * 8))
    }

    private mutating func set(_ byte: UInt8, at i: Int) {
        let bits = UInt64(byte) << UInt64((i % 8) * 8)
        switch i / 8 {
        case 0: words.0 |= bits
        case 1: words.1 |= bits
        default: words.2 |= bits
        }
    }

    static func == (a: InlineUTF8, b: InlineUTF8) -> Bool {
        a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
    }
}

/// A rectangle of cells: what every screen draws into and what the terminal
/// backend copies out. It knows nothing about terminals.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set { if contains(x: x, y: y) { cells[y * width + x] = newValue } }
    }

    /// The cells as one block of memory, row after row, for a writer that fills many at once (a
    /// picture of big digits every second) without a bounds and uniqueness check per cell.
    mutating func withCellBuffer<R>(_ body: (UnsafeMutableBufferPointer<Cell>) -> R) -> R {
        cells.withUnsafeMutableBufferPointer { body($0) }
    }

    /// The grid as plain text lines (continuation cells omitted), for snapshots.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !cells[y * width + x].isContinuation {
                line += cells[y * width + x].grapheme
            }
            return line
        }
    }
}
