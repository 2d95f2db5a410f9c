/// A fast path for reading one `events.jsonl` line (without its newline) into an `Event`.
///
/// Log lines are written by `JSONEncoder` with sorted keys and no whitespace, so a line has one exact
/// shape per kind of change; this reads that shape directly from the bytes, several times faster than
/// Codable. It accepts only that canonical shape and returns nil for anything else — another key
/// order, whitespace, a `null`, an unusual escape, a number that is not a plain integer, invalid UTF-8,
/// or a kind of change it does not know. The caller then decodes the line with Codable, which stays the
/// definition of the format: on every line this accepts, both give the same `Event` (tested for every
/// kind of change it knows and for random events).
public enum EventLineDecoder {
    public static func decode(_ line: UnsafeBufferPointer<UInt8>) -> Event? {
        var reader = CanonicalReader(line)
        return reader.event()
    }

    public static func decode(_ line: some Collection<UInt8>) -> Event? {
        if let event = line.withContiguousStorageIfAvailable({ decode($0) }) { return event }
        return Array(line).withUnsafeBufferPointer { decode($0) }
    }
}

private struct CanonicalReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func event() -> Event? {
        guard literal(#"{"at":"#), let at = integer(), literal(#","by":"#), let by = actor(),
            literal(#","change":{""#), let name = key(),
            let body = body(named: name), literal(#"},"id":"#), let id = string(),
            literal(#","tx":"#), let tx = string(), literal("}"), self.at == bytes.count
        else { return nil }
        return Event(id: id, tx: tx, at: WallTime(milliseconds: at), by: by, body: body)
    }

    private mutating func body(named name: String) -> Event.Body? {
        guard name == Event.Body.undoKey else { return change(named: name).map(Event.Body.change) }
        guard literal(#"{"tx":"#), let tx = string(), literal("}") else { return nil }
        return .undo(transaction: tx)
    }

    // MARK: - Changes (keys in sorted order, as the encoder writes them)

    private mutating func change(named name: String) -> Change? {
        switch name {
        case "noteAdded":
            guard literal(#"{"note":"#), let note = noteID(), literal(#","place":"#), let place = place(),
                literal(#","text":"#), let text = string(), literal("}")
            else { return nil }
            return .noteAdded(note: note, place: place, text: text)
        case "noteEdited":
            guard literal(#"{"note":"#), let note = noteID(), literal(#","text":"#), let text = string(),
                literal("}")
            else { return nil }
            return .noteEdited(note: note, text: text)
        case "noteMoved":
            guard literal(#"{"note":"#), let note = noteID(), literal(#","place":"#), let place = place(),
                literal("}")
            else { return nil }
            return .noteMoved(note: note, place: place)
        case "noteDeleted":
            guard literal(#"{"note":"#), let note = noteID(), literal("}") else { return nil }
            return .noteDeleted(note: note)
        case "stepEntered", "stepStarted", "stepPaused", "stepResumed", "stepCompleted", "resultsRevealed":
            guard literal(#"{"step":"#), let step = stepID(), literal("}") else { return nil }
            return stepChange(name, step)
        case "speakerChanged":
            guard literal(#"{"index":"#), let index = int(), literal(#","step":"#), let step = stepID(),
                literal("}")
            else { return nil }
            return .speakerChanged(step: step, index: index)
        case "timerStarted", "timerExtended":
            guard literal(#"{"seconds":"#), let seconds = int(), literal(#","timer":"#), let timer = timerKey(),
                literal("}")
            else { return nil }
            return name == "timerStarted"
                ? .timerStarted(timer: timer, seconds: seconds) : .timerExtended(timer: timer, seconds: seconds)
        case "timerPaused", "timerResumed", "timerReset", "timerStopped":
            guard literal(#"{"timer":"#), let timer = timerKey(), literal("}") else { return nil }
            return timerChange(name, timer)
        case "votesTallied":
            guard literal(#"{"step":"#), let step = stepID(), literal(#","tallies":"#),
                let tallies = list({ (r: inout CanonicalReader) in r.tally() }), literal("}")
            else { return nil }
            return .votesTallied(step: step, tallies: tallies)
        case "ballotCast":
            guard literal(#"{"dots":"#), let dots = list({ (r: inout CanonicalReader) in r.noteID() }),
                literal(#","step":"#), let step = stepID(), literal(#","voter":"#), let voter = string(),
                literal("}")
            else { return nil }
            return .ballotCast(step: step, voter: voter, dots: dots)
        default:
            return nil
        }
    }

    private func stepChange(_ name: String, _ step: StepID) -> Change? {
        switch name {
        case "stepEntered": .stepEntered(step: step)
        case "stepStarted": .stepStarted(step: step)
        case "stepPaused": .stepPaused(step: step)
        case "stepResumed": .stepResumed(step: step)
        case "stepCompleted": .stepCompleted(step: step)
        case "resultsRevealed": .resultsRevealed(step: step)
        default: nil
        }
    }

    private func timerChange(_ name: String, _ timer: TimerKey) -> Change? {
        switch name {
        case "timerPaused": .timerPaused(timer: timer)
        case "timerResumed": .timerResumed(timer: timer)
        case "timerReset": .timerReset(timer: timer)
        case "timerStopped": .timerStopped(timer: timer)
        default: nil
        }
    }

    // MARK: - Values

    /// `"facilitator"` or `"secretary:3"`, as `Actor.description` writes it, read without making a
    /// String; any other spelling goes through `Actor(parsing:)`, which defines what an author is.
    private mutating func actor() -> Actor? {
        let start = at
        guard literal("\""), let role = Self.roles.first(where: { literal($0.name) }) else {
            return actorByParsing(start)
        }
        if literal("\"") { return Actor(role.role) }
        guard literal(":"), let group = int(), literal("\"") else { return actorByParsing(start) }
        return Actor(role.role, group: group)
    }

    private mutating func actorByParsing(_ start: Int) -> Actor? {
        at = start
        return string().flatMap(Actor.init(parsing:))
    }

    /// Longest names first would matter only if one role's name began another's; none does.
    private static let roles: [(name: StaticString, role: Actor.Role)] = [
        ("secretary", .secretary), ("facilitator", .facilitator), ("timekeeper", .timekeeper),
        ("projector", .projector), ("cli", .cli),
    ]

    private mutating func noteID() -> NoteID? { string().map(NoteID.init(rawValue:)) }
    private mutating func stepID() -> StepID? { string().map(StepID.init(rawValue:)) }

    /// `{"group":2,"list":"…","parent":"…","step":"…"}`; absent keys are nil (the encoder leaves nil out).
    private mutating func place() -> NotePlace? {
        guard literal("{") else { return nil }
        var group: Int?
        if literal(#""group":"#) {
            guard let value = int(), literal(",") else { return nil }
            group = value
        }
        guard literal(#""list":"#), let list = string() else { return nil }
        var parent: NoteID?
        if literal(#","parent":"#) {
            guard let value = noteID() else { return nil }
            parent = value
        }
        guard literal(#","step":"#), let step = stepID(), literal("}") else { return nil }
        return NotePlace(step: step, list: list, group: group, parent: parent)
    }

    /// `{"group":2,"step":"…"}` or `{"step":"…"}`.
    private mutating func timerKey() -> TimerKey? {
        guard literal("{") else { return nil }
        var group: Int?
        if literal(#""group":"#) {
            guard let value = int(), literal(",") else { return nil }
            group = value
        }
        guard literal(#""step":"#), let step = stepID(), literal("}") else { return nil }
        return TimerKey(step: step, group: group)
    }

    private mutating func tally() -> Tally? {
        guard literal(#"{"note":"#), let note = noteID(), literal(#","points":"#), let points = int(),
            literal("}")
        else { return nil }
        return Tally(note: note, points: points)
    }

    private mutating func list<T>(_ element: (inout CanonicalReader) -> T?) -> [T]? {
        guard literal("[") else { return nil }
        var items: [T] = []
        if literal("]") { return items }
        repeat {
            guard let item = element(&self) else { return nil }
            items.append(item)
        } while literal(",")
        return literal("]") ? items : nil
    }

    // MARK: - Tokens

    /// Consumes `text` if the bytes continue with it.
    private mutating func literal(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count - at >= count else { return false }
        let expected = text.utf8Start
        for i in 0..<count where bytes[at + i] != expected[i] { return false }
        at += count
        return true
    }

    /// A key and its colon, the opening quote already consumed: `noteAdded":`.
    private mutating func key() -> String? {
        let start = at
        while at < bytes.count, bytes[at] != UInt8(ascii: "\"") {
            guard isKeyByte(bytes[at]) else { return nil }
            at += 1
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
        return literal(#"":"#) ? name : nil
    }

    private func isKeyByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    /// A JSON string. Escapes the encoder writes for quotes, backslashes and common control characters
    /// are read; `\u` escapes (other control characters) are left to Codable.
    private mutating func string() -> String? {
        guard literal("\"") else { return nil }
        let start = at
        var ascii = true
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<at])
                at += 1
                return ascii ? String(decoding: raw, as: UTF8.self) : Self.validUTF8(raw)
            }
            if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
            guard byte >= 0x20 else { return nil }
            ascii = ascii && byte < 0x80
            at += 1
        }
        return nil
    }

    /// The text, or nil if the bytes are not valid UTF-8 (never repaired: Codable would refuse them).
    /// Decoding with repair is much faster than generic validation; a repair shows as U+FFFD (EF BF BD),
    /// so only text that has an 0xEF byte on either side needs the slow, exact check.
    private static func validUTF8(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        let text = String(decoding: raw, as: UTF8.self)
        guard raw.contains(0xEF) || text.utf8.contains(0xEF) else { return text }
        return String(validating: raw, as: UTF8.self)
    }

    private mutating func escapedString(from start: Int) -> String? {
        var text: [UInt8] = Array(bytes[start..<at])
        while at < bytes.count {
            let byte = bytes[at]
            at += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(validating: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard at < bytes.count else { return nil }
                let escaped = bytes[at]
                at += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                default: return nil
                }
            default:
                guard byte >= 0x20 else { return nil }
                text.append(byte)
            }
        }
        return nil
    }

    private mutating func int() -> Int? { integer().flatMap { Int(exactly: $0) } }

    /// A plain integer as the encoder writes it: optional minus, no leading zeros, no fraction or exponent.
    private mutating func integer() -> Int64? {
        let negative = literal("-")
        guard at < bytes.count, isDigit(bytes[at]) else { return nil }
        if bytes[at] == UInt8(ascii: "0"), at + 1 < bytes.count, isDigit(bytes[at + 1]) { return nil }
        var value: Int64 = 0
        while at < bytes.count, isDigit(bytes[at]) {
            let digit = Int64(bytes[at] - UInt8(ascii: "0"))
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) =
                negative ? times10.subtractingReportingOverflow(digit) : times10.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            value = next
            at += 1
        }
        if at < bytes.count,
            bytes[at] == UInt8(ascii: ".") || bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E")
        {
            return nil
        }
        return value
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
