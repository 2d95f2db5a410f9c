import Foundation
import Testing

@testable import LagomCore

/// The fast line decoder must agree with Codable on every line it accepts, and accept the canonical
/// lines of every kind of change it knows.
@Suite struct EventLineDecoderTests {
    static func line(_ event: Event) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(event))
    }

    static func codable(_ bytes: [UInt8]) -> Event? { try? JSONDecoder().decode(Event.self, from: Data(bytes)) }

    /// Kinds of change the fast path reads; any other kind is left to Codable.
    static let fastKinds: Set<String> = [
        "stepEntered", "stepStarted", "stepPaused", "stepResumed", "stepCompleted", "speakerChanged",
        "timerStarted", "timerPaused", "timerResumed", "timerExtended", "timerReset", "timerStopped",
        "noteAdded", "noteEdited", "noteDeleted", "noteMoved", "votesTallied", "ballotCast", "resultsRevealed",
        "transactionUndone",
    ]

    static let step: StepID = "grupparbete"
    static let samples: [Change] = [
        .stepEntered(step: step), .stepStarted(step: step), .stepPaused(step: step), .stepResumed(step: step),
        .stepCompleted(step: step), .speakerChanged(step: "incheckning", index: 3),
        .speakerChanged(step: "incheckning", index: -1),
        .timerStarted(timer: TimerKey(step: step), seconds: 1800),
        .timerStarted(timer: TimerKey(step: step, group: 4), seconds: 60),
        .timerPaused(timer: TimerKey(step: step, group: 2)), .timerResumed(timer: TimerKey(step: step)),
        .timerExtended(timer: TimerKey(step: step), seconds: -60), .timerReset(timer: TimerKey(step: step, group: 1)),
        .timerStopped(timer: TimerKey(step: step)),
        .noteAdded(note: "k3x9q2", place: NotePlace(step: step, list: "Friskfaktorer"), text: "Tid för återhämtning"),
        .noteAdded(
            note: "p7", place: NotePlace(step: step, list: "", group: 3, parent: "k3x9q2"),
            text: "Svar \"så här\"\n\\ok/"),
        .noteAdded(note: "u1", place: NotePlace(step: step, list: "Risk", group: 12), text: "Emoji 👩‍⚕️ och\ttabb"),
        .noteEdited(note: "k3x9q2", text: "Ändrad: mer fika"), .noteDeleted(note: "k3x9q2"),
        .noteMoved(note: "p7", place: NotePlace(step: "krav", list: "Krav", parent: "u1")),
        .votesTallied(step: "röstning", tallies: [Tally(note: "p7", points: 4), Tally(note: "u1", points: 0)]),
        .votesTallied(step: "röstning", tallies: []),
        .ballotCast(step: "kravröstning", voter: "Deltagare 7", dots: ["p7", "p7", "u1"]),
        .ballotCast(step: "kravröstning", voter: "röst", dots: []),
        .resultsRevealed(step: "röstning"),
    ]

    /// Every change above, and an undo (which is not a change: it takes back a transaction).
    static let bodies: [Event.Body] = samples.map(Event.Body.change) + [.undo(transaction: "4hq8w2mzc7ta")]

    @Test func everyKnownKindOfChangeTakesTheFastPathAndAgreesWithCodable() throws {
        var names: Set<String> = []
        for (number, body) in Self.bodies.enumerated() {
            let event = Event(
                id: "id\(number)", tx: "tx\(number / 2)", at: WallTime(milliseconds: 1_741_075_200_000 + Int64(number)),
                by: number % 3 == 0 ? .secretary(number) : .facilitator, body: body)
            names.insert(event.name)
            let bytes = try Self.line(event)
            let fast = EventLineDecoder.decode(bytes)
            #expect(fast == event, "\(String(decoding: bytes, as: UTF8.self))")
            #expect(fast == Self.codable(bytes))
        }
        #expect(names == Self.fastKinds)
    }

    /// `Change.name` is read from the case: it is the key the log writes, for every kind.
    @Test func theNameOfAChangeIsItsKeyInTheLog() throws {
        let board: [Change] = [
            .rankingShown(step: "röstning", position: RankingPosition(list: 1)),
            .subjectsChosen(step: "röstning", notes: ["p7"]),
            .turnPassed(step: "trappa", turn: 1), .turnExtended(step: "trappa", turn: 1, seconds: 60),
            .groupMarkedDone(step: "tyst", group: 2, done: true),
            .noteHidden(note: "p7", hidden: true), .themeCreated(theme: "t1", step: Self.step, title: "Tid"),
            .themeRenamed(theme: "t1", title: "Tiden"), .themeMoved(theme: "t1", position: 0),
            .noteThemed(note: "p7", theme: nil), .notesMerged(note: "p7", into: "u1"), .noteSplit(note: "p7"),
            .themesShown(step: "trappa", visible: true),
        ]
        for body in Self.bodies + board.map(Event.Body.change) {
            let event = Event(id: "a", tx: "a", at: WallTime(seconds: 0), by: .cli, body: body)
            let json = String(decoding: try Self.line(event), as: UTF8.self)
            #expect(json.contains(#""change":{""# + event.name + #"":"#), "\(json)")
        }
        // The undo keeps the line it always had.
        let undo = Event(id: "a", tx: "b", at: WallTime(seconds: 0), by: .cli, body: .undo(transaction: "c"))
        #expect(
            String(decoding: try Self.line(undo), as: UTF8.self)
                == #"{"at":0,"by":"cli","change":{"transactionUndone":{"tx":"c"}},"id":"a","tx":"b"}"#)
    }

    @Test func randomEventsDecodeTheSameOnBothPaths() throws {
        var random = SeededIDSource(seed: 2025)
        var fallbacks = 0
        for _ in 0..<3000 {
            let event = RandomEvent.make(&random)
            let bytes = try Self.line(event)
            let codable = Self.codable(bytes)
            #expect(codable == event)
            if let fast = EventLineDecoder.decode(bytes) {
                #expect(fast == event, "\(String(decoding: bytes, as: UTF8.self))")
            } else {
                // Only lines with \u escapes (control characters other than tab, newline…) may fall back.
                fallbacks += 1
                #expect(
                    String(decoding: bytes, as: UTF8.self).contains("\\u"), "\(String(decoding: bytes, as: UTF8.self))")
            }
        }
        #expect(fallbacks < 1500)
    }

    @Test func anyLineNotInTheCanonicalShapeIsLeftToCodable() {
        let canonical =
            #"{"at":1741075200000,"by":"secretary:1","change":{"noteDeleted":{"note":"k3x9q2"}},"id":"a","tx":"a"}"#
        #expect(EventLineDecoder.decode(Array(canonical.utf8)) != nil)
        let others = [
            #"{"at": 1741075200000,"by":"secretary:1","change":{"noteDeleted":{"note":"k3x9q2"}},"id":"a","tx":"a"}"#,
            #"{"by":"secretary:1","at":1741075200000,"change":{"noteDeleted":{"note":"k3x9q2"}},"id":"a","tx":"a"}"#,
            #"{"at":1741075200000.0,"by":"secretary:1","change":{"noteDeleted":{"note":"k3x9q2"}},"id":"a","tx":"a"}"#,
            #"{"at":01741075200000,"by":"secretary:1","change":{"noteDeleted":{"note":"k3x9q2"}},"id":"a","tx":"a"}"#,
            #"{"at":99999999999999999999,"by":"secretary:1","change":{"noteDeleted":{"note":"k3x9q2"}},"id":"a","tx":"a"}"#,
            #"{"at":1741075200000,"by":"rektor","change":{"noteDeleted":{"note":"k3x9q2"}},"id":"a","tx":"a"}"#,
            #"{"at":1741075200000,"by":"secretary:1","change":{"noteFlipped":{"note":"k3x9q2"}},"id":"a","tx":"a"}"#,
            #"{"at":1741075200000,"by":"secretary:1","change":{"noteDeleted":{"note":"k3\u0078"}},"id":"a","tx":"a"}"#,
            #"{"at":1741075200000,"by":"secretary:1","change":{"timerReset":{"timer":{"group":null,"step":"s"}}},"id":"a","tx":"a"}"#,
            #"{"at":1741075200000,"by":"secretary:1","change":{"noteDeleted":{"note":"k3x9q2"}},"id":"a","tx":"a"}x"#,
            #"{"at":1741075200000,"by":"secretary:1","change":{"noteDeleted":{"note":"k3x9q2"}},"id":"a","tx":"a""#,
        ]
        for line in others { #expect(EventLineDecoder.decode(Array(line.utf8)) == nil, "\(line)") }
        // Invalid UTF-8 inside a string is Codable's to judge, never repaired by the fast path.
        var broken = Array(canonical.utf8)
        broken[broken.firstIndex(of: UInt8(ascii: "k"))!] = 0xC3
        #expect(EventLineDecoder.decode(broken) == nil)
    }
}

