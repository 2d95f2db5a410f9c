import LagomCore
import Testing

@testable import LagomUI

@Suite struct ProjectorNotesTests {
    /// Every word is one no screen prints otherwise, so any fragment found is a leak.
    static let secrets = ["Perfektionism kvällstid", "Jämförelsefälla ständigt", "Katastroftankar 👩‍👩‍👧 nattetid"]

    func silentWriting() throws -> SecretaryFixtures.Builder {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "tyst"))
        try b.note("s1", Self.secrets[0], step: "tyst", group: 1)
        try b.note("s2", Self.secrets[1], step: "tyst", group: 3)
        try b.note("s3", Self.secrets[2], step: "tyst", group: 3)
        try b.add(.groupMarkedDone(step: "tyst", group: 3, done: true), by: .secretary(3))
        return b
    }

    /// The sample's silent writing has three slide bullets: once the notes are shown they take
    /// the bullets' rows at 80×24 (the room read "… 1 till" instead of the note).
    @Test func shownNotesTakeTheSlidesRowsAt80x24() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "tankefallor"))
        try sample.add(.stepStarted(step: "tankefallor"))
        try sample.add(
            .noteAdded(note: "a", place: NotePlace(step: "tankefallor", list: "", group: 1), text: "Perfektionism"),
            by: .secretary(1))
        #expect(sample.projector().contains("Först egen reflektion"), "the slide, while the notes are hidden")
        try sample.add(.resultsRevealed(step: "tankefallor"))
        let shown = sample.projector()
        #expect(shown.contains("Perfektionism"), "\(shown)")
        #expect(!shown.contains("Först egen reflektion"), "\(shown)")
    }

    /// Fragments long enough to identify a note even when a narrow frame truncates it.
    func fragments(_ text: String) -> [String] {
        let words = text.split(separator: " ").map(String.init).filter { $0.count >= 4 }
        return [text] + words
    }

    @Test func hiddenNotesNeverReachAProjectorFrameAtAnySize() throws {
        let b = try silentWriting()
        var checked = 0
        for width in stride(from: 0, through: 200, by: 7) {
            for height in stride(from: 0, through: 70, by: 5) {
                for theme in [Theme.projector, .monochrome] {
                    var context = SecretaryFixtures.context(b.session, width: width, height: height)
                    context.theme = theme
                    let frame = ProjectorScreen().render(context).lines.joined(separator: "\n")
                    var present = FacilitatorScreen()
                    present.presenting = true
                    let presented = present.render(context).lines.joined(separator: "\n")
                    for secret in Self.secrets {
                        for fragment in fragments(secret) {
                            #expect(!frame.contains(fragment), "projector \(width)×\(height) shows \(fragment)")
                            #expect(!presented.contains(fragment), "present mode \(width)×\(height) shows \(fragment)")
                        }
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 600)
    }

    @Test func beforeTheRevealTheProjectorShowsCountsAndDoneMarks() throws {
        var b = try silentWriting()
        let frame = ProjectorScreen().render(SecretaryFixtures.context(b.session, width: 100, height: 40)).lines.joined(
            separator: "\n")
        // Silent writing is personal: one count, not a line per group ("Grupp 2: 0 lappar").
        #expect(frame.contains("3 lappar hittills · 1 av 4 klara"))
        #expect(!frame.contains("Grupp 2: 0 lappar"))
        Snapshot.assert(
            ProjectorScreen().render(SecretaryFixtures.context(b.session, width: 80, height: 24)),
            named: "projector-silent-hidden-80x24", painted: true)
        try b.add(.resultsRevealed(step: "tyst"))
        let revealed = ProjectorScreen().render(SecretaryFixtures.context(b.session, width: 100, height: 40)).lines
            .joined(separator: "\n")
        // A cell shows the family 👩‍👩‍👧 as its base 👩 (CellGrapheme: ncurses cannot hold it).
        for secret in Self.secrets { #expect(revealed.contains(secret.replacingOccurrences(of: "👩‍👩‍👧", with: "👩"))) }
        Snapshot.assert(
            ProjectorScreen().render(SecretaryFixtures.context(b.session, width: 80, height: 24)),
            named: "projector-silent-revealed-80x24", painted: true)
    }

    @Test func moderatedAndMergedNotesStayOffTheProjector() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        try b.note("a", "Synlig lapp", step: "grupp", list: "Riskfaktorer", group: 1)
        try b.note("b", "Dold av facilitatorn", step: "grupp", list: "Riskfaktorer", group: 1)
        try b.note("c", "Dubblett som slagits ihop", step: "grupp", list: "Riskfaktorer", group: 2)
        try b.add(.noteHidden(note: "b", hidden: true))
        try b.add(.notesMerged(note: "c", into: "a"))
        let frame = ProjectorScreen().render(SecretaryFixtures.context(b.session, width: 120, height: 40)).lines.joined(
            separator: "\n")
        #expect(frame.contains("Riskfaktorer"))
        #expect(frame.contains("G1 Synlig lapp (+1)"))
        #expect(!frame.contains("Dold av"))
        #expect(!frame.contains("Dubblett"))
    }

    @Test func theRelayShowsWhoSpeaksTimeLeftWhoIsNextAndWhatWasSaid() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "trappa"))
        try b.add(.turnPassed(step: "trappa", turn: 0))
        try b.note("r1", "Ett nummer till koordinator", step: "trappa", list: "Råd", group: 1)
        b.now = b.now + 300_000
        try b.add(.turnPassed(step: "trappa", turn: 1))
        try b.note("r2", "Egen schemaläggning", step: "trappa", list: "Råd", group: 2)
        let context = SecretaryFixtures.context(b.session, width: 80, height: 24, now: b.now + 90_000)
        let frame = ProjectorScreen().render(context).lines.joined(separator: "\n")
        #expect(frame.contains("Har ordet: Grupp 2  03:30"))
        #expect(frame.contains("→ Nästa: Grupp 3"))
        #expect(frame.contains("Redan sagt (2)"))
        #expect(frame.contains("G1 Ett nummer till koordinator"))
        Snapshot.assert(ProjectorScreen().render(context), named: "projector-vattentrappa-80x24", painted: true)
        Snapshot.assert(
            ProjectorScreen().render(SecretaryFixtures.context(b.session, width: 120, height: 40, now: b.now + 90_000)),
            named: "projector-vattentrappa-120x40", painted: true)
    }

    @Test func themesShowAsTheSeedsSummary() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "trappa"))
        let notes: [(NoteID, String, Int)] = [
            ("a", "Ett nummer till koordinator", 1), ("b", "Egen schemaläggning", 1),
            ("c", "Fyra till sex besök per dag", 2), ("d", "Starta digitalt", 3), ("e", "Webbtidbok", 2),
        ]
        for (id, text, group) in notes { try b.note(id, text, step: "trappa", list: "Råd", group: group) }
        try b.add(.themeCreated(theme: "t1", step: "trappa", title: "Organisation och arbetsstruktur"))
        try b.add(.themeCreated(theme: "t2", step: "trappa", title: "Patienthantering"))
        try b.add(.themeCreated(theme: "t3", step: "trappa", title: "Effektivisering och innovation"))
        try b.add([
            .noteThemed(note: "a", theme: "t1"), .noteThemed(note: "b", theme: "t1"),
            .noteThemed(note: "c", theme: "t2"),
            .noteThemed(note: "d", theme: "t3"),
        ])
        // Built off the projector: the room still sees what was said, not half-made themes.
        let building = ProjectorScreen().render(SecretaryFixtures.context(b.session, width: 120, height: 40)).lines
            .joined(separator: "\n")
        #expect(!building.contains("Sammanfattning"))
        #expect(!building.contains("Organisation och arbetsstruktur"))
        #expect(building.contains("Ett nummer till koordinator"))
        try b.add(.themesShown(step: "trappa", visible: true))
        let frame = ProjectorScreen().render(SecretaryFixtures.context(b.session, width: 120, height: 40)).lines.joined(
            separator: "\n")
        #expect(frame.contains("Sammanfattning av Region Lagomland"))
        #expect(frame.contains("Organisation och arbetsstruktur"))
        #expect(frame.contains("• Ett nummer till koordinator"))
        #expect(frame.contains("Övrigt"))
        Snapshot.assert(
            ProjectorScreen().render(SecretaryFixtures.context(b.session, width: 120, height: 40)),
            named: "projector-themes-120x40", painted: true)
    }

    /// The summary wraps a long note to its whole text instead of cutting it.
    @Test func theSummaryWrapsLongNotes() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "trappa"))
        let long =
            "En gemensam ingång för alla remisser så att ingen patient hamnar mellan två stolar när noderna byter schema"
        try b.note("a", long, step: "trappa", list: "Råd", group: 1)
        try b.add(.themeCreated(theme: "t1", step: "trappa", title: "Organisation"))
        try b.add([.noteThemed(note: "a", theme: "t1"), .themesShown(step: "trappa", visible: true)])
        let frame = ProjectorScreen().render(SecretaryFixtures.context(b.session, width: 80, height: 24)).lines
        let text = frame.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(text.contains("• " + long), "\(frame.joined(separator: "\n"))")
    }
}
