import FoundationEssentials
import Glibc
import LagomCore

/// A session carried inside the program (the sample): a template, never run in place. Named on the
/// command line, it opens as the user's working copy, made from these bytes on first use.
public struct BundledSession: Sendable {
    public let name: String
    public let plan: [UInt8]
    /// The history it ships with (a results session); empty for a plan to run.
    public let log: [UInt8]

    public init(name: String, plan: [UInt8], log: [UInt8] = []) {
        self.name = name
        self.plan = plan
        self.log = log
    }
}

/// Where a session named on the command line is found, and where new sessions are made.
///
/// A bare NAME is, in this order: the folder `NAME` in the current folder; the user's session
/// `NAME` (`$XDG_DATA_HOME/lagom/sessions/NAME`, by default `~/.local/share/lagom/sessions/NAME`);
/// a bundled sample, copied there on first use; the older layout `./Sessions/NAME`, opened in place.
/// So running the sample never writes into the repository's `Sessions/`, and works from any folder.
public struct SessionPlaces: Sendable {
    /// The current folder; nil is the process's own (tests pass one).
    public var workingFolder: String?
    /// Where `lagom new NAME` makes a session and where a bundled sample's working copy lives;
    /// nil when neither `XDG_DATA_HOME` nor `HOME` says where that is.
    public var userSessions: String?
    public var bundled: [BundledSession]
    /// The older layout, relative to the working folder: sessions made under `./Sessions`.
    public var sessionsRoot: String

    public init(
        workingFolder: String? = nil, userSessions: String?, bundled: [BundledSession] = [],
        sessionsRoot: String = "Sessions"
    ) {
        self.workingFolder = workingFolder
        self.userSessions = userSessions
        self.bundled = bundled
        self.sessionsRoot = sessionsRoot
    }

    /// The places of this process: its environment's data folder and the given samples.
    public static func standard(bundled: [BundledSession]) -> SessionPlaces {
        SessionPlaces(userSessions: userSessionsFolder(environment: Self.variable), bundled: bundled)
    }

    /// `$XDG_DATA_HOME/lagom/sessions` when that is an absolute path (the XDG rule), else
    /// `$HOME/.local/share/lagom/sessions`; nil when neither is set.
    public static func userSessionsFolder(environment: (String) -> String?) -> String? {
        if let data = environment("XDG_DATA_HOME"), data.hasPrefix("/") { return data + "/lagom/sessions" }
        if let home = environment("HOME"), home.hasPrefix("/") { return home + "/.local/share/lagom/sessions" }
        return nil
    }

    private static func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

    /// What a name on the command line opened: the folder, and whether a sample's working copy was
    /// made just now (worth telling the user where it lives).
    public struct Found: Equatable, Sendable {
        public let folder: String
        public let madeWorkingCopy: Bool
    }

    /// The folder of the session named `nameOrPath`; a bundled sample's working copy is made when
    /// missing. The error lists every place looked in, in order.
    public func open(_ nameOrPath: String) throws(StoreError) -> Found {
        if let folder = existing(nameOrPath) { return Found(folder: folder, madeWorkingCopy: false) }
        if !isPath(nameOrPath), let sample = bundled.first(where: { $0.name == nameOrPath }) {
            let folder = try workingCopyFolder(nameOrPath)
            try Self.materialize(sample, at: folder)
            return Found(folder: folder, madeWorkingCopy: true)
        }
        if let folder = olderLayout(nameOrPath) { return Found(folder: folder, madeWorkingCopy: false) }
        throw .noSession(name: nameOrPath, looked: looked(nameOrPath))
    }

    /// Whether `nameOrPath` names a session or a sample, without making anything.
    public func knows(_ nameOrPath: String) -> Bool {
        existing(nameOrPath) != nil || bundledSample(nameOrPath) != nil || olderLayout(nameOrPath) != nil
    }

    /// The folder of a session that exists already (never a sample's working copy made for the asking).
    public func existingFolder(_ nameOrPath: String) -> String? {
        existing(nameOrPath) ?? (bundledSample(nameOrPath) == nil ? olderLayout(nameOrPath) : nil)
    }

