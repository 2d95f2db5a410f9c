import FoundationEssentials
import Glibc
import LagomCore

/// A running projector's pane size, one small file per projector process in the session folder
/// (`projector-<pid>.pane`), so the facilitator's console can warn when the room's text is too small.
/// Not an event: it is no part of the day's history, so undo, the record and exports never see it.
/// Written whole (temp file and rename) when the pane opens or changes size, removed when it closes;
/// a file left by a pane that was killed is passed over, since its process no longer runs.
extension SessionStore {
    static let presenceSuffix = ".pane"

    static func presenceName(pid: Int32) -> String { "projector-\(pid)\(presenceSuffix)" }

    /// Says that this process shows the projector in a pane of `width × height` cells.
    public func announceProjector(width: Int, height: Int) throws(StoreError) {
        guard let folder = try OpenFolder(folder) else { throw .system(self.folder, .open, ENOENT) }
        let pane = ProjectorPane(pid: getpid(), width: width, height: height)
        // Encoding three numbers cannot fail.
        var bytes = [UInt8](try! JSONEncoder().encode(pane))
        bytes.append(UInt8(ascii: "\n"))
        try folder.write(bytes, to: Self.presenceName(pid: pane.pid), privateFile: true)
    }

    /// Takes back this process's projector pane (when the pane closes).
    public func withdrawProjector() {
        try? OpenFolder(folder)?.remove(Self.presenceName(pid: getpid()))
    }

    /// The projector panes that report their size in the session folder and still run, largest first.
    /// A file that cannot be read or decoded is passed over: it only ever adds a warning.
    public func projectorPanes() -> [ProjectorPane] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix("projector-") && name.hasSuffix(Self.presenceSuffix) { names.append(name) }
        }
        guard !names.isEmpty, let open = try? OpenFolder(folder) else { return [] }
        let panes = names.compactMap { name -> ProjectorPane? in
            guard let bytes = try? open.read(name) else { return nil }
            return try? JSONDecoder().decode(ProjectorPane.self, from: Data(bytes))
        }
        return panes.filter { Self.isRunning($0.pid) }.sorted { $0.height > $1.height }
    }

    /// Whether a process with this id runs (one of another account's counts: it cannot be signalled).
    public static func isRunning(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
