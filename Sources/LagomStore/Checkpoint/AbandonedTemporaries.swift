import Glibc

extension SessionStore {
    /// How old a checkpoint's temporary file must be to count as abandoned: writing one takes well under
    /// a second, so ten minutes leaves any process still preparing one (outside the lock, as
    /// `writeCheckpointIfStale` does) alone.
    static let abandonedAfterSeconds = 600

    /// Removes `state.checkpoint.tmp-…` files a `kill -9` left in the middle of writing a checkpoint
    /// (7 MB each at 100,000 events, never read). Called after a checkpoint is written; only files older
    /// than `abandonedAfterSeconds` go, so a write under way is never touched. Best effort: a file that
    /// cannot be removed is left for the next checkpoint.
    func removeAbandonedCheckpointTemporaries(now: Int = Int(time(nil))) {
        let prefix = "\(Self.checkpointFile).tmp-"
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        var abandoned: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasPrefix(prefix) else { continue }
            var info = stat()
            // lstat: a link planted under that name is removed as a name, never followed.
            guard lstat("\(folder)/\(name)", &info) == 0, now - Int(info.st_mtim.tv_sec) >= Self.abandonedAfterSeconds
            else { continue }
            abandoned.append(name)
        }
        guard !abandoned.isEmpty, let open = try? OpenFolder(folder) else { return }
        for name in abandoned { try? open.remove(name) }
    }
}
