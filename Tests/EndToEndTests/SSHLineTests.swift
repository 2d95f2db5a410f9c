import Foundation
import Testing

/// `lagom ssh-line`: the authorized_keys line whose key opens one group's secretary pane and nothing
/// else (issue 13, "Secretaries on their own laptops, safely"). The forced command is run here as sshd
/// runs it (`sh -c`, with `SSH_ORIGINAL_COMMAND` set to what the client asked).
@Suite struct SSHLineTests {
    static let key =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHNla3JldGVyYXJlbnNMYXB0b3BFeGVtcGVsMTIzNDU2 sekreterare@laptop"

    private func keyFile(_ folder: String, _ text: String = key) throws -> String {
        let path = folder + "-key.pub"
        try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The forced command of a printed line, unescaped as sshd reads it.
    private func forcedCommand(_ line: String) throws -> String {
        let start = try #require(line.range(of: #"command=""#)).upperBound
        var command = ""
        var index = start
        while line[index] != "\"" {
            if line[index] == "\\" { index = line.index(after: index) }
            command.append(line[index])
            index = line.index(after: index)
        }
        return command
    }

    @Test func theLineRestrictsTheKeyToOneGroupsPane() throws {
        let folder = try LagomProcess.scratchSession(planJSON: StoreEndToEndTests.plan)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let key = try keyFile(folder)
        defer { unlink(key) }
        let printed = try LagomProcess.run(["ssh-line", folder, "--group", "2", key])
        #expect(printed.status == 0, "\(printed.err)")
        let line = printed.out.trimmingCharacters(in: .newlines)
        #expect(line.hasPrefix(#"restrict,pty,command=""#))
        #expect(line.hasSuffix(#"" "# + Self.key))
        #expect(try forcedCommand(line) == "'\(LagomProcess.binary)' 'ssh-pane' '\(folder)' 'secretary' '2'")

        let command = try forcedCommand(line)
        for asked in [
            "bash", "sh -c 'cat /etc/passwd'", "secretary --group 1", "lagom facilitator \(folder)", "projector",
        ] {
            let result = try Spawn.run(
                "/bin/sh", ["-c", command], environment: ["SSH_ORIGINAL_COMMAND": asked, "PATH": "/usr/bin:/bin"])
            let said = String(decoding: result.errors, as: UTF8.self)
            #expect(result.status != 0, "\(asked)")
            // In the plan's language (Swedish), whatever locale the client sent.
            #expect(said.contains("den här nyckeln öppnar bara sekreterarvyn för grupp 2"), "\(asked): \(said)")
        }
        // Asked for the pane itself, but without a terminal (ssh without -t): says how to connect.
        let noTerminal = try Spawn.run("/bin/sh", ["-c", command], environment: ["SSH_ORIGINAL_COMMAND": "secretary"])
        #expect(
            String(decoding: noTerminal.errors, as: UTF8.self).contains(
                "sekreterarvyn för grupp 2 behöver en terminal: anslut med ssh -t"))
    }

    /// The line and the pane speak the plan's language, not the locale's: a Swedish client's LANG
    /// does not turn an English day's messages Swedish.
    @Test func theLineAndThePaneSpeakThePlansLanguage() throws {
        let folder = try LagomProcess.scratchSession("team-day-en")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let key = try keyFile(folder)
        defer { unlink(key) }
        let both = try LagomProcess.run(
            ["ssh-line", folder, "--projector", "--group", "1", key], locale: "sv_SE.UTF-8")
        #expect(both.status == 64)
        #expect(both.err == "Error: give either --group N or --projector\n", "\(both.err)")
        let printed = try LagomProcess.run(["ssh-line", folder, "--projector", key], locale: "sv_SE.UTF-8")
        #expect(printed.status == 0, "\(printed.err)")
        let result = try Spawn.run(
            "/bin/sh", ["-c", try forcedCommand(printed.out)],
            environment: ["SSH_ORIGINAL_COMMAND": "bash", "LANG": "sv_SE.UTF-8", "PATH": "/usr/bin:/bin"])
        let said = String(decoding: result.errors, as: UTF8.self)
        #expect(said.contains("this key opens the projector view only"), "\(said)")
    }

    @Test(.needsTmux) func theForcedCommandOpensThePaneInATerminal() throws {
        let t = try Room(planJSON: StoreEndToEndTests.plan)
        try t.lagomCLI(["step", "goto", t.session, "grupp"])
        let key = try keyFile(t.session)
        defer { unlink(key) }
        let line = try LagomProcess.run(["ssh-line", t.session, "--group", "1", key]).out
        try t.openShell(
            "s1", width: 80, height: 24,
            "env -u SSH_ORIGINAL_COMMAND sh -c \(TmuxHarness.shellQuoted(try forcedCommand(line)))")
        #expect(try t.waitFor("s1") { $0.contains("Grupp 1 · sekreterare") }.ok)
        try t.type("s1", "Via ssh")
        try t.press("s1", "Enter")
        #expect(try t.waitFor("s1") { $0.contains("Gruppens lappar (1)") }.ok)
        let by = try t.events().last?["by"] as? String
        #expect(by == "secretary:1")
    }

    @Test func aPrivateKeyOrAGroupThePlanLacksIsRefused() throws {
        let folder = try LagomProcess.scratchSession(planJSON: StoreEndToEndTests.plan)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let secret = try keyFile(
            folder, "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEA\n-----END OPENSSH PRIVATE KEY-----")
        defer { unlink(secret) }
        let refused = try LagomProcess.run(["ssh-line", folder, "--group", "1", secret])
        #expect(refused.status != 0)
        #expect(refused.err.contains("är en privat nyckel; ange den publika"))
        let key = try keyFile(folder)
        let noGroup = try LagomProcess.run(["ssh-line", folder, "--group", "9", key])
        #expect(noGroup.status != 0)
        #expect(noGroup.err.contains("--group 9"))
        #expect(
            try LagomProcess.run(["ssh-line", folder, "--projector", key]).out.contains(
                "'ssh-pane' '\(folder)' 'projector'"))
    }
}
