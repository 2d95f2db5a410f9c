import Foundation
import Testing

@testable import LagomCore

/// `lagom export --format csv`: what Excel opens without asking, and what a program reads back.
@Suite struct NoteTableTests {
    /// RFC 4180 with `;`: quoted fields may hold `;`, `""` and line breaks.
    static func parse(_ text: Substring) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, wasQuoted = false
        var characters = text.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? characters.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = characters.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true; wasQuoted = true
            } else if c == ";" {
                row.append(wasQuoted ? field : field); field = ""; wasQuoted = false
            } else if c == "\r\n" || c == "\n" {
                row.append(field); rows.append(row); row = []; field = ""; wasQuoted = false
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    @Test func bomSeparatorHeaderAndNumbersAsNumbers() throws {
        let bytes = NoteTable.csv(try SampleSessions.session("planeringsdagar-2024-resultat"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == "Steg;Lista;Grupp;Tema;Överordnad lapp;Text;Poäng;Plats")
        #expect(lines[1] == "Grupparbete medarbetarenkätens resultat;Riskfaktorer;;;;Administration /rutiner, IT;31;1")
        // The tie shares place 6; a resource is ranked within its demand; a resource not scored has no points.
        #expect(
            lines.contains(
                "Grupparbete medarbetarenkätens resultat;Friskfaktorer;;;;Tillit mellan chef och medarbetare;5;6"))
        #expect(
            lines.contains(
                "Grupparbete Balanskollen – resurser;Resurser;1;;Hålla tidsramar enligt prioriteringslista;Jämna ut fördelning mellan dietister så att noden kan ta ansvar för nodens ärenden, teamuppbyggnad;16;1"
            ))
        #expect(
            lines.contains(
                "Grupparbete Balanskollen – resurser;Resurser;3;;Många administrativa rutiner och IT-stöd utan interoperabilitet/samordning;Ta hjälp av experter på KSD;;"
            ))
        #expect(
            lines.contains(
                "Grupparbete Balanskollen – resurser;Varifrån kommer kravet;4;;Att vara tillgänglig;Verksamheten, jag själv;;"
            ))
        let rows = Self.parse(Substring(text))
        #expect(rows.count == 1 + 8 + 8 + 4 + 4 + 16)
        #expect(rows.allSatisfy { $0.count == 8 })
    }

    @Test func aNoteWithSeparatorQuoteAndLineBreakRoundTrips() throws {
        var room = Recorder()
        let tricky = "Mer tid; \"lagom\" takt\noch rast"
        try room.addNote("a", tricky, group: 2)
        try room.addNote("b", "=SUMMA(A1:A9)")
        try room.commit(.themeCreated(theme: "t1", step: "grupparbete", title: "Tid"))
        try room.commit(.noteThemed(note: "a", theme: "t1"))
        try room.commit(.votesTallied(step: "röstning", tallies: [Tally(note: "a", points: 12)]))
        let text = String(decoding: NoteTable.csv(room.session).dropFirst(3), as: UTF8.self)
        #expect(text.contains(";\"Mer tid; \"\"lagom\"\" takt\noch rast\";12;1\r\n"), "quoted, the number bare")
        let rows = Self.parse(Substring(text))
        #expect(rows[1] == ["Grupparbete", "Riskfaktorer", "2", "Tid", "", tricky, "12", "1"])
        // A cell Excel would run as a formula is text.
        #expect(rows[2][5] == "'=SUMMA(A1:A9)")
    }

    @Test func whatTheRoomNeverSawIsLeftOut() throws {
        var plan = Fixtures.plan
        plan.steps.append(Step(id: "tyst", kind: .brainwriting, title: "Tyst skrivande", minutes: 5))
        var room = Recorder()
        room.session = Session(plan: plan)
        try room.addNote("p", "Privat", step: "tyst", list: "")
        try room.addNote("h", "Dold")
        try room.commit(.noteHidden(note: "h", hidden: true))
        let text = String(decoding: NoteTable.csv(room.session, language: .en), as: UTF8.self)
        #expect(text.hasSuffix("Step;List;Group;Theme;Parent note;Text;Points;Rank\r\n"))
    }
}