    /// The plan of the session or sample named `nameOrPath`, for `lagom new --from`: a sample
    /// without a working copy gives its bundled plan (nothing is copied).
    public func planBytes(of nameOrPath: String) throws(StoreError) -> [UInt8] {
        if let folder = existing(nameOrPath) ?? (bundledSample(nameOrPath) == nil ? olderLayout(nameOrPath) : nil) {
            return try Posix.readWholeFile("\(folder)/\(SessionStore.planFile)")
        }
        if let sample = bundledSample(nameOrPath) { return sample.plan }
        throw .noSession(name: nameOrPath, looked: looked(nameOrPath))
    }

    /// Where `lagom new NAME` puts the session: a path as given, a bare name among the user's sessions.
    public func newSessionFolder(_ nameOrPath: String) throws(StoreError) -> String {
        isPath(nameOrPath) ? nameOrPath : try workingCopyFolder(nameOrPath)
    }

    // MARK: - Looking

    private func isPath(_ text: String) -> Bool { text.contains("/") || text == "." || text == ".." }

    private func inWorkingFolder(_ path: String) -> String {
        guard let workingFolder, !path.hasPrefix("/") else { return path }
        return "\(workingFolder)/\(path)"
    }

    private func holdsPlan(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: "\(folder)/\(SessionStore.planFile)")
    }

    private func bundledSample(_ name: String) -> BundledSession? {
        isPath(name) ? nil : bundled.first { $0.name == name }
    }

    /// The folder itself, else (a bare name) the user's session of that name.
    private func existing(_ nameOrPath: String) -> String? {
        guard !nameOrPath.isEmpty else { return nil }
        let here = inWorkingFolder(nameOrPath)
        if holdsPlan(here) { return here }
        guard !isPath(nameOrPath), let userSessions else { return nil }
        let mine = "\(userSessions)/\(nameOrPath)"
        return holdsPlan(mine) ? mine : nil
    }

    private func olderLayout(_ nameOrPath: String) -> String? {
        guard !nameOrPath.isEmpty, !isPath(nameOrPath) else { return nil }
        let folder = inWorkingFolder("\(sessionsRoot)/\(nameOrPath)")
        return holdsPlan(folder) ? folder : nil
    }

    private func looked(_ nameOrPath: String) -> [String] {
        guard !nameOrPath.isEmpty else { return [] }
        var places = [inWorkingFolder(nameOrPath)]
        if !isPath(nameOrPath) {
            if let userSessions { places.append("\(userSessions)/\(nameOrPath)") }
            places.append(inWorkingFolder("\(sessionsRoot)/\(nameOrPath)"))
        }
        return places.map { "\($0)/\(SessionStore.planFile)" }
    }

    private func workingCopyFolder(_ name: String) throws(StoreError) -> String {
        guard let userSessions else { throw .noUserFolder(name: name) }
        return "\(userSessions)/\(name)"
    }

    // MARK: - Making a working copy

    /// Writes the sample's files into a fresh folder beside `folder`, then renames it into place:
    /// two panes started at once both see one whole copy (the second's rename loses, and is dropped).
    static func materialize(_ sample: BundledSession, at folder: String) throws(StoreError) {
        do { _ = try PlanLoader.load(sample.plan, file: "\(sample.name)/\(SessionStore.planFile)") } catch {
            throw .plan(error)
        }
        let parent = parentFolder(of: folder)
        try SessionStore.makeFolder(parent)
        let temp = "\(folder).making-\(getpid())"
        try SessionStore.makeFolder(temp)
        do {
            try AtomicFile.write(sample.plan, to: "\(temp)/\(SessionStore.planFile)")
            try AtomicFile.write(sample.log, to: "\(temp)/\(SessionStore.logFile)")
            let fd = try Posix.open("\(temp)/\(SessionStore.lockFile)", O_WRONLY | O_CREAT)
            close(fd)
            try Posix.syncFolder(temp)
        } catch {
            removeFolder(temp)
            throw error
        }
        if rename(temp, folder) != 0 {
            let code = errno
            removeFolder(temp)
            // Another process made it a moment ago: theirs is as good as ours.
            guard code == EEXIST || code == ENOTEMPTY else { throw .system(folder, .rename, code) }
        }
        try Posix.syncFolder(parent)
    }

    private static func removeFolder(_ folder: String) {
        for name in [SessionStore.planFile, SessionStore.logFile, SessionStore.lockFile] { unlink("\(folder)/\(name)") }
        rmdir(folder)
    }
}
