/// The complete lines of the log between two offsets, read one chunk at a time. A line longer than
/// `LogLimits.maxLineBytes` is passed over without being held (a 50 MB line written by hand costs a
/// read, not 50 MB): it comes out as `.tooLong`, and is unreadable.
struct LogLines {
    enum Line {
        /// A line without its newline.
        case text(ArraySlice<UInt8>)
        case tooLong
    }

    private let log: EventLogFile
    let end: Int64
    /// Where the next line starts.
    private(set) var offset: Int64
    private var chunk: [UInt8] = []
    /// `chunk[0]` is the byte at this offset.
    private var chunkOffset: Int64
    private static let chunkSize = 1 << 17

    init(log: EventLogFile, from offset: Int64, to end: Int64) {
        self.log = log
        self.offset = offset
        self.end = end
        chunkOffset = offset
    }

    /// The next complete line and the offset just past its newline; nil when only an unfinished line
    /// (no newline yet) or nothing is left before `end`.
    mutating func next() throws(StoreError) -> (line: Line, end: Int64)? {
        while true {
            let start = Int(offset - chunkOffset)
            if start < chunk.count, let newline = chunk[start...].firstIndex(of: UInt8(ascii: "\n")) {
                offset = chunkOffset + Int64(newline + 1)
                if newline - start > LogLimits.maxLineBytes { return (.tooLong, offset) }
                return (.text(chunk[start..<newline]), offset)
            }
            let buffered = chunk.count - start
            guard chunkOffset + Int64(chunk.count) < end else { return nil }
            if buffered > LogLimits.maxLineBytes { return try skipLongLine() }
            // Keep the unfinished start of a line and read on after it.
            let count = Int(min(Int64(Self.chunkSize + buffered), end - offset))
            chunk = try log.read(at: offset, count: count)
            chunkOffset = offset
            if chunk.count == buffered { return nil }  // the file is shorter than it was a moment ago
        }
    }

    /// Reads on to the newline of a line already known to be too long, keeping nothing.
    private mutating func skipLongLine() throws(StoreError) -> (line: Line, end: Int64)? {
        var position = chunkOffset + Int64(chunk.count)
        while position < end {
            let piece = try log.read(at: position, count: Int(min(Int64(Self.chunkSize), end - position)))
            if piece.isEmpty { return nil }
            if let newline = piece.firstIndex(of: UInt8(ascii: "\n")) {
                offset = position + Int64(newline + 1)
                chunk = []
                chunkOffset = offset
                return (.tooLong, offset)
            }
            position += Int64(piece.count)
        }
        return nil  // unfinished: judged as a torn tail at a settled end, left for later otherwise
    }
}

/// What a log line may be. Enforced when reading as well as when writing, so that a line written by
/// hand cannot make every pane hold and redraw megabytes.
public enum LogLimits {
    /// One commit's line: far more than a paste of a hundred notes or a tally of every item of a day.
    public static let maxLineBytes = 1 << 20
}
