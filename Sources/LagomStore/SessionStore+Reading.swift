import Glibc
import LagomCore

/// The log's size and modification time at this process's last read: a cheap first look for a change
/// that was no append.
struct LogLook: Equatable {
    var size: Int64 = 0
    var modified = timespec()

    static func == (a: LogLook, b: LogLook) -> Bool {
        a.size == b.size && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
    }
}

extension SessionStore {
    /// Goes on with a log renamed over or deleted under this process when the new file holds every byte
    /// of the old one, or when the old one is still kept under another name (`lagom repair` does that):
    /// then it reads the new one from the start. Otherwise it refuses, and writes nothing. True if it
    /// switched files.
    @discardableResult
    func followReplacedLog() throws(StoreError) -> Bool {
        switch try log.followReplacement() {
        case .same:
            return false
        case .appeared:
            return true
        case .followed:
            notices.append(Localized(.storeFollowedReplacement, ["file": log.path]))
            return true
        case .swapped:
            try readAgain(Localized(.storeWhySwapped))
            return true
        case .lost(_, let line):
            throw .damagedLog(
                file: log.path, line: line,
                reason: Localized(.storeDamagedReplaced))
        }
    }

    /// How the log no longer starts with the bytes this process read; nil when it still does. Nothing
    /// changed (same size and modification time as at the last read or write): nil. `thorough` (under
    /// the lock, before a commit): otherwise every byte is hashed again. Otherwise a cheap look: the log grew (other processes appended) and the last bytes read are still where they
    /// were (an edit that moved lines shows there); a log that changed without growing was edited in
    /// place and is hashed again.
    func changeToLog(thorough: Bool) throws(StoreError) -> Localized? {
        let look = try log.look()
        if look.size < readOffset { return Localized(.storeWhyCut, ["from": Int(readOffset), "to": Int(look.size)]) }
        // Not touched at all since this process read it (its own commit, or its open, was the last
        // change): nothing to hash. This keeps a commit right after opening a big log from hashing it twice.
        if look == lastLook { return nil }
        if !thorough {
            if look.size > lastLook.size, try lastBytesMatch() { return nil }
        }
        return try LogFingerprint.of(log, length: readOffset) == fingerprint ? nil : Localized(.storeWhyChangedInPlace)
    }

    private func lastBytesMatch() throws(StoreError) -> Bool {
        let count = Int(min(readOffset, 256))
        let before = try log.read(at: readOffset - Int64(count), count: count)
        return before == lastBytes
    }

    /// Records what was read: its fingerprint, the last bytes, and the look of the file.
    func noteRead() throws(StoreError) {
        try fingerprint.extend(log, to: readOffset)
        let count = Int(min(readOffset, 256))
        lastBytes = try log.read(at: readOffset - Int64(count), count: count)
        lastLook = try log.look()
    }

    /// The log is not what this process read (edited in place, cut, swapped by `lagom repair`): it is
    /// folded again from the start, as a new pane would, and a person is told.
    func readAgain(_ why: Localized) throws(StoreError) {
        notices.append(Localized(.storeReadAgain, ["file": log.path, "why": why]))
        session = Session(plan: session.plan, holdsHistory: false)
        readOffset = 0
        readLines = 0
        tornTail = nil
        fingerprint = LogFingerprint()
        lastBytes = []
        seen = EventIDs()
        confirmedCover = nil
    }

    /// Reads from `readOffset` to the end and folds the events as one batch. `settled`: no one is writing
    /// (lock held or at load), so damage at the very end is a torn tail rather than a write in progress.
    func readNew(settled: Bool) throws(StoreError) -> Int {
        var end = try log.size()
        if end < readOffset {
            try readAgain(Localized(.storeWhyCut, ["from": Int(readOffset), "to": Int(end)]))
            end = try log.size()
        }
        // The first read after restoring a checkpoint for an undo keeps the base (`foldKeepingBase`).
        let keepingBase = keepsBaseInTail && readOffset > 0  // not when the log was cut and is read again
        keepsBaseInTail = false
        // A first cheap pass finds the undos, so the events can be folded as they are read, not kept.
        let scan = try UndoScan(log: log, scanner: scanner, from: readOffset, to: end)
        if readOffset == 0 {
            // Opening: size the undo index and the notes once. Log lines are rarely under 128 bytes, and
            // room reserved but never filled costs address space, not memory (untouched pages are not resident).
            session.reserveCapacity(forEvents: Int(end / 128))
            session.reserveCapacity(forNotes: scan.notesAdded)
        }
        // An undo of something already folded refolds the history: read it back for this batch only.
        // Undos of what this batch brings (the log after a checkpoint, another pane's quick undo) fold
        // as they are read.
        let refolding =
            !scan.undone.isEmpty && session.heldHistory == nil && !session.canFold(undoing: scan.undone)
        // Refolded from the checkpoint when it covers nothing these undos take back: its state (kept at
        // open, or read again), then the events after it this process had folded, then the new ones.
        let rewound = refolding ? session.rewindToBase(undoing: scan.undone) : nil
        let start = refolding && rewound == nil ? refoldStart(undoing: scan.undone) : nil
        let holding = refolding && rewound == nil && start == nil
        if holding { session.holdHistory(try loadHistory()) }
        defer { if holding { session.releaseHistory() } }
        let reader = LogChunkReader(
            log: log, scanner: scanner, from: readOffset, lines: readLines, to: end, settled: settled, seen: seen)
        if let rewound {
            session.replay([AnySequence(rewound.tail), AnySequence(reader)].joined(), undoing: rewound.undoing)
        } else if let start {
            session = start.base
            session.replay([AnySequence(start.tail), AnySequence(reader)].joined(), undoing: start.undoing)
        } else if keepingBase, let preparedToUndo {
            foldKeepingBase(reader, for: preparedToUndo)
        } else {
            session.replay(reader, undoing: scan.undone)
        }
        readOffset = reader.offset
        readLines = reader.lines
        for found in reader.damage {
            damage.append(found)
            notices.append(found.notice(file: log.path))
        }
        if let failure = reader.failure { throw failure }
        try noteRead()
        if settled {
            tornTail = reader.tornTail
        } else if let known = tornTail, readOffset > known.offset {
            tornTail = nil  // another process repaired it
        }
        return reader.eventCount
    }
}