/// Random events of every kind, with awkward text: quotes, backslashes, slashes, newlines, control
/// characters, å ä ö, emoji, empty strings and extreme numbers.
enum RandomEvent {
    static func make(_ random: inout SeededIDSource) -> Event {
        func pick(_ n: Int) -> Int { Int(random.nextRandom() % UInt64(n)) }
        func text() -> String {
            let pieces = [
                "a", "å", "Ä", "ö", " ", "\"", "\\", "/", "\n", "\t", "\r", "\u{1}", "\u{1F}", "\u{7F}",
                "👩‍⚕️", "é", "\u{2028}", "x y", "0",
            ]
            return (0..<pick(12)).map { _ in pieces[pick(pieces.count)] }.joined()
        }
        func int() -> Int { [0, 1, -1, 42, Int.max, Int.min, pick(100_000)][pick(7)] }
        func note() -> NoteID { NoteID(pick(3) == 0 ? text() : random.next(length: 10)) }
        func step() -> StepID { StepID(pick(2) == 0 ? "grupparbete" : text()) }
        func timer() -> TimerKey { TimerKey(step: step(), group: pick(2) == 0 ? nil : int()) }
        func place() -> NotePlace {
            NotePlace(
                step: step(), list: text(), group: pick(2) == 0 ? nil : int(), parent: pick(2) == 0 ? nil : note())
        }
        let change: Event.Body
        switch pick(20) {
        case 0: change = .change(.stepEntered(step: step()))
        case 1: change = .change(.stepStarted(step: step()))
        case 2: change = .change(.stepPaused(step: step()))
        case 3: change = .change(.stepResumed(step: step()))
        case 4: change = .change(.stepCompleted(step: step()))
        case 5: change = .change(.speakerChanged(step: step(), index: int()))
        case 6: change = .change(.timerStarted(timer: timer(), seconds: int()))
        case 7: change = .change(.timerPaused(timer: timer()))
        case 8: change = .change(.timerResumed(timer: timer()))
        case 9: change = .change(.timerExtended(timer: timer(), seconds: int()))
        case 10: change = .change(.timerReset(timer: timer()))
        case 11: change = .change(.timerStopped(timer: timer()))
        case 12: change = .change(.noteAdded(note: note(), place: place(), text: text()))
        case 13: change = .change(.noteEdited(note: note(), text: text()))
        case 14: change = .change(.noteDeleted(note: note()))
        case 15: change = .change(.noteMoved(note: note(), place: place()))
        case 16:
            change = .change(
                .votesTallied(step: step(), tallies: (0..<pick(4)).map { _ in Tally(note: note(), points: int()) }))
        case 17: change = .change(.ballotCast(step: step(), voter: text(), dots: (0..<pick(4)).map { _ in note() }))
        case 18: change = .change(.resultsRevealed(step: step()))
        default: change = .undo(transaction: random.next(length: 12))
        }
        let roles = Actor.Role.allCases
        let role = roles[pick(roles.count)]
        let by = pick(2) == 0 ? Actor(role) : Actor(role, group: int())
        let at = [Int64.min, -1, 0, Int64.max, 1_741_075_200_000 + Int64(pick(1_000_000))][pick(5)]
        return Event(
            id: random.next(length: 12), tx: random.next(length: 12), at: WallTime(milliseconds: at), by: by,
            body: change)
    }
}
