/// Finds the first byte that breaks UTF-8, so a file saved as Latin-1
/// ("å" as the single byte 0xE5) is refused at the exact spot.
public enum UTF8Check {
    /// Offset of the first byte that does not belong to a well-formed sequence, or nil.
    public static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            if lead < 0x80 { offset += 1; continue }
            guard let length = sequenceLength(at: offset, in: bytes) else { return offset }
            offset += length
        }
        return nil
    }

    /// Length of the well-formed multi-byte sequence at `offset` (Unicode table 3-7), or nil.
    private static func sequenceLength(at offset: Int, in bytes: [UInt8]) -> Int? {
        let lead = bytes[offset]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else { return nil }
        for index in (offset + 2)..<(offset + length) where !(0x80...0xBF).contains(bytes[index]) {
            return nil
        }
        return length
    }
}
