import Synchronization

/// Where the bytes of a checkpoint's body can be read again, a part at a time: the store's checkpoint
/// file, so that its notes need not stay in memory until one is read (`CheckpointNotes`).
public protocol CheckpointBodySource: Sendable {
    /// `count` bytes from `offset` in the body; nil when they cannot all be read.
    func bytes(at offset: Int, count: Int) -> [UInt8]?
}

/// The notes of a checkpoint kept as the bytes they were saved as, each decoded when it is read. A
/// command that adds a note (`lagom note add`) needs how many there are and whether an id is taken —
/// the note index, loaded before them — and, to fold the log after the checkpoint, only the few notes
/// that log edits, moves or deletes: decoding all 100,000 of them was most of its start. All of them
/// are decoded (once, whichever copy of the state asks first) only when something reads them all.
///
/// The bytes were checked before the session was made from them (the file's own hash, and the log's),
/// so they are exactly what this format's writer wrote, and a source gives them again as they were (the
/// store's checkpoint is never changed in place, only replaced); decoding them then fails only through a
/// bug, which stops the process rather than go on with notes that are not the log's.
final class CheckpointNotes: Sendable {
    let count: Int
    /// The notes, one after another; note `i` is at `offsets[i]..<offsets[i + 1]` from their start.
    private let bytes: Bytes
    private let offsets: [UInt32]
    private let table: [String]
    private let actors: [Actor]
    /// The time each note's is written from.
    private let since: Int64
    /// The index as the checkpoint loaded it, which every id is checked against when all are decoded.
    private let index: NoteIndex
    private let decoded = Mutex<Decoded>(Decoded())

    /// The notes' bytes: kept, or where they can be read again (`start`: where they begin in the body).
    private enum Bytes: Sendable {
        case kept(ArraySlice<UInt8>)
        case source(any CheckpointBodySource, start: Int)
    }

    private struct Decoded {
        var notes: [Note]?
        /// The last list `all(changed:followedBy:)` made, and of what.
        var joined: (changed: [Int: Note], tail: [Note], all: [Note])?
    }

    /// The notes of a section (`write(_:)`) that begins `offset` bytes into the body; `index` was loaded
    /// before them. With a `source`, their bytes are passed over (so that the caller's hash of them holds)
    /// and read again from it when needed; without one, they are kept.
    init(
        section: CheckpointChunks, at offset: Int, source: (any CheckpointBodySource)?, count: Int, index: NoteIndex
    ) throws(CheckpointReader.Malformed) {
        var input = try CheckpointReader(section)
        let head = try Head(&input, count: count, keepingSizes: true)
        var offsets: [UInt32] = []
        offsets.reserveCapacity(count + 1)
        var end: UInt32 = 0
        offsets.append(0)
        for size in head.sizes {
            let (next, overflow) = end.addingReportingOverflow(size)
            guard !overflow else { throw CheckpointReader.Malformed() }
            end = next
            offsets.append(end)
        }
        let start = offset + input.bytesRead
        let rest = input.rest()
        guard Int(end) == rest.count else { throw CheckpointReader.Malformed() }
        if let source {
            guard rest.passedOver() else { throw CheckpointReader.Malformed() }
            bytes = .source(source, start: start)
        } else {
            guard let pieces = rest.collected() else { throw CheckpointReader.Malformed() }
            bytes = .kept(pieces.count == 1 ? pieces[0] : Array(pieces.joined())[...])
        }
        self.count = count
        self.offsets = offsets
        table = input.sharedStrings
        actors = head.actors
        since = head.since
        self.index = index
    }

    /// The note at `position` (below `count`), decoded alone unless all are.
    func note(at position: Int) -> Note {
        if let all = decoded.withLock({ $0.notes }) { return all[position] }
        do throws(CheckpointReader.Malformed) {
            var input = CheckpointReader(
                whole: try notesBytes(Int(offsets[position])..<Int(offsets[position + 1])), table: table)
            let note = try Self.readNote(&input, actors: actors, since: since).note
            guard input.atEnd else { throw CheckpointReader.Malformed() }
            return note
        } catch {
            preconditionFailure("a note of a checkpoint whose hash held does not decode")
        }
    }

    /// Every note: these, with those at the positions of `changed` as they are there, then `tail` (the
    /// notes added after them). The list last asked for is kept: a reader that asks again copies nothing.
    func all(changed: [Int: Note], followedBy tail: [Note]) -> [Note] {
        decoded.withLock { decoded in
            let notes = decodeAll(&decoded)
            if changed.isEmpty, tail.isEmpty { return notes }
            if let joined = decoded.joined, joined.changed == changed, joined.tail == tail { return joined.all }
            var all = notes
            for (position, note) in changed { all[position] = note }
            all.append(contentsOf: tail)
            decoded.joined = (changed, tail, all)
            return all
        }
    }

    private func decodeAll(_ decoded: inout Decoded) -> [Note] {
        if let notes = decoded.notes { return notes }
        do throws(CheckpointReader.Malformed) {
            var input = CheckpointReader(whole: try notesBytes(0..<Int(offsets[count])), table: table)
            var notes: [Note] = []
            notes.reserveCapacity(count)
            var numbers: [UInt64] = []
            numbers.reserveCapacity(count)
            var others: [NoteID: Int] = [:]
            for position in 0..<count {
                let (note, number) = try Self.readNote(&input, actors: actors, since: since)
                guard input.bytesRead == Int(offsets[position + 1]) else { throw CheckpointReader.Malformed() }
                numbers.append(number ?? NoteIndex.notANumber)
                if number == nil { others[note.id] = position }
                notes.append(note)
            }
            guard input.atEnd, index.matches(numbers: numbers, others: others) else {
                throw CheckpointReader.Malformed()
            }
            decoded.notes = notes
            return notes
        } catch {
            preconditionFailure("the notes of a checkpoint whose hash held do not decode")
        }
    }
}

