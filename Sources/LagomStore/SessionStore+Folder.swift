import FoundationEssentials
import Glibc
import LagomCore

extension SessionStore {
    /// Makes a new session folder for `lagom new`: checks the plan first, then writes `plan.json`
    /// (atomically) and an empty log. Refuses a folder that already holds a plan.
    public static func create(folder: String, planBytes: [UInt8]) throws(StoreError) {
        let planPath = "\(folder)/\(planFile)"
        do { _ = try PlanLoader.load(planBytes, file: planPath) } catch { throw .plan(error) }
        if FileManager.default.fileExists(atPath: planPath) { throw .alreadyExists(folder: folder) }
        try makeFolder(folder)
        try AtomicFile.write(planBytes, to: planPath)
        for name in [logFile, lockFile] {
            let fd = try Posix.open("\(folder)/\(name)", O_WRONLY | O_CREAT)
            SessionFile.settle(fd, inFolder: folder)
            close(fd)
        }
        try Posix.syncFolder(folder)
    }

    /// `mkdir -p`: a new session may be the first under `Sessions/`.
    /// The session folder is the owner's and the group's only (group-shared inside a shared folder); the
    /// folders above it are made as `mkdir -p` would.
    static func makeFolder(_ folder: String) throws(StoreError) {
        do throws(StoreError) {
            _ = try SessionFile.makeFolder(folder)
            return
        } catch {
            guard case .io(_, _, ENOENT) = error else { throw error }
        }
        let parent = parentFolder(of: folder)
        guard !parent.isEmpty, parent != folder else { throw .system(folder, .create, ENOENT) }
        try makeParents(parent)
        _ = try SessionFile.makeFolder(folder)
    }

    private static func makeParents(_ folder: String) throws(StoreError) {
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw .system(folder, .create) }
        let parent = parentFolder(of: folder)
        guard !parent.isEmpty, parent != folder else { throw .system(folder, .create, ENOENT) }
        try makeParents(parent)
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { throw .system(folder, .create) }
    }
}
