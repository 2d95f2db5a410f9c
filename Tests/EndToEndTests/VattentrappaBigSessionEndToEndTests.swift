import Foundation
import Testing

/// A vattentrappa late in a long day: 10,000 notes said by the other groups, and a secretary typing.
/// The hint of a similar note must still come (from an index of the others' notes, not a scan of
/// them all at every key), for a note said long ago, in other case and without the marks on ö.
@Suite(.serialized) struct VattentrappaBigSessionEndToEndTests {
    static let plan = """
        {
          "title": "Provdag", "language": "sv", "days": [{"title": "Dag 1"}],
          "participants": [{"name": "Person Ett", "site": "Nod A"}, {"name": "Person Två", "site": "Nod B"}],
          "steps": [
            {"id": "trappa", "kind": "vattentrappa", "title": "Region Lagomland", "minutes": 45, "groups": 8,
             "lists": ["Råd"], "questions": ["Vad är viktigast?"], "minutesPerTurn": 5}
          ]
        }
        """

    static let themes = [
        "Gemensam fika på fredagar", "Tydliga prioriteringar från ledningen", "Stöd från kollegor på enheten",
        "Hög arbetsbelastning under våren", "Otydliga roller mellan teamen", "Möten som drar över tiden",
    ]

    /// The step entered, then `count` notes of groups other than 2; the 3,000th is group 5's
    /// "Ett nummer till Koordinatör".
    static func log(_ count: Int, at: Int64) -> String {
        var lines = [
            #"{"at":\#(at),"by":"facilitator","change":{"stepEntered":{"step":"trappa"}},"id":"e0","tx":"e0"}"#
        ]
        for i in 0..<count {
            let group = i == 3_000 ? 5 : [1, 3, 4, 5, 6, 7, 8][i % 7]
            let text = i == 3_000 ? "Ett nummer till Koordinatör" : "\(themes[i % themes.count]) (\(i))"
            lines.append(
                #"{"at":\#(at + Int64(i)),"by":"secretary:\#(group)","change":{"noteAdded":{"note":"n\#(i)","#
                    + #""place":{"group":\#(group),"list":"Råd","step":"trappa"},"text":"\#(text)"}},"#
                    + #""id":"e\#(i + 1)","tx":"e\#(i + 1)"}"#)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The heading of the others' notes: 10 000 with the narrow no-break space Swedish numbers have.
    static let othersSaid = "Redan sagt av andra grupper (10\u{202F}000)"

    @Test(.needsTmux)
    func theHintComesWhileTypingAmongTenThousandNotes() throws {
        let t = try Room(planJSON: Self.plan)
        let at = Int64(Date().timeIntervalSince1970 * 1000) - 60_000
        try Data(Self.log(10_000, at: at).utf8).write(to: URL(fileURLWithPath: t.session + "/events.jsonl"))
        try t.open("s2", width: 80, height: 24, ["secretary", t.session, "--group", "2"])
        let opened = try t.waitFor("s2", timeout: 20) { $0.contains(Self.othersSaid) }
        #expect(opened.ok, "secretary 2 shows: \(opened.screen)")
        // Word by word, as typed; each shows before the next.
        var typed = ""
        for word in ["ett ", "nummer ", "till ", "koordinator"] {
            try t.type("s2", word)
            typed += word
            let shown = try t.waitFor("s2") { $0.contains(typed.trimmingCharacters(in: .whitespaces)) }
            #expect(shown.ok, "secretary 2 shows: \(shown.screen)")
        }
        let hint = try t.waitFor("s2") {
            $0.contains("Liknar det grupp 5 redan sagt") && $0.contains("Ett nummer till Koordinatör")
        }
        #expect(hint.ok, "secretary 2 shows: \(hint.screen)")
        // Words of no note: the hint goes, the count of what the others said is back.
        for _ in typed { try t.press("s2", "BSpace") }
        try t.type("s2", "Mer tid för uppföljning")
        let none = try t.waitFor("s2") {
            $0.contains("Mer tid för uppföljning") && $0.contains(Self.othersSaid)
        }
        #expect(none.ok, "secretary 2 shows: \(none.screen)")
        #expect(!none.screen.contains("Liknar"))
        try t.press("s2", "Enter")
        let saved = try t.waitFor("s2") { $0.contains("Gruppens lappar (1)") }
        #expect(saved.ok, "secretary 2 shows: \(saved.screen)")
    }
}
