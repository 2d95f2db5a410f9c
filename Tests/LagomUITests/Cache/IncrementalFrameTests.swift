import LagomCore
import Testing

@testable import LagomUI

/// Panes keep what they derive from the notes between frames (the note lists, the wall's layout),
/// keyed by the session's revision and notes epoch. These tests draw every pane after every change
/// of random sequences — notes added, edited, moved, deleted, hidden, merged, undone (an undo
/// changes the past) — from the live session, whose kept values grow change by change, and from a
/// fresh fold of the same history, which keeps nothing yet: the frames must be the same.
@Suite struct IncrementalFrameTests {
    static func frames(_ session: Session, now: WallTime) -> [String: [String]] {
        var frames: [String: [String]] = [:]
        var presenting = FacilitatorScreen()
        presenting.presenting = true
        // The theme board of the group work (notes under their lists), its cursor mid-list.
        var board = FacilitatorScreen()
        board.themeBoard = ThemeBoard(step: "grupp", lists: ["Riskfaktorer", "Friskfaktorer"])
        board.themeBoard?.cursor = 9
        // A secretary typing what some notes say (the vattentrappa's hint of a similar note), and
        // one typing words that only an edited note has.
        var typing = SecretaryScreen(group: 2)
        typing.editor = LineEditor("lapp återhämtning och fika på fredag")
        var typingEdited = SecretaryScreen(group: 3)
        typingEdited.editor = LineEditor("ändrad lapp om fika")
        let screens: [(String, any Screen)] = [
            ("projector", ProjectorScreen()), ("facilitator", FacilitatorScreen()), ("present", presenting),
            ("secretary", SecretaryScreen(group: 2)), ("timekeeper", TimekeeperScreen(quiet: true)),
            ("theme board", board), ("secretary typing", typing), ("secretary typing too", typingEdited),
        ]
        for (width, height) in [(80, 24), (120, 40)] {
            let context = SecretaryFixtures.context(session, width: width, height: height, now: now)
            for (name, screen) in screens { frames["\(name) \(width)×\(height)"] = screen.render(context).lines }
        }
        // The room's big screen too: its wall is laid out at every size it is shown at.
        let big = SecretaryFixtures.context(session, width: 200, height: 60, now: now)
        frames["projector 200×60"] = ProjectorScreen().render(big).lines
        return frames
    }

    /// Past `LiveWall.most` notes the wall grows by the new notes and lets its oldest go: the kept
    /// wall, grown note by note (now and then edited, which makes it afresh), against a fresh fold.
    @Test func theWallGrownPastItsMostDrawsWhatAFreshFoldDraws() throws {
        var b = SecretaryFixtures.Builder()
        try b.add([.stepEntered(step: "grupp"), .stepStarted(step: "grupp")])
        func place(_ i: Int) -> NotePlace {
            NotePlace(step: "grupp", list: i % 5 < 2 ? "Riskfaktorer" : "Friskfaktorer", group: 1 + i % 3)
        }
        try b.add((0..<195).map { .noteAdded(note: NoteID("n\($0)"), place: place($0), text: "Lapp \($0) om fika") })
        for number in 195..<235 {
            b.now = b.now + 1_000
            let text = String(repeating: "vila på kvällen ", count: 1 + number % 2) + "\(number)"
            try b.add(.noteAdded(note: NoteID("n\(number)"), place: place(number), text: text), by: .secretary(1))
            if number % 13 == 0 { try b.add(.noteEdited(note: NoteID("n\(number - 100)"), text: "Ändrad \(number)")) }
            var fresh = Session(plan: SecretaryFixtures.plan)
            fresh.replay(try #require(b.session.heldHistory))
            for (width, height) in [(80, 24), (120, 40), (200, 60)] {
                let kept = SecretaryFixtures.context(b.session, width: width, height: height, now: b.now)
                let fromScratch = SecretaryFixtures.context(fresh, width: width, height: height, now: b.now)
                #expect(
                    ProjectorScreen().render(kept).lines == ProjectorScreen().render(fromScratch).lines,
                    "projector \(width)×\(height) after note \(number)")
                #expect(ProjectorScreen().nextChange(kept) == ProjectorScreen().nextChange(fromScratch))
            }
        }
    }

