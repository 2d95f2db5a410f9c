import Foundation

/// The built `lagom` binary and scratch copies of the bundled sessions, for tests that
/// drive the real program.
enum LagomProcess {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `lagom` from the same build folder as the tests, else `.build/debug`.
    static let binary: String = {
        var candidates: [String] = []
        if let own = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var folder = (own as NSString).deletingLastPathComponent
            while folder.contains(".xctest") { folder = (folder as NSString).deletingLastPathComponent }
            candidates.append(folder + "/lagom")
        }
        candidates.append(packageRoot.path + "/.build/debug/lagom")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }()

    /// The folder every scratch session of this test process is made in, removed when the tests end:
    /// a test that fails or forgets leaves nothing behind in the temp folder.
    static let scratchRoot: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lagom-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: LagomProcess.scratchRoot) }
        return folder
    }()

    /// A new empty folder for one scratch session, inside `scratchRoot`.
    static func scratchFolder() throws -> URL {
        let folder = scratchRoot.appendingPathComponent("session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A fresh copy of a bundled session in a temp folder, of exactly the files named: the plan, and
    /// the shipped history only where a test asks for it (never what running the sample left behind).
    static func scratchSession(
        _ name: String = "planeringsdagar-2024", copying files: [String] = ["plan.json"]
    ) throws -> String {
        let folder = try scratchFolder()
        let source = packageRoot.appendingPathComponent("Sessions/\(name)")
        for file in files {
            try FileManager.default.copyItem(
                at: source.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        return folder.path
    }

    /// The user data folder every `lagom` a test starts uses (XDG_DATA_HOME): a bundled sample named
    /// by a test gets its working copy here, never in the tester's own home. Removed when the tests end.
    static let dataHome: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lagom-e2e-data-\(UUID().uuidString)"
        ).path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: LagomProcess.dataHome) }
        return folder
    }()

    /// A fresh session folder holding `planJSON` and no history.
    static func scratchSession(planJSON: String) throws -> String {
        let folder = try scratchFolder()
        try Data(planJSON.utf8).write(to: folder.appendingPathComponent("plan.json"))
        return folder.path
    }

    /// Runs `lagom ARGS…` to the end (stdin is /dev/null); returns stdout, stderr and the exit status.
    /// `locale`: the LANG the command runs under (the tests' own is C.UTF-8, English).
    @discardableResult
    static func run(_ arguments: [String], locale: String? = nil) throws -> (out: String, err: String, status: Int32) {
        var environment = environment
        if let locale { environment["LANG"] = locale }
        let result = try Spawn.run(binary, arguments, environment: environment)
        return (
            String(decoding: result.output, as: UTF8.self), String(decoding: result.errors, as: UTF8.self),
            result.status
        )
    }

    /// The tests' environment, with their own user data folder and an English locale, so a command
    /// without a session (or before it has read one) speaks English whatever the tester's locale is.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment.merging(["XDG_DATA_HOME": dataHome, "LANG": "C.UTF-8"]) {
            _, ours in ours
        }
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        return environment
    }

    /// The command line for a role in tmux.
    static func command(_ arguments: String...) -> String { command(arguments) }

    static func command(_ arguments: [String]) -> String {
        (["env", "XDG_DATA_HOME=" + TmuxHarness.shellQuoted(dataHome), TmuxHarness.shellQuoted(binary)]
            + arguments.map(TmuxHarness.shellQuoted)).joined(separator: " ")
    }
}