// MARK: - The section's bytes

extension CheckpointNotes {
    /// The bytes of the notes in `range` (counted from the first note's).
    private func notesBytes(_ range: Range<Int>) throws(CheckpointReader.Malformed) -> ArraySlice<UInt8> {
        switch bytes {
        case .kept(let kept):
            return kept[(kept.startIndex + range.lowerBound)..<(kept.startIndex + range.upperBound)]
        case .source(let source, let start):
            guard let read = source.bytes(at: start + range.lowerBound, count: range.count) else {
                preconditionFailure("the checkpoint whose notes this session holds can no longer be read")
            }
            return read[...]
        }
    }
}

extension CheckpointNotes {
    /// What comes before the notes: their actors, how many, the time theirs are written from, and the
    /// size of each in bytes (so one can be found without the ones before it).
    private struct Head {
        var actors: [Actor] = []
        var since: Int64
        /// Each note's size, when kept (`keepingSizes`).
        var sizes: [UInt32] = []
        /// All of them.
        var total = 0

        init(_ input: inout CheckpointReader, count: Int, keepingSizes: Bool) throws(CheckpointReader.Malformed) {
            for _ in 0..<(try input.length()) {
                guard let actor = Actor(parsing: try input.string()) else { throw CheckpointReader.Malformed() }
                actors.append(actor)
            }
            guard try input.length() == count else { throw CheckpointReader.Malformed() }
            since = try input.signed()
            if keepingSizes { sizes.reserveCapacity(count) }
            for _ in 0..<count {
                let size = try input.length()
                guard size > 0, size <= Int(UInt32.max) else { throw CheckpointReader.Malformed() }
                if keepingSizes { sizes.append(UInt32(size)) }
                total += size
            }
        }
    }

    /// The notes as a section of their own (`CheckpointWriter.section(_:)`): their table of repeated
    /// strings, the head (`Head`), then each note.
    static func write(_ notes: [Note]) -> [UInt8] {
        var actors: [Actor: Int] = [:]
        for note in notes where actors[note.by] == nil { actors[note.by] = actors.count }
        let since = notes.first?.addedAt.milliseconds ?? 0
        var out = CheckpointWriter()
        out.reserve(notes.count * 100)
        var sizes: [Int] = []
        sizes.reserveCapacity(notes.count)
        for note in notes {
            let start = out.bytes.count
            out.string(note.id.rawValue)
            out.shared(note.place.step.rawValue)
            out.shared(note.place.list)
            let flags = (note.deleted ? 1 : 0) | (note.place.group != nil ? 2 : 0) | (note.place.parent != nil ? 4 : 0)
            out.unsigned(UInt64(flags) | UInt64(actors[note.by]!) << 3)
            if let group = note.place.group { out.int(group) }
            if let parent = note.place.parent { out.string(parent.rawValue) }
            out.string(note.text)
            out.signed(note.addedAt.milliseconds &- since)
            sizes.append(out.bytes.count - start)
        }
        var head = CheckpointWriter()
        head.unsigned(UInt64(actors.count))
        for (actor, _) in actors.sorted(by: { $0.value < $1.value }) { head.string(actor.description) }
        head.unsigned(UInt64(notes.count))
        head.signed(since)
        for size in sizes { head.unsigned(UInt64(size)) }
        return out.finished(head: head.bytes)
    }

    /// The `count` notes of a section read as it comes, checked against the note index the checkpoint
    /// loaded before them: each id exactly where the index says. `extra`: room for more notes.
    static func read(
        _ chunks: CheckpointChunks, count: Int, index: NoteIndex, reserving extra: Int
    ) throws(CheckpointReader.Malformed) -> [Note] {
        var input = try CheckpointReader(chunks)
        // Read one after another, the sizes are only checked to add up to the notes' bytes.
        let head = try Head(&input, count: count, keepingSizes: false)
        guard input.bytesLeft == head.total else { throw CheckpointReader.Malformed() }
        var notes: [Note] = []
        notes.reserveCapacity(count + extra)
        var numbers: [UInt64] = []
        numbers.reserveCapacity(count)
        var others: [NoteID: Int] = [:]
        for _ in 0..<count {
            let (note, number) = try readNote(&input, actors: head.actors, since: head.since)
            numbers.append(number ?? NoteIndex.notANumber)
            if number == nil { others[note.id] = notes.count }
            notes.append(note)
        }
        guard input.atEndOfPieces(), index.matches(numbers: numbers, others: others) else {
            throw CheckpointReader.Malformed()
        }
        return notes
    }

    /// One note, and its id as a number (nil: not of the alphabet).
    private static func readNote(
        _ input: inout CheckpointReader, actors: [Actor], since: Int64
    ) throws(CheckpointReader.Malformed) -> (note: Note, number: UInt64?) {
        let (raw, number) = try input.string { IDAlphabet.number(utf8: $0) }
        let step = StepID(rawValue: try input.shared())
        let list = try input.shared()
        let flags = try input.unsigned()
        guard flags >> 3 < UInt64(actors.count) else { throw CheckpointReader.Malformed() }
        let group = flags & 2 != 0 ? try input.int() : nil
        let parent = flags & 4 != 0 ? NoteID(rawValue: try input.string()) : nil
        let text = try input.string()
        let added = since &+ (try input.signed())
        let note = Note(
            id: NoteID(rawValue: raw), place: NotePlace(step: step, list: list, group: group, parent: parent),
            text: text, addedAt: WallTime(milliseconds: added), by: actors[Int(flags >> 3)], deleted: flags & 1 != 0)
        return (note, number)
    }
}
