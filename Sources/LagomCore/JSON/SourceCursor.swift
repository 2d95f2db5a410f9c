/// Walks the bytes of a document and turns offsets into line:column positions.
/// Columns count characters: the bytes since the last position are decoded and
/// counted as Swift `Character`s, so "å" (two bytes) is one column.
struct SourceCursor {
    let bytes: [UInt8]
    var offset = 0
    private(set) var line = 1
    private var lineStart = 0
    // The last position handed out on this line: counting continues from it, so
    // positioning every token of a line costs one pass over the line.
    private var markOffset = 0
    private var markColumn = 1

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { offset >= bytes.count }
    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    func byte(at index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func advance(by count: Int = 1) { offset += count }

    /// Skips JSON whitespace, keeping count of lines.
    mutating func skipWhitespace() {
        while let byte = current {
            switch byte {
            case 0x20, 0x09, 0x0D:
                offset += 1
            case 0x0A:
                offset += 1
                line += 1
                lineStart = offset
                markOffset = offset
                markColumn = 1
            default:
                return
            }
        }
    }

    /// Position of `offset` on the current line (default: the cursor).
    /// Offsets must not go backwards within a line; earlier ones start a recount.
    mutating func position(at target: Int? = nil) -> JSONPosition {
        let target = target ?? offset
        if target < markOffset {
            markOffset = lineStart
            markColumn = 1
        }
        markColumn += SourceCursor.characterCount(bytes, from: markOffset, to: target)
        markOffset = target
        return JSONPosition(line: line, column: markColumn)
    }

    /// Position of any offset, counting lines from the start (for errors found before parsing).
    static func position(of target: Int, in bytes: [UInt8]) -> JSONPosition {
        var line = 1
        var lineStart = 0
        for index in 0..<min(target, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return JSONPosition(line: line, column: 1 + characterCount(bytes, from: lineStart, to: target))
    }

    private static func characterCount(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        guard start < end else { return 0 }
        let slice = bytes[start..<end]
        if slice.allSatisfy({ $0 < 0x80 }) { return slice.count }
        return String(decoding: slice, as: UTF8.self).count
    }

    /// The character starting at `index`, for "found 'x'" in messages.
    func character(at index: Int) -> Character? {
        guard index < bytes.count else { return nil }
        let end = min(bytes.count, index + 16)
        return String(decoding: bytes[index..<end], as: UTF8.self).first
    }
}
