import FoundationEssentials
import Glibc
import LagomCore

extension SessionStore {
    /// The folder of a session named on the command line: first the folder itself, when it holds a
    /// `plan.json` (`s1` in the current folder, `../dag`, `/tmp/dag`); then, for a bare name, the session
    /// of that name under `sessionsRoot`. The error lists every place looked in, in that order.
    /// `workingFolder` stands for the current folder (tests); nil is the process's own.
    public static func resolve(_ nameOrPath: String, sessionsRoot: String,
                               workingFolder: String? = nil) throws(StoreError) -> String {
        let isPath = nameOrPath.contains("/") || nameOrPath == "." || nameOrPath == ".."
        var candidates: [String] = []
        if !nameOrPath.isEmpty {
            candidates.append(workingFolder.map { nameOrPath.hasPrefix("/") ? nameOrPath : "\($0)/\(nameOrPath)" } ?? nameOrPath)
            if !isPath { candidates.append("\(sessionsRoot)/\(nameOrPath)") }
        }
        for folder in candidates where FileManager.default.fileExists(atPath: "\(folder)/\(planFile)") {
            return folder
        }
        throw .noSession(name: nameOrPath, looked: candidates.map { "\($0)/\(planFile)" })
    }

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
    private static func makeFolder(_ folder: String) throws(StoreError) {
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw .system(folder, "create folder") }
        let parent = parentFolder(of: folder)
        guard !parent.isEmpty, parent != folder else { throw .system(folder, "create folder", ENOENT) }
        try makeFolder(parent)
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { throw .system(folder, "create folder") }
    }
}
