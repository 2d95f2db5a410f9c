import FoundationEssentials
import Glibc

/// What `lagom share` changed.
public struct ShareReport: Sendable {
    public var group: String
    public var files = 0
    public var folders = 0
}

extension SessionStore {
    /// Sets a session folder up for a group of accounts (a facilitator's and the secretaries' own, over
    /// SSH): every file and folder in it gets `group`, files `0660`, folders `2770` (setgid, so what is
    /// made later gets the group too, and Lagom makes it group-writable). Nothing becomes readable by
    /// other accounts. Links are left alone (Lagom opens none). Needs the owner of the files (or root),
    /// in that group.
    public static func share(folder: String, group: String) throws(StoreError) -> ShareReport {
        guard let entry = getgrnam(group) else { throw .noGroup(group) }
        let gid = entry.pointee.gr_gid
        var report = ShareReport(group: group)
        try shareEntry(folder, gid: gid, report: &report)
        return report
    }

    private static func shareEntry(_ path: String, gid: gid_t, report: inout ShareReport) throws(StoreError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw .system(path, .examine) }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFDIR || kind == S_IFREG else { return }
        guard lchown(path, uid_t.max, gid) == 0 else { throw .system(path, .changeGroup) }
        let isFolder = kind == S_IFDIR
        guard chmod(path, isFolder ? 0o2770 : 0o660) == 0 else { throw .system(path, .changePermissions) }
        guard isFolder else {
            report.files += 1
            return
        }
        report.folders += 1
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch { throw .system(path, .list) }
        for name in names.sorted() { try shareEntry("\(path)/\(name)", gid: gid, report: &report) }
    }
}
