import FoundationEssentials
import Glibc
import LagomCore

extension SessionStore {
    /// A commit writes a new checkpoint once the log has grown this much past the newest one: the
    /// next process to open folds at most about this much (roughly 1,000 events) after it.
    static let defaultCheckpointEvery: Int64 = 256 * 1024

    var checkpointPath: String { "\(folder)/\(Self.checkpointFile)" }

    /// Starts from `state.checkpoint` when it matches: the same plan, and the log's first bytes still
    /// hash as they did when it was written (not cut, not edited, not another log). Anything else —
    /// no file, another format, a damaged file, a log that no longer matches — leaves the store as it
    /// was, to fold the whole log: a checkpoint is never trusted, only used when the log confirms it.
    /// Call under the log's lock, before the first read.
    func restoreCheckpoint() {
        guard readOffset == 0, let size = try? log.size(),
            let found = confirmedCheckpoint(within: size, foldingTo: size)
        else { return }
        let header = found.header
        session = found.session
        readOffset = header.logBytes
        readLines = header.logLines
        fingerprint = header.fingerprint
        seen = found.ids
        damage = header.damage
        for found in damage { notices.append(found.notice(file: log.path)) }
        checkpointCovers = header.logBytes
        keepsBaseInTail = preparedToUndo != nil
    }

    /// A checkpoint read back and confirmed by the log: its session, what it covers, the ids it folded.
    struct ConfirmedCheckpoint {
        var session: Session
        var header: CheckpointHeader
        var ids: EventIDs
    }

    /// `state.checkpoint` when it covers at most `limit` bytes and the log confirms it: its own hash
    /// holds, it was folded with this plan, and the log's first `logBytes` bytes hash to its fingerprint.
    /// That hash is skipped only for a checkpoint this process already confirmed or wrote
    /// (`confirmedCover`): the log's bytes up to `readOffset` are still what this process read, which
    /// every commit checks under the lock before it writes (`changeToLog`). Nil otherwise.
    /// `foldingTo`: where the log to be folded after it ends, so its session has room for those events.
    func confirmedCheckpoint(within limit: Int64, foldingTo end: Int64? = nil) -> ConfirmedCheckpoint? {
        guard let file = CheckpointFile.open(checkpointPath) else { return nil }
        let header = file.header
        guard header.planHash == planHash, header.logBytes > 0, header.logBytes <= limit else { return nil }
        // The log's bytes are hashed on a second thread while this one decodes; nothing decoded is used
        // unless the hash matches, nor unless the checkpoint's own bytes hash as written.
        let (log, length) = (self.log, header.logBytes)
        let hashing =
            confirmedCover == header.fingerprint ? nil : AsideWork { try? LogFingerprint.of(log, length: length) }
        let rest = try? JSONDecoder().decode(SessionState.self, from: Data(file.rest))
        // Log lines are rarely under 128 bytes (as when opening without a checkpoint).
        let tail = end.map { Int(max(0, $0 - header.logBytes) / 128) } ?? 0
        // Notes read when needed are read again from the file, one at a time: they are not kept meanwhile.
        let source = checkpointNotes == .whenRead ? file.stream.bodySource() : nil
        let restored = rest.flatMap {
            try? Session(
                plan: session.plan, rest: $0, body: file.stream.chunks(header.bodyBytes), reservingEvents: tail,
                notes: checkpointNotes, source: source)
        }
        let ids = restored == nil ? nil : file.stream.read(header.idBytes).flatMap { EventIDs(encoded: $0) }
        let intact = ids != nil && file.stream.verified()
        if let hashing, hashing.result() != header.fingerprint { return nil }
        guard intact, let restored, restored.eventCount == header.events, let ids else { return nil }
        confirmedCover = header.fingerprint
        return ConfirmedCheckpoint(session: restored, header: header, ids: ids)
    }

    /// Writes a checkpoint when the log has grown `checkpointEvery` bytes past the newest one. Called by
    /// a commit, under the exclusive lock, once its line is in the log: this process has then read
    /// every byte, so what it writes is the fold of the whole log. A failure is only a warning.
    func checkpointIfDue() {
        guard readOffset - checkpointCovers >= checkpointEvery, tornTail == nil, fingerprint.length == readOffset
        else { return }
        // Another process may have written a newer one meanwhile.
        if let header = CheckpointFile.readHeader(checkpointPath), header.format == CheckpointHeader.currentFormat {
            checkpointCovers = max(checkpointCovers, header.logBytes)
            guard readOffset - checkpointCovers >= checkpointEvery else { return }
        }
        do throws(StoreError) {
            try AtomicFile.write(checkpointBytes(), to: checkpointPath)
            checkpointCovers = readOffset
            confirmedCover = fingerprint
            removeAbandonedCheckpointTemporaries()
        } catch {
            notices.append(Localized(.storeNotUpdated, ["file": checkpointPath, "error": error.words]))
            checkpointCovers = readOffset  // not tried again at every commit
        }
    }

    /// Writes `state.checkpoint` from what this process has folded.
    public func writeCheckpoint() throws(StoreError) {
        if let reason = log.readOnlyReason { throw .readOnly(folder: folder, reason: reason) }
        try AtomicFile.write(checkpointBytes(), to: checkpointPath)
        checkpointCovers = readOffset
        confirmedCover = fingerprint
        removeAbandonedCheckpointTemporaries()
    }

    /// Rewrites `state.checkpoint` when it is missing, unreadable, or covers less of the log than this
    /// process has read; a screen calls this when it closes. A process whose view is older than the file
    /// never replaces it. A failure is only a warning; a viewer writes nothing.
    public func writeCheckpointIfStale() {
        guard log.readOnlyReason == nil, tornTail == nil, fingerprint.length == readOffset else { return }
        let path = checkpointPath
        guard CheckpointFile.readHeader(path).isBehind(readOffset) else { return }
        do throws(StoreError) {
            let temp = try AtomicFile.prepare(checkpointBytes(), for: path)
            do {
                // Checked again under the lock: a process that read further may have written it meanwhile,
                // and an older view must never replace a newer checkpoint.
                try log.withLock(exclusive: true) { () throws(StoreError) in
                    guard CheckpointFile.readHeader(path).isBehind(readOffset) else { return AtomicFile.discard(temp) }
                    try AtomicFile.install(temp, as: path)
                    confirmedCover = fingerprint
                }
            } catch {
                AtomicFile.discard(temp)
                throw error
            }
        } catch {
            notices.append(Localized(.storeNotUpdated, ["file": path, "error": error.words]))
        }
    }

    func checkpointBytes() -> [UInt8] {
        let checkpoint = session.checkpoint()
        let header = CheckpointHeader(
            format: CheckpointHeader.currentFormat, planHash: planHash, logBytes: readOffset, logLines: readLines,
            events: session.eventCount, fingerprint: fingerprint, damage: damage)
        return CheckpointFile.encode(
            header, rest: encoder.line(checkpoint.rest), body: checkpoint.body, ids: seen.encoded())
    }
}
