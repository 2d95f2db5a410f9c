/// Where each note is in `SessionState.notes`, by id.
///
/// An id Lagom makes (up to 12 characters of `IDAlphabet`) is kept as a number, 5 bits a character,
/// exact: a lookup hashes no string. The ids a checkpoint held are one sorted array (`base`, searched
/// by halves), loaded without hashing a single id, which was most of what opening a big session cost;
/// ids added since, and any change to those of the base, are in a dictionary beside it. Ids of another
/// shape (written by hand, a test's `n1`) are kept as they are. Equal, and encoded, as the mapping it
/// stands for, however it is stored.
struct NoteIndex: Sendable, Codable {
    /// Sorted ids of the checkpoint this index was loaded with, and where each one's note is.
    private var baseNumbers: [UInt64] = []
    private var basePositions: [Int32] = []
    /// Set since: a position, or `removed`.
    private var packed: [UInt64: Int32] = [:]
    private var others: [NoteID: Int] = [:]
    private static let removed: Int32 = -1

    init() {}

    subscript(id: NoteID) -> Int? {
        get {
            guard let number = IDAlphabet.number(id.rawValue) else { return others[id] }
            if let known = packed[number] { return known == Self.removed ? nil : Int(known) }
            return basePosition(number).map(Int.init)
        }
        set {
            guard let number = IDAlphabet.number(id.rawValue) else { return others[id] = newValue }
            packed[number] = newValue.map { Int32($0) } ?? Self.removed
        }
    }

    mutating func reserveCapacity(_ count: Int) { packed.reserveCapacity(count) }

    private func basePosition(_ number: UInt64) -> Int32? {
        var low = 0
        var high = baseNumbers.count
        while low < high {
            let middle = (low + high) / 2
            if baseNumbers[middle] < number { low = middle + 1 } else { high = middle }
        }
        return low < baseNumbers.count && baseNumbers[low] == number ? basePositions[low] : nil
    }

    /// Every id as a number with its position, sorted by number (what a checkpoint saves).
    func sortedNumbers() -> [(number: UInt64, position: Int32)] {
        var all: [(number: UInt64, position: Int32)] = []
        all.reserveCapacity(baseNumbers.count + packed.count)
        for (number, position) in zip(baseNumbers, basePositions) where packed[number] == nil {
            all.append((number, position))
        }
        for (number, position) in packed where position != Self.removed { all.append((number, position)) }
        all.sort { $0.number < $1.number }
        return all
    }

    /// The whole mapping, as a dictionary.
    var mapping: [NoteID: Int] {
        var all = others
        for (number, position) in sortedNumbers() { all[NoteID(IDAlphabet.id(number))] = Int(position) }
        return all
    }

    init(from decoder: Decoder) throws {
        self.init()
        for (id, position) in try [NoteID: Int](from: decoder) { self[id] = position }
    }

    func encode(to encoder: Encoder) throws { try mapping.encode(to: encoder) }
}

extension NoteIndex: Equatable {
    static func == (a: NoteIndex, b: NoteIndex) -> Bool { a.mapping == b.mapping }
}

// MARK: - Checkpoint

extension NoteIndex {
    /// Every id with the position of its note: the ids that are numbers sorted, each written as its step
    /// from the one before, then the others as text. It comes before the notes in a checkpoint, so it
    /// loads without a note decoded (`CheckpointNotes` keeps them as bytes until one is read).
    func write(to out: inout CheckpointWriter) {
        let sorted = sortedNumbers()
        out.unsigned(UInt64(sorted.count))
        var previous: UInt64 = 0
        for entry in sorted {
            out.unsigned(entry.number &- previous)
            out.unsigned(UInt64(entry.position))
            previous = entry.number
        }
        out.unsigned(UInt64(others.count))
        for (id, position) in others.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            out.string(id.rawValue)
            out.unsigned(UInt64(position))
        }
    }

    /// Stands in `numbers` for an id that is not a number (no number reaches 60 bits).
    static let notANumber = UInt64.max

    /// The index of a checkpoint's `count` notes. What was written is checked, not trusted: the numbers
    /// strictly rising, every position among the notes, one id for each note; that each id is its
    /// note's is checked once the notes are decoded (`matches(numbers:others:)`).
    init(reading input: inout CheckpointReader, notes count: Int) throws(CheckpointReader.Malformed) {
        let numbered = try input.length()
        guard numbered <= count else { throw CheckpointReader.Malformed() }
        baseNumbers.reserveCapacity(numbered)
        basePositions.reserveCapacity(numbered)
        var previous: UInt64 = 0
        for _ in 0..<numbered {
            let (number, overflow) = previous.addingReportingOverflow(try input.unsigned())
            let position = try input.unsigned()
            guard number > previous, !overflow, position < UInt64(count) else { throw CheckpointReader.Malformed() }
            baseNumbers.append(number)
            basePositions.append(Int32(position))
            previous = number
        }
        guard try input.length() == count - numbered else { throw CheckpointReader.Malformed() }
        for _ in numbered..<count {
            let id = NoteID(rawValue: try input.string())
            let position = try input.unsigned()
            guard IDAlphabet.number(id.rawValue) == nil, others[id] == nil, position < UInt64(count) else {
                throw CheckpointReader.Malformed()
            }
            others[id] = Int(position)
        }
    }

    /// Whether this index, as a checkpoint loaded it, is exactly where each of its notes is: `numbers`
    /// gives each note's id as a number (`notANumber`: not one), `others` where each other id is.
    func matches(numbers: [UInt64], others found: [NoteID: Int]) -> Bool {
        guard baseNumbers.count + others.count == numbers.count, found == others, packed.isEmpty else { return false }
        for (number, position) in zip(baseNumbers, basePositions) where numbers[Int(position)] != number {
            return false
        }
        return true
    }
}

extension IDAlphabet {
    private static let codes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for (i, character) in characters.enumerated() { table[Int(character.asciiValue!)] = UInt8(i + 1) }
        return table
    }()

    /// An id of up to 12 characters of the alphabet as a number, 5 bits a character (0 ends it), so
    /// two ids are equal exactly when their numbers are; nil for any other id.
    public static func number(_ id: String) -> UInt64? {
        var id = id
        return id.withUTF8 { number(utf8: $0) }
    }

    static func number(utf8: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard !utf8.isEmpty, utf8.count <= 12 else { return nil }
        var number: UInt64 = 0
        for (i, byte) in utf8.enumerated() {
            let code = codes[Int(byte)]
            guard code != 0 else { return nil }
            number |= UInt64(code) << (5 * UInt64(i))
        }
        return number
    }

    /// The id `number(_:)` made this number of.
    static func id(_ number: UInt64) -> String {
        var utf8: [UInt8] = []
        var rest = number
        while rest != 0 {
            utf8.append(characters[Int(rest & 31) - 1].asciiValue!)
            rest >>= 5
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
