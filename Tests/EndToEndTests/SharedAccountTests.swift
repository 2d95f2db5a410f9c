import Foundation
import Glibc
import Testing

/// Secretaries under their own accounts (issue 20): two accounts made for the test, where the machine
/// allows it (root, with useradd, groupadd and runuser); skipped with the reason otherwise.
@Suite(.serialized) struct SharedAccountTests {
    static let tools = [
        "/usr/sbin/useradd", "/usr/sbin/groupadd", "/usr/sbin/userdel", "/usr/sbin/groupdel", "/usr/sbin/runuser",
    ]
    static let canMakeAccounts = getuid() == 0 && tools.allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }

    /// A group with two accounts in it, removed again by `remove()`.
    private struct Accounts {
        let group: String
        let facilitator: String
        let secretary: String

        init() throws {
            let tag = String(UUID().uuidString.prefix(6)).lowercased()
            group = "lagomg\(tag)"
            facilitator = "lagomf\(tag)"
            secretary = "lagoms\(tag)"
            try Self.run("/usr/sbin/groupadd", [group])
            for account in [facilitator, secretary] {
                try Self.run("/usr/sbin/useradd", ["-M", "-N", "-g", "users", "-G", group, "-s", "/bin/sh", account])
            }
        }

        @discardableResult
        static func run(_ tool: String, _ arguments: [String]) throws -> Spawn.Result {
            let result = try Spawn.run(tool, arguments, environment: ProcessInfo.processInfo.environment)
            guard result.status == 0 else {
                throw TmuxHarness.Failure(
                    description: "\(tool) \(arguments): \(String(decoding: result.errors, as: UTF8.self))")
            }
            return result
        }

        /// `lagom ARGUMENTS…` run as `account`.
        func lagom(as account: String, _ arguments: [String]) throws -> (out: String, err: String, status: Int32) {
            let result = try Spawn.run(
                "/usr/sbin/runuser", ["-u", account, "--", LagomProcess.binary] + arguments,
                environment: ProcessInfo.processInfo.environment)
            return (
                String(decoding: result.output, as: UTF8.self), String(decoding: result.errors, as: UTF8.self),
                result.status
            )
        }

        func remove() {
            for account in [facilitator, secretary] {
                _ = try? Spawn.run("/usr/sbin/userdel", [account], environment: [:])
            }
            _ = try? Spawn.run("/usr/sbin/groupdel", [group], environment: [:])
        }
    }

    @Test(
        .needsTmux, .enabled(if: canMakeAccounts, "needs root with useradd, groupadd and runuser to make two accounts"))
    func aPaneUnderASecondAccountWritesToASessionTheFirstStarted() throws {
        let t = try Room(planJSON: StoreEndToEndTests.plan)
        let accounts = try Accounts()
        defer { accounts.remove() }
        // The facilitator's account starts the session; the secretary's may read it but not write.
        try Accounts.run("/bin/chown", ["-R", accounts.facilitator, t.session])
        #expect(try accounts.lagom(as: accounts.facilitator, ["step", "goto", t.session, "grupp"]).status == 0)
        let refused = try accounts.lagom(
            as: accounts.secretary, ["note", "add", t.session, "--step", "grupp", "--group", "1", "Får inte"])
        #expect(refused.status != 0)
        #expect(refused.err.contains("går bara att läsa"), "\(refused.err)")

        let shared = try accounts.lagom(as: accounts.facilitator, ["share", t.session, "--group", accounts.group])
        #expect(shared.status == 0, "\(shared.err)")
        #expect(shared.out.contains("delad med gruppen \(accounts.group)"))

        // The secretary's own pane, under the secretary's account, saves a note.
        try t.open("s1", width: 80, height: 24, ["secretary", t.session, "--group", "1"], as: accounts.secretary)
        #expect(try t.waitFor("s1") { $0.contains("Grupp 1 · sekreterare") }.ok)
        try t.type("s1", "Från egen dator – åäö")
        try t.press("s1", "Enter")
        let saved = try t.waitFor("s1") { $0.contains("Gruppens lappar (1)") }
        #expect(saved.ok, "\(saved.screen)")
        try t.type("s1", "Osparad vid stängning")
        try t.hangUp("s1")
        // The draft the secretary's account kept, the facilitator's account can take and write over.
        usleep(300_000)
        #expect(
            try accounts.lagom(
                as: accounts.facilitator,
                ["note", "add", t.session, "--step", "grupp", "--group", "2", "Facilitatorn igen"]
            ).status == 0)
        let texts = try t.events().compactMap {
            (($0["change"] as? [String: Any])?["noteAdded"] as? [String: Any])?["text"] as? String
        }
        #expect(texts == ["Från egen dator – åäö", "Facilitatorn igen"])
        // Everything belongs to the group, group-writable, nothing for other accounts.
        for name in try FileManager.default.subpathsOfDirectory(atPath: t.session) {
            var info = stat()
            #expect(lstat("\(t.session)/\(name)", &info) == 0)
            #expect(info.st_mode & 0o007 == 0, "\(name): \(String(info.st_mode & 0o7777, radix: 8))")
            #expect(info.st_mode & 0o060 == 0o060, "\(name): \(String(info.st_mode & 0o7777, radix: 8))")
            #expect(getgrgid(info.st_gid).map { String(cString: $0.pointee.gr_name) } == accounts.group, "\(name)")
        }
    }

    @Test(
        .needsTmux, .enabled(if: canMakeAccounts, "needs root with useradd, groupadd and runuser to make two accounts"))
    func aPaneThatCannotWriteSaysSoWhenItOpensInOneLanguage() throws {
        let t = try Room(planJSON: StoreEndToEndTests.plan)
        let accounts = try Accounts()
        defer { accounts.remove() }
        try Accounts.run("/bin/chown", ["-R", accounts.facilitator, t.session])
        #expect(try accounts.lagom(as: accounts.facilitator, ["step", "goto", t.session, "grupp"]).status == 0)
        try t.open("s1", width: 100, height: 24, ["secretary", t.session, "--group", "1"], as: accounts.secretary)
        let said = try t.waitFor("s1") { $0.contains("Den här panelen kan inte spara") }
        #expect(said.ok, "\(said.screen)")
        #expect(!said.screen.contains("read-only") && !said.screen.contains("Permission denied"), "\(said.screen)")
    }
}