    @Test(arguments: [21, 22, 23] as [UInt64])
    func everyPaneDrawsWhatAFreshFoldDraws(seed: UInt64) throws {
        var b = SecretaryFixtures.Builder()
        var random = SeededIDSource(seed: seed)
        func pick(_ n: Int) -> Int { Int(random.nextRandom() % UInt64(max(1, n))) }
        try b.add([.stepEntered(step: "grupp"), .stepStarted(step: "grupp")])
        try b.add(.timerStarted(timer: TimerKey(step: "grupp"), seconds: 1800))
        var notes: [NoteID] = []
        var transactions: [String] = []
        for number in 0..<120 {
            b.now = b.now + 3_000
            let step = b.session.state.currentStep ?? "grupp"
            let list = step == "grupp" ? ["Riskfaktorer", "Friskfaktorer"][pick(2)] : "Råd"
            let place = NotePlace(step: step, list: list, group: 1 + pick(3))
            var changes: [Change] = []
            switch pick(17) {
            case _ where number == 30 || number == 80:
                // The vattentrappa for a while: the secretaries list the others' notes.
                changes = [.stepEntered(step: step == "grupp" ? "trappa" : "grupp")]
            case 0...6:
                let id = NoteID("n\(number)")
                // Two kinds of text, so a typed text that says what one kind says is matched by a
                // note that comes after others that do not.
                let text =
                    pick(3) == 0 ? "Lapp \(number): återhämtning och fika på fredag" : "Lapp \(number): tydliga mål"
                changes = [.noteAdded(note: id, place: place, text: text)]
                notes.append(id)
            case 7 where !notes.isEmpty:
                changes = [.noteEdited(note: notes[pick(notes.count)], text: "Ändrad lapp \(number) om fika")]
            case 8 where !notes.isEmpty: changes = [.noteMoved(note: notes[pick(notes.count)], place: place)]
            case 9 where !notes.isEmpty: changes = [.noteDeleted(note: notes[pick(notes.count)])]
            case 10 where !notes.isEmpty: changes = [.noteHidden(note: notes[pick(notes.count)], hidden: true)]
            case 11 where notes.count > 1:
                changes = [.notesMerged(note: notes[pick(notes.count)], into: notes[pick(notes.count)])]
            case 12 where number % 40 == 12:
                changes = [.stepEntered(step: step == "grupp" ? "trappa" : "grupp")]
            case 13:
                changes = [.themeCreated(theme: "t\(number)", step: "grupp", title: "Tema \(number)")]
            case 14 where !notes.isEmpty:
                let themes = b.session.state.board.themes["grupp"] ?? []
                guard !themes.isEmpty else { continue }
                changes = [.noteThemed(note: notes[pick(notes.count)], theme: themes[pick(themes.count)].id)]
            default:
                let open = transactions.filter { !b.session.isUndone($0) }
                guard !open.isEmpty else { continue }
                b.n += 1
                let undo = Event(
                    id: "u\(b.n)", tx: "u\(b.n)", at: b.now, by: .facilitator,
                    body: .undo(transaction: open[pick(open.count)]))
                try? b.session.append([undo])
            }
            if !changes.isEmpty, (try? b.add(changes, by: .secretary(1 + pick(3)))) != nil {
                transactions.append("e\(b.n)")
            }
            var fresh = Session(plan: SecretaryFixtures.plan)
            fresh.replay(try #require(b.session.heldHistory))
            let kept = Self.frames(b.session, now: b.now)
            let fromScratch = Self.frames(fresh, now: b.now)
            for (name, frame) in kept {
                #expect(frame == fromScratch[name], "\(name) after change \(number), seed \(seed)")
            }
        }
    }
}
