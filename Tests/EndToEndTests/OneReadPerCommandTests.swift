import Foundation
import Testing

/// Issue 18: the secretary, `undo` and `check` read a session's log once — they open it once, and read
/// no history back beside it. Measured as the real binary's own count of bytes read (`rchar` of
/// /proc/PID/io) on a session of ~800 KB of log with a checkpoint: opening reads the checkpoint, the
/// log's bytes it covers (to hash them) and the log after it (a few passes over that short tail); a
/// second read of the log, which `lagom log` makes on purpose, adds the whole log again.
@Suite(.serialized) struct OneReadPerCommandTests {
    static let plan = """
        {"title": "Läsdag", "language": "sv", "days": [{"title": "Dag 1"}],
         "participants": [{"name": "Person Ett", "site": "Nod A"}, {"name": "Person Två", "site": "Nod B"}],
         "steps": [{"id": "grupp", "kind": "groupwork", "title": "Grupparbete", "minutes": 30, "groups": 2,
                    "prompts": ["Skriv lappar"]}]}
        """

    /// What a session holds and how much one read of it costs.
    struct Sizes {
        var log: Int
        var checkpoint: Int
        /// Log bytes after the checkpoint: read a few times over (scan for undos, decode, hash).
        var tail: Int

        /// At most one read of everything, four of the tail, and less than half the log again; the
        /// program's own start (libraries, locale, terminfo) reads ~40 KB.
        var oneRead: Int { log + checkpoint + 4 * tail + log / 2 }
    }

    /// A session of ~4,000 notes: one added through the CLI, copied with fresh ids into a log of
    /// ~800 KB; the next CLI note writes a checkpoint of it all (the log is past the checkpoint
    /// interval), and two more make a tail after it, the newest by secretary 1.
    func session(_ folder: String) throws -> Sizes {
        try run(["note", "add", folder, "--as", "secretary:2", "--step", "grupp", "Första lappen – å ä ö"])
        let logPath = folder + "/events.jsonl"
        let first = try String(contentsOfFile: logPath, encoding: .utf8).trimmingCharacters(in: .newlines)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let event = try #require(object["id"] as? String)
        let note = try #require(
            ((object["change"] as? [String: Any])?["noteAdded"] as? [String: Any])?["note"] as? String)
        var log = first + "\n"
        for number in 0..<4_000 {
            let eventID = "x" + String(format: "%011d", number)
            log +=
                first.replacingOccurrences(of: event, with: eventID)
                .replacingOccurrences(of: "\"\(note)\"", with: "\"n\(number)\"")
                .replacingOccurrences(of: "Första lappen", with: "Lapp nummer \(number) om arbetsmiljön") + "\n"
        }
        try Data(log.utf8).write(to: URL(fileURLWithPath: logPath))
        try run(["note", "add", folder, "--as", "secretary:2", "--step", "grupp", "Kontrollpunkten skrivs"])
        let covered = try size(logPath)
        try run(["note", "add", folder, "--as", "secretary:2", "--step", "grupp", "Efter kontrollpunkten"])
        try run(["note", "add", folder, "--as", "secretary:1", "--step", "grupp", "Sist"])
        let sizes = Sizes(
            log: try size(logPath), checkpoint: try size(folder + "/state.checkpoint"),
            tail: try size(logPath) - covered)
        #expect(sizes.log > 600_000 && sizes.tail < 1_000 && sizes.checkpoint > 0, "\(sizes)")
        return sizes
    }

    func size(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    }

    /// Runs `lagom ARGUMENTS…`, which must succeed; the bytes it read.
    @discardableResult
    func run(_ arguments: [String]) throws -> Int {
        let result = try Spawn.run(LagomProcess.binary, arguments, environment: LagomProcess.environment)
        #expect(result.status == 0, "lagom \(arguments): \(String(decoding: result.errors, as: UTF8.self))")
        return try #require(result.readBytes, "the kernel counts the bytes a process reads")
    }

    @Test func checkAndUndoReadTheLogOnce() throws {
        let folder = try LagomProcess.scratchSession(planJSON: Self.plan)
        let sizes = try session(folder)
        // The measure tells one read from two: `lagom log` reads the history back after opening.
        #expect(try run(["log", folder]) > sizes.oneRead, "a second read of the log shows")
        let check = try run(["check", folder])
        #expect(check <= sizes.oneRead, "check read \(check) bytes of a session of \(sizes)")
        // Secretary 1's newest note is after the checkpoint: the undo refolds from what the open read.
        let undo = try run(["undo", folder, "--as", "secretary:1"])
        #expect(undo <= sizes.oneRead, "undo read \(undo) bytes of a session of \(sizes)")
        #expect(try String(contentsOfFile: folder + "/events.jsonl", encoding: .utf8).contains("transactionUndone"))
    }

    @Test(.needsTmux) func theSecretaryReadsTheLogOnceToItsFirstFrame() throws {
        let t = try Room(planJSON: Self.plan)
        let sizes = try session(t.session)
        try t.open("s1", width: 80, height: 24, ["secretary", t.session, "--group", "1"])
        #expect(try t.waitFor("s1") { $0.contains("Grupp 1 · sekreterare") }.ok)
        let pid = try #require(try t.lagomProcessID("s1"))
        let read = try #require(Spawn.readCharacters(pid))
        #expect(read <= sizes.oneRead, "the secretary read \(read) bytes of a session of \(sizes)")
        #expect(read >= sizes.log, "the measure counts the open's reads: \(read) of \(sizes)")
    }
}
