import FoundationEssentials
import Glibc
import LagomCore

/// How events become log lines: one compact JSON object each, keys sorted so lines are stable and
/// diffable, UTF-8 as is (å ä ö are not escaped).
struct EventLineEncoder {
    private let encoder: JSONEncoder

    init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    func line<T: Encodable>(_ value: T) -> [UInt8] {
        // Encoding our own value types cannot fail; a failure would be a programming error.
        var bytes = [UInt8](try! encoder.encode(value))
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }
}
