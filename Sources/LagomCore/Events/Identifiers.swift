/// A wall-clock instant in milliseconds since 1970 (UTC). Integer milliseconds
/// keep deadline arithmetic exact; the clock that produces them is injected.
public struct WallTime: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var milliseconds: Int64
    public init(milliseconds: Int64) { self.milliseconds = milliseconds }
    public init(seconds: Int64) { self.milliseconds = seconds * 1000 }
    public init(from decoder: Decoder) throws { milliseconds = try decoder.singleValueContainer().decode(Int64.self) }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(milliseconds)
    }
    public static func < (a: WallTime, b: WallTime) -> Bool { a.milliseconds < b.milliseconds }
    public static func + (a: WallTime, ms: Int64) -> WallTime { WallTime(milliseconds: a.milliseconds + ms) }
    public static func - (a: WallTime, b: WallTime) -> Int64 { a.milliseconds - b.milliseconds }
    public var description: String { "\(milliseconds)ms" }
}

/// The one clock abstraction. Production code reads the system; tests move a manual clock.
public protocol LagomClock: Sendable {
    var now: WallTime { get }
}

/// Source of fresh identifiers; injected so tests and replays are deterministic.
public protocol IDSource: Sendable {
    /// A new random identifier of `length` characters from a readable alphabet.
    mutating func next(length: Int) -> String
}

/// A deterministic id source (xorshift) for tests and for seeded runs.
public struct SeededIDSource: IDSource {
    private var state: UInt64
    public init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }
    public mutating func nextRandom() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
    public mutating func next(length: Int) -> String { IDAlphabet.make(length: length) { nextRandom() } }
}

/// Lower-case letters and digits without look-alikes (no 0/o, 1/l/i), easy to type on the command line.
public enum IDAlphabet {
    public static let characters = Array("23456789abcdefghjkmnpqrstuvwxyz")
    public static func make(length: Int, random: () -> UInt64) -> String {
        String((0..<length).map { _ in characters[Int(random() % UInt64(characters.count))] })
    }
}

public struct NoteID: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Who did something: a role, and for a secretary their group.
public struct Actor: Codable, Hashable, Sendable, CustomStringConvertible {
    public enum Role: String, Codable, Sendable, CaseIterable {
        case facilitator, projector, timekeeper, secretary, cli
        /// The minute-taker's pane (`lagom minutes`).
        case minutes
    }
    public var role: Role
    public var group: Int?

    public init(_ role: Role, group: Int? = nil) {
        self.role = role
        self.group = group
    }

    public static let facilitator = Actor(.facilitator)
    public static let timekeeper = Actor(.timekeeper)
    public static let cli = Actor(.cli)
    public static let minuteTaker = Actor(.minutes)
    public static func secretary(_ group: Int) -> Actor { Actor(.secretary, group: group) }

    /// Written as one short string: `facilitator`, `secretary:3`.
    public var description: String { group.map { "\(role.rawValue):\($0)" } ?? role.rawValue }

    public init?(parsing text: String) {
        let parts = text.split(separator: ":", maxSplits: 1)
        guard let first = parts.first, let role = Role(rawValue: String(first)) else { return nil }
        if parts.count == 2 {
            guard let group = Int(parts[1]) else { return nil }
            self.init(role, group: group)
        } else {
            self.init(role)
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let actor = Actor(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "unknown author \"\(text)\"")
        }
        self = actor
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// A countdown: the step's own (`group == nil`) or one group's during group work.
public struct TimerKey: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var step: StepID
    public var group: Int?
    public init(step: StepID, group: Int? = nil) {
        self.step = step
        self.group = group
    }
    public static func < (a: TimerKey, b: TimerKey) -> Bool {
        (a.step, a.group ?? 0) < (b.step, b.group ?? 0)
    }
    public var description: String { group.map { "\(step)/\($0)" } ?? step.rawValue }
}
