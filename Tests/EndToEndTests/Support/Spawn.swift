import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to its end with `posix_spawn` + `waitpid`, its output going to files.
///
/// Not Foundation's `Process`: `tmux new-session` forks the server, which inherits every
/// descriptor of the client, including what `Process` uses to notice the child's exit and any
/// output pipe, so waiting would never end. And test runner threads block signals: a child
/// would inherit that mask and never see SIGCHLD, SIGWINCH or SIGINT, so the mask is cleared
/// and every signal set back to its default action.
enum Spawn {
    struct Result {
        var status: Int32
        var output: Data
        var errors: Data
        /// Bytes the program read through `read(2)` and its kin (`rchar` of /proc/PID/io), over its life.
        var readBytes: Int?
    }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lagom-spawn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = scratch.appendingPathComponent("out").path
        let errPath = scratch.appendingPathComponent("err").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw TmuxHarness.Failure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        // Waited for without reaping first, so its /proc/PID/io can still be read.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR {}
        let readBytes = readCharacters(pid)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitCode: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(
            status: exitCode,
            output: FileManager.default.contents(atPath: outPath) ?? Data(),
            errors: FileManager.default.contents(atPath: errPath) ?? Data(), readBytes: readBytes)
    }

    /// `rchar` of /proc/PID/io: the bytes a process has read so far (for a process that has exited
    /// but is not yet reaped, what it read in its whole life). Nil where the kernel does not count it.
    static func readCharacters(_ pid: pid_t) -> Int? {
        guard let io = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8),
            let line = io.split(separator: "\n").first(where: { $0.hasPrefix("rchar:") })
        else { return nil }
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces))
    }
}
