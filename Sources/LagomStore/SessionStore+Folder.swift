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
            close(fd)
        }
        try Posix.syncFolder(folder)
    }

    /// `mkdir -p`: a new session may be the first under `Sessions/`.
    static func makeFolder(_ folder: String) throws(StoreError) {
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw .system(folder, "create folder") }
        let parent = parentFolder(of: folder)
        guard !parent.isEmpty, parent != folder else { throw .system(folder, "create folder", ENOENT) }
        try makeFolder(parent)
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { throw .system(folder, "create folder") }
    }
}
