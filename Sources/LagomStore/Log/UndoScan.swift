import Glibc
import LagomCore

/// A first, cheap pass over log bytes before they are folded: the transactions their undos take back,
/// and about how many notes they add. Knowing the undos beforehand lets a session that does not keep
/// its events fold a whole log in one streamed pass (`Session.replay(_:undoing:)`).
///
/// Only lines that can be an undo are decoded: any JSON spelling of the key `transactionUndone`
/// holds those letters as they are or a `\u` escape (no other JSON escape stands for a letter), so a
/// line with neither is not an undo. Such a line is decoded exactly as `LogScanner` decodes it.
/// Unreadable lines are left to the fold, which judges them.
struct UndoScan {
    private(set) var undone: Set<String> = []
    /// Lines naming `noteAdded` (a note's text may too: an estimate, only used to size the notes).
    private(set) var notesAdded = 0

    private static let undoKey = Array(Event.Body.undoKey.utf8)
    private static let escape = Array(#"\u"#.utf8)
    private static let noteKey = Array(#"{"noteAdded":"#.utf8)

    /// Scans the complete lines between `offset` and `end` (a line over the length limit is unreadable).
    init(log: EventLogFile, scanner: LogScanner, from offset: Int64, to end: Int64) throws(StoreError) {
        var lines = LogLines(log: log, from: offset, to: end)
        while let (line, _) = try lines.next() {
            guard case .text(let text) = line else { continue }
            scanLine(text, scanner: scanner)
        }
    }

    private mutating func scanLine(_ text: ArraySlice<UInt8>, scanner: LogScanner) {
        notesAdded += Self.occurrences(of: Self.noteKey, in: text)
        var undo = false
        Self.forEachOccurrence(of: Self.undoKey, anchor: 11, in: text) { _ in undo = true }
        if !undo { Self.forEachOccurrence(of: Self.escape, anchor: 0, in: text) { _ in undo = true } }
        guard undo, let events = scanner.decodeLine(text) else { return }
        for event in events { if let tx = event.undoneTransaction { undone.insert(tx) } }
    }

    /// Occurrences of `needle`, found by its seventh byte (`"noteAdded"`: the capital `A`).
    private static func occurrences(of needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        forEachOccurrence(of: needle, anchor: 6, in: bytes) { _ in count += 1 }
        return count
    }

    /// Calls `body` with the index in `bytes` of each occurrence of `needle`. `memchr` finds candidates by
    /// the needle's least common byte (`anchor`), so this pass costs little beside decoding.
    private static func forEachOccurrence(
        of needle: [UInt8], anchor: Int, in bytes: ArraySlice<UInt8>, _ body: (Int) -> Void
    ) {
        bytes.withUnsafeBytes { haystack in
            guard let base = haystack.baseAddress else { return }
            var from = anchor
            while from < haystack.count,
                let found = memchr(base + from, Int32(needle[anchor]), haystack.count - from)
            {
                let hit = base.distance(to: UnsafeRawPointer(found))
                let start = hit - anchor
                if start + needle.count <= haystack.count,
                    needle.withUnsafeBytes({ memcmp(base + start, $0.baseAddress!, needle.count) == 0 })
                {
                    body(bytes.startIndex + start)
                }
                from = hit + 1
            }
        }
    }
}
