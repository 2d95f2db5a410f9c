import Foundation
import Testing

/// The secretary pane through the real binary: resources under the chosen demands, drafts that
/// survive a hang-up or a kill, the question before quitting, pastes and store failures.
@Suite(.serialized) struct SecretaryDraftEndToEndTests {
    static let plan = SecretaryEndToEndTests.plan

    func noteAdds(_ events: [[String: Any]]) -> [(text: String, parent: String?)] {
        events.compactMap { event in
            guard let change = event["change"] as? [String: Any], let added = change["noteAdded"] as? [String: Any],
                let place = added["place"] as? [String: Any], let text = added["text"] as? String
            else { return nil }
            return (text, place["parent"] as? String)
        }
    }

    func waitForFile(_ path: String, timeout: Duration = .seconds(10)) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if FileManager.default.fileExists(atPath: path) { return true }
            usleep(20_000)
        }
        return false
    }

    @Test(.needsTmux) func resourcesTypedUnderTheChosenDemandsShowUnderThemOnTheProjector() throws {
        let t = try Room(bundled: "planeringsdagar-2024")
        let demands = [
            "Hålla tidsramar enligt prioriteringslista", "Uppföljning av undernäringens ärenden",
            "Många administrativa rutiner och IT-stöd", "Att vara tillgänglig",
        ]
        var ids: [String] = []
        for demand in demands {
            let id = try t.lagomCLI([
                "note", "add", t.session, "--step", "balanskollen", "--list", "Krav", "--group", "1", demand,
            ])
            ids.append(id.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        try t.lagomCLI(["vote", "choose", t.session, "--step", "krav-rostning"] + ids)
        try t.lagomCLI(["step", "goto", t.session, "resurser"])
        try t.open("projektor", width: 120, height: 40, ["projector", t.session])
        try t.open("s2", width: 80, height: 24, ["secretary", t.session, "--group", "2"])
        let start = try t.waitFor("s2") { $0.contains("↳ Under Krav 2 av 4: Uppföljning av undernäringens ärenden") }
        #expect(start.ok, "secretary shows: \(start.screen)")
        #expect(start.screen.contains("Ctrl-P Byt överordnad lapp"))
        try t.type("s2", "Pilotprojekt SDK")
        try t.press("s2", "Enter")
        try t.press("s2", "C-p")
        #expect(try t.waitFor("s2") { $0.contains("↳ Under Krav 3 av 4: Många administrativa") }.ok)
        try t.type("s2", "Ta hjälp av experter på KSD")
        try t.press("s2", "Enter")
        let grouped = try t.waitFor("s2") {
            $0.contains("↳ Många administrativa rutiner och IT-stöd\n    Ta hjälp av experter på KSD")
        }
        #expect(grouped.ok, "secretary shows: \(grouped.screen)")
        let adds = noteAdds(try t.events()).filter { $0.parent != nil }
        #expect(adds.map(\.text) == ["Pilotprojekt SDK", "Ta hjälp av experter på KSD"])
        #expect(adds.map(\.parent) == [ids[1], ids[2]])

        try t.lagomCLI(["step", "goto", t.session, "resurser-rostning"])
        let projector = try t.waitFor("projektor") { screen in
            screen.contains("Krav och resurser") && screen.contains("Pilotprojekt SDK")
                && screen.contains("Ta hjälp av experter på KSD")
        }
        #expect(projector.ok, "projector shows: \(projector.screen)")
        #expect(!projector.screen.contains("Utan överordnad lapp"))
        let lines = projector.screen.split(separator: "\n").map(String.init)
        let demand = try #require(lines.firstIndex { $0.contains("Uppföljning av undernäringens ärenden") })
        let resource = try #require(lines.firstIndex { $0.contains("Pilotprojekt SDK") })
        let nextDemand = try #require(lines.firstIndex { $0.contains("Många administrativa rutiner") })
        #expect(demand < resource && resource < nextDemand)
    }

    @Test(.needsTmux) func aHangUpKeepsTheDraftAndTheGroupsNextPaneBringsItBack() throws {
        let t = try Room(planJSON: Self.plan)
        try t.lagomCLI(["step", "goto", t.session, "grupp"])
        try t.open("s1", width: 80, height: 24, ["secretary", t.session, "--group", "1"])
        #expect(try t.waitFor("s1") { $0.contains("Grupp 1 · sekreterare") }.ok)
        try t.type("s1", "Halvskriven lapp om väntelistan")
        #expect(try t.waitFor("s1") { $0.contains("┃Halvskriven lapp om väntelistan") }.ok)
        try t.hangUp("s1")
        let draft = t.session + "/drafts/group-1.json"
        #expect(waitForFile(draft), "no draft was kept after SIGHUP")
        #expect(try String(contentsOfFile: draft, encoding: .utf8).contains("Halvskriven lapp om väntelistan"))

        try t.open("s1", width: 80, height: 24, ["secretary", t.session, "--group", "1"])
        let back = try t.waitFor("s1") {
            $0.contains("┃Halvskriven lapp om väntelistan") && $0.contains("Utkastet från förra gången är tillbaka")
        }
        #expect(back.ok, "secretary shows: \(back.screen)")
        #expect(!FileManager.default.fileExists(atPath: draft))
        try t.type("s1", " – klar")
        try t.press("s1", "Enter")
        #expect(try t.waitFor("s1") { $0.contains("Gruppens lappar (1)") }.ok)
        #expect(noteAdds(try t.events()).map(\.text) == ["Halvskriven lapp om väntelistan – klar"])
    }

    @Test(.needsTmux) func sigtermKeepsTheDraftToo() throws {
        let t = try Room(planJSON: Self.plan)
        try t.lagomCLI(["step", "goto", t.session, "grupp"])
        try t.open("s2", width: 80, height: 24, ["secretary", t.session, "--group", "2"])
        try t.type("s2", "Skrivet före SIGTERM")
        #expect(try t.waitFor("s2") { $0.contains("┃Skrivet före SIGTERM") }.ok)
        let pid = try #require(try t.lagomProcessID("s2"))
        kill(pid, SIGTERM)
        let draft = t.session + "/drafts/group-2.json"
        #expect(waitForFile(draft), "no draft was kept after SIGTERM")
        #expect(try String(contentsOfFile: draft, encoding: .utf8).contains("Skrivet före SIGTERM"))
    }

    @Test(.needsTmux) func ctrlXWithUnsavedTextAsksAndASecondCtrlXQuitsWithoutSaving() throws {
        let t = try Room(planJSON: Self.plan)
        try t.lagomCLI(["step", "goto", t.session, "grupp"])
        try t.open("s1", width: 80, height: 24, ["secretary", t.session, "--group", "1"])
        try t.type("s1", "Inte sparad")
        #expect(try t.waitFor("s1") { $0.contains("┃Inte sparad") }.ok)
        try t.press("s1", "C-x")
        let asked = try t.waitFor("s1") {
            $0.contains("Lappen är inte sparad. Enter sparar den; Ctrl-X igen avslutar utan att spara.")
        }
        #expect(asked.ok, "secretary shows: \(asked.screen)")
        #expect(try t.exitStatus("s1") == nil)
        try t.press("s1", "C-x")
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(10)
        while try t.exitStatus("s1") == nil, clock.now < deadline { usleep(20_000) }
        #expect(try t.exitStatus("s1") == 0)
        #expect(noteAdds(try t.events()).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: t.session + "/drafts/group-1.json"))
    }

    @Test(.needsTmux) func aPastedCRLFIsOneLineBreak() throws {
        let t = try Room(planJSON: Self.plan)
        try t.lagomCLI(["step", "goto", t.session, "grupp"])
        try t.open("s1", width: 80, height: 24, ["secretary", t.session, "--group", "1"])
        #expect(try t.waitFor("s1") { $0.contains("Grupp 1 · sekreterare") }.ok)
        try t.press("s1", "C-o")
        #expect(try t.waitFor("s1") { $0.contains("Inklistring: allt i en lapp") }.ok)
        try t.paste("s1", "Första raden\r\nAndra raden", raw: true)
        // One note of two lines: the editor box shows them as two rows.
        #expect(try t.waitFor("s1") { $0.contains("┃Första raden ") && $0.contains("┃Andra raden ") }.ok)
        try t.press("s1", "Enter")
        #expect(try t.waitFor("s1") { $0.contains("Gruppens lappar (1)") }.ok)
        #expect(noteAdds(try t.events()).map(\.text) == ["Första raden\nAndra raden"])
    }

    @Test(.needsTmux) func aLogCutBehindLagomsBackIsExplainedInFull() throws {
        let t = try Room(planJSON: Self.plan)
        try t.lagomCLI(["step", "goto", t.session, "grupp"])
        for i in 1...20 {
            try t.lagomCLI([
                "note", "add", t.session, "--step", "grupp", "--group", "1", "Lapp nummer \(i) med lite text",
            ])
        }
        try t.open("s1", width: 80, height: 24, ["secretary", t.session, "--group", "1"])
        #expect(try t.waitFor("s1") { $0.contains("Gruppens lappar (20)") }.ok)
        let log = t.session + "/events.jsonl"
        let handle = try #require(FileHandle(forWritingAtPath: log))
        try handle.truncate(atOffset: 200)
        try handle.close()
        // Every word of it, wrapped over lines rather than cut at the edge; the pane goes on with what is left.
        let shown = try t.waitFor("s1") {
            $0.replacingOccurrences(of: "\n", with: " ").contains("Den lästes in på nytt från början")
        }
        #expect(shown.ok, "secretary shows: \(shown.screen)")
        #expect(shown.screen.replacingOccurrences(of: "\n", with: " ").contains("events.jsonl: kortades från"))
        #expect(shown.screen.contains("Gruppens lappar (0)"))
    }
}

extension SecretaryDraftEndToEndTests {
    static let canMountTmpfs: Bool = {
        guard getuid() == 0 else { return false }
        let probe = NSTemporaryDirectory() + "lagom-tmpfs-probe-" + UUID().uuidString
        guard mkdir(probe, 0o700) == 0 else { return false }
        defer { rmdir(probe) }
        guard mount("tmpfs", probe, "tmpfs", 0, "size=100k") == 0 else { return false }
        umount(probe)
        return true
    }()

    /// Unsaved text that cannot be kept on a full disk (a 100 KiB tmpfs, filled) is printed on the way
    /// out, to be copied, and the status says it failed.
    @Test(.needsTmux, .enabled(if: canMountTmpfs, "needs root and a kernel that lets this process mount a tmpfs"))
    func unsavedTextThatCannotBeKeptIsPrintedAndTheStatusFails() throws {
        let t = try Room(planJSON: Self.plan)
        try t.lagomCLI(["step", "goto", t.session, "grupp"])
        let disk = t.session + "-disk"
        #expect(mkdir(disk, 0o700) == 0 && mount("tmpfs", disk, "tmpfs", 0, "size=100k") == 0)
        defer { umount(disk); rmdir(disk) }
        let session = disk + "/s"
        try FileManager.default.copyItem(atPath: t.session, toPath: session)
        let filler = open(disk + "/filler", O_WRONLY | O_CREAT, 0o600)
        let page = [UInt8](repeating: 46, count: 4096)
        while write(filler, page, page.count) > 0 {}
        close(filler)
        let errors = t.session + "-stderr", status = t.session + "-status"
        defer { unlink(errors); unlink(status) }
        try t.open("s1", width: 80, height: 24, ["secretary", session, "--group", "1"], errors: errors, status: status)
        #expect(try t.waitFor("s1") { $0.contains("Grupp 1 · sekreterare") }.ok)
        try t.type("s1", "Osparad tanke om åäö")
        #expect(try t.waitFor("s1") { $0.contains("Osparad tanke om åäö") }.ok)
        let pid = try #require(try t.lagomProcessID("s1"))
        kill(pid, SIGTERM)
        #expect(waitForFile(status))
        usleep(100_000)
        let said = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(said.contains("grupp 1:s osparade lapp kunde INTE sparas"), "\(said)")
        #expect(said.contains("\nOsparad tanke om åäö\n"), "\(said)")
        #expect(
            try String(contentsOfFile: status, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }
}
