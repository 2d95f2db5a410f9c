import Glibc
import LagomCore

/// Command-line arguments must be UTF-8. Swift repairs broken bytes silently (into U+FFFD), so a
/// script whose shell mangled an "å" would store "L�ngsiktig" in the session for good; refusing
/// the whole command keeps the log clean and says which argument to look at.
enum ArgumentEncoding {
    /// A one-line explanation of the first argument that is not valid UTF-8, or nil if all are.
    static func problem(in argv: [[UInt8]]) -> Localized? {
        for (index, bytes) in argv.enumerated().dropFirst() {
            guard let bad = UTF8Check.firstInvalidOffset(in: bytes) else { continue }
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            let before = String(decoding: bytes[..<bad].suffix(24), as: UTF8.self)
            return Localized(.cliArgumentNotUTF8, ["index": index, "byte": hex, "before": before])
        }
        return nil
    }

    /// The raw bytes of this process's arguments, before Swift decodes them.
    static func rawArguments() -> [[UInt8]] {
        (0..<Int(CommandLine.argc)).map { index in
            guard let pointer = CommandLine.unsafeArgv[index] else { return [] }
            return Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map { UInt8(bitPattern: $0) }
        }
    }
}
