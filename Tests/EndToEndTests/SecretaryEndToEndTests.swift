import Foundation
import Testing

/// Secretaries, the projector and the facilitator as separate processes on one session, in tmux.
@Suite(.serialized) struct SecretaryEndToEndTests {
    static let plan = """
        {
          "title": "Provdag", "language": "sv", "days": [{"title": "Dag 1"}],
          "participants": [{"name": "Person Ett", "site": "Nod A"}, {"name": "Person Två", "site": "Nod B"}],
          "steps": [
            {"id": "grupp", "kind": "groupwork", "title": "Grupparbete", "minutes": 30, "groups": 2, "prompts": ["Skriv lappar"]},
            {"id": "tyst", "kind": "brainwriting", "title": "Tankefällor", "minutes": 15, "groups": 2, "prompts": ["Skriv tyst"]},
            {"id": "info", "kind": "info", "title": "Information", "minutes": 5}
          ]
        }
        """

    func noteAdds(_ events: [[String: Any]]) -> [(group: Int?, by: String, text: String)] {
        events.compactMap { event in
            guard let change = event["change"] as? [String: Any], let added = change["noteAdded"] as? [String: Any],
                let place = added["place"] as? [String: Any], let text = added["text"] as? String
            else { return nil }
            return (place["group"] as? Int, event["by"] as? String ?? "", text)
        }
    }

    @Test(.needsTmux) func twoSecretariesTypeFiftyNotesWhileTheProjectorRuns() throws {
        let t = try Room(planJSON: Self.plan)
        try t.lagomCLI(["step", "goto", t.session, "grupp"])
        try t.open("projektor", width: 200, height: 70, ["projector", t.session])
        try t.open("s1", width: 80, height: 24, ["secretary", t.session, "--group", "1"])
        try t.open("s2", width: 80, height: 24, ["secretary", t.session, "--group", "2"])
        #expect(try t.waitFor("s1") { $0.contains("Grupp 1 · sekreterare") }.ok)
        #expect(try t.waitFor("s2") { $0.contains("Grupp 2 · sekreterare") }.ok)
        var texts: [String] = []
        for i in 1...25 {
            for group in 1...2 {
                let text = "Lapp \(i) från grupp \(group) – åäö ÅÄÖ"
                texts.append(text)
                try t.type("s\(group)", text)
                try t.press("s\(group)", "Enter")
            }
        }
        let projector = try t.waitFor("projektor", timeout: 30) { screen in texts.allSatisfy { screen.contains($0) } }
        #expect(projector.ok, "projector shows: \(projector.screen)")
        let adds = noteAdds(try t.events())
        #expect(adds.count == 50)
        for add in adds {
            let group = add.text.contains("grupp 1") ? 1 : 2
            #expect(add.group == group && add.by == "secretary:\(group)", "\(add)")
        }
        #expect(Set(adds.map(\.text)) == Set(texts))
    }

    @Test(.needsTmux) func silentWritingShowsCountsUntilTheRevealKey() throws {
        let t = try Room(planJSON: Self.plan)
        try t.lagomCLI(["step", "goto", t.session, "tyst"])
        try t.open("projektor", width: 100, height: 30, ["projector", t.session])
        try t.open("facilitator", width: 100, height: 30, ["facilitator", t.session])
        try t.open("s1", width: 80, height: 24, ["secretary", t.session, "--group", "1"])
        try t.open("s2", width: 80, height: 24, ["secretary", t.session, "--group", "2"])
        #expect(try t.waitFor("s2") { $0.contains("Tyst skrivande") }.ok)
        for text in ["Perfektionism på kvällen", "Jämför mig med andra"] {
            try t.type("s1", text)
            try t.press("s1", "Enter")
        }
        try t.type("s2", "Katastroftankar före möten")
        try t.press("s2", "Enter")
        try t.press("s2", "C-d")
        let counts = try t.waitFor("projektor") { $0.contains("3 lappar hittills · 1 av 2 klara") }
        #expect(counts.ok, "projector shows: \(counts.screen)")
        for secret in ["Perfektionism", "Jämför mig", "Katastroftankar"] { #expect(!counts.screen.contains(secret)) }
        #expect(try t.waitFor("facilitator") { $0.contains("Tankefällor") }.ok)
        try t.press("facilitator", "r")
        let revealed = try t.waitFor("projektor") { screen in
            ["Perfektionism på kvällen", "Jämför mig med andra", "Katastroftankar före möten"].allSatisfy {
                screen.contains($0)
            }
        }
        #expect(revealed.ok, "projector shows: \(revealed.screen)")
    }

    @Test(.needsTmux) func hostileTextTypedInASecretaryPaneIsInertOnTheProjector() throws {
        let t = try Room(planJSON: Self.plan)
        try t.lagomCLI(["step", "goto", t.session, "grupp"])
        try t.open("projektor", width: 200, height: 70, ["projector", t.session])
        try t.open("s1", width: 80, height: 24, ["secretary", t.session, "--group", "1"])
        #expect(try t.waitFor("s1") { $0.contains("Grupp 1 · sekreterare") }.ok)
        // The corpus (as in LagomCore's HostileText), typed key by key as a person or a paste would.
        let corpus = [
            "Fika\u{1B}[2J\u{1B}[Hklockan tre", "\u{1B}]0;Kapad titel\u{07}anteckning",
            "\u{1B}]52;c;cm0gLXJmIH4K\u{07}kopiera inte", "Allt är bra\rAllt är DÅLIGT", "faktura\u{202E}fdp.exe",
            "Z" + String(repeating: "\u{0301}\u{0316}", count: 12) + "algo", "\u{9B}2J\u{9B}31m8-bit",
        ]
        for text in corpus {
            try t.type("s1", text)
            try t.press("s1", "Enter")
        }
        // The same corpus straight into the log, raw control bytes and all, through the command line.
        for text in corpus { try t.lagomCLI(["note", "add", t.session, "--step", "grupp", "--group", "1", text]) }
        let shown = try t.waitFor("projektor") {
            $0.contains("klockan tre") && $0.contains("fdp.exe") && $0.contains("<RLO>")
        }
        #expect(shown.ok, "projector shows: \(shown.screen)")
        #expect(shown.screen.contains("Grupparbete") || shown.screen.contains("G1 "))  // the screen was not cleared
        #expect(shown.screen.contains("^["))
        let title = try t.paneValue("projektor", "pane_title")
        #expect(!title.contains("Kapad titel"))
        let buffers = try t.tmux("projektor", "list-buffers")
        #expect(!buffers.contains("rm -rf"))
    }

    @Test(.needsTmux) func aGroupOutsideThePlanIsRefusedWithAClearMessage() throws {
        let t = try Room(planJSON: Self.plan)
        let output = try t.lagomCLI(["secretary", t.session, "--group", "3"])
        #expect(output.contains("--group 3: planens steg med lappar har grupperna 1–2"))
    }
}
