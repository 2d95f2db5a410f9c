/// A strict JSON parser (RFC 8259) that keeps the position of every value and key
/// and explains a syntax error the way a person editing the file needs it.
/// Duplicate keys are errors: in a hand-edited file they are a copy-paste slip.
public enum JSONParser {
    /// Deeper nesting is refused rather than risking the stack.
    public static let maximumDepth = 100

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        if let bad = UTF8Check.firstInvalidOffset(in: bytes) {
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            throw JSONSyntaxError(
                position: SourceCursor.position(of: bad, in: bytes), problem: Localized(.jsonInvalidUTF8, ["byte": hex])
            )
        }
        var parser = Parser(bytes)
        return try parser.parseDocument()
    }

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        try parse(Array(text.utf8))
    }
}

private struct Parser {
    var cursor: SourceCursor

    init(_ bytes: [UInt8]) { cursor = SourceCursor(bytes) }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        // A byte-order mark is what some Windows editors put first; it is not content.
        if cursor.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { cursor.advance(by: 3) }
        cursor.skipWhitespace()
        if cursor.atEnd { throw error(Localized(.jsonEmpty)) }
        let root = try parseValue(path: .root, depth: 0, expected: Localized(.jsonExpectedValue))
        cursor.skipWhitespace()
        if !cursor.atEnd {
            throw error(Localized(.jsonTrailingContent, ["found": found()]))
        }
        return root
    }

    // MARK: - Values

    mutating func parseValue(path: JSONPath, depth: Int, expected: Localized) throws(JSONSyntaxError) -> JSONNode {
        let position = cursor.position()
        guard let byte = cursor.current else {
            throw error(Localized(.jsonExpectedFound, ["expected": expected, "found": found()]))
        }
        switch byte {
        case UInt8(ascii: "{"):
            return JSONNode(.object(try parseObject(path: path, depth: depth + 1)), at: position)
        case UInt8(ascii: "["):
            return JSONNode(.array(try parseArray(path: path, depth: depth + 1)), at: position)
        case UInt8(ascii: "\""):
            return JSONNode(.string(try parseString()), at: position)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), at: position)
        case UInt8(ascii: "'"):
            throw error(Parser.singleQuotes)
        case UInt8(ascii: "/"), UInt8(ascii: "#"):
            throw error(Localized(.jsonComment))
        default:
            if let word = readWord() {
                switch word {
                case "true": return JSONNode(.bool(true), at: position)
                case "false": return JSONNode(.bool(false), at: position)
                case "null": return JSONNode(.null, at: position)
                default:
                    throw error(at: position, Localized(.jsonBareWord, ["expected": expected, "word": word]))
                }
            }
            throw error(Localized(.jsonExpectedFound, ["expected": expected, "found": found()]))
        }
    }

    /// A bare word such as `true` or a forgotten-quotes `Norrhamn`.
    mutating func readWord() -> String? {
        let start = cursor.offset
        while let byte = cursor.current, isWordByte(byte) { cursor.advance() }
        guard cursor.offset > start else { return nil }
        return String(decoding: cursor.bytes[start..<cursor.offset], as: UTF8.self)
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), 0x80...:
            return true
        default:
            return false
        }
    }

    mutating func parseObject(path: JSONPath, depth: Int) throws(JSONSyntaxError) -> JSONObject {
        if depth > JSONParser.maximumDepth {
            throw error(Localized(.jsonTooDeep, ["depth": String(JSONParser.maximumDepth)]))
        }
        cursor.advance()  // {
        var members: [JSONMember] = []
        var seen: [String: JSONPosition] = [:]
        cursor.skipWhitespace()
        if cursor.current == UInt8(ascii: "}") {
            cursor.advance()
            return JSONObject(members: members)
        }
        while true {
            let keyPosition = cursor.position()
            guard cursor.current == UInt8(ascii: "\"") else {
                if cursor.current == UInt8(ascii: "'") { throw error(Parser.singleQuotes) }
                throw error(
                    Localized(members.isEmpty ? .jsonExpectedFirstKey : .jsonExpectedKeyAfterComma, ["found": found()]))
            }
            let key = try parseString()
            if let first = seen[key] {
                throw JSONSyntaxError(
                    position: keyPosition, path: path.appending(key),
                    problem: Localized(
                        .jsonDuplicateKey, ["key": JSONValue.quoted(key, limit: 40), "first": first.description]))
            }
            seen[key] = keyPosition
            cursor.skipWhitespace()
            guard cursor.current == UInt8(ascii: ":") else {
                throw error(Localized(.jsonExpectedColon, ["key": JSONValue.quoted(key, limit: 40), "found": found()]))
            }
            cursor.advance()
            cursor.skipWhitespace()
            let value = try parseValue(
                path: path.appending(key), depth: depth, expected: Localized(.jsonExpectedValueAfterColon))
            members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
            if try atEnd(closing: "}", after: Localized(.jsonAfterMember)) { return JSONObject(members: members) }
        }
    }

    /// After a member or element: a ',' (then more must follow) or the closing bracket.
    /// Returns true at the closing bracket, which it consumes.
    mutating func atEnd(closing: Unicode.Scalar, after what: Localized) throws(JSONSyntaxError) -> Bool {
        cursor.skipWhitespace()
        switch cursor.current {
        case UInt8(ascii: ","):
            let comma = cursor.position()
            cursor.advance()
            cursor.skipWhitespace()
            if cursor.current == UInt8(ascii: closing) {
                throw error(at: comma, Localized(.jsonTrailingComma, ["closing": String(closing)]))
            }
            return false
        case UInt8(ascii: closing):
            cursor.advance()
            return true
        default:
            throw error(
                Localized(.jsonExpectedCommaOrClose, ["closing": String(closing), "what": what, "found": found()]))
        }
    }

    mutating func parseArray(path: JSONPath, depth: Int) throws(JSONSyntaxError) -> [JSONNode] {
        if depth > JSONParser.maximumDepth {
            throw error(Localized(.jsonTooDeep, ["depth": String(JSONParser.maximumDepth)]))
        }
        cursor.advance()  // [
        var elements: [JSONNode] = []
        cursor.skipWhitespace()
        if cursor.current == UInt8(ascii: "]") {
            cursor.advance()
            return elements
        }
        while true {
            let expected = Localized(elements.isEmpty ? .jsonExpectedValueOrClose : .jsonExpectedValueAfterComma)
            elements.append(try parseValue(path: path.appending(elements.count), depth: depth, expected: expected))
            if try atEnd(closing: "]", after: Localized(.jsonAfterElement)) { return elements }
        }
    }

    // MARK: - Strings

    mutating func parseString() throws(JSONSyntaxError) -> String {
        let opening = cursor.position()
        cursor.advance()  // "
        var scalars = String.UnicodeScalarView()
        var runStart = cursor.offset
        func flushRun(_ end: Int) {
            scalars.append(contentsOf: String(decoding: cursor.bytes[runStart..<end], as: UTF8.self).unicodeScalars)
        }
        while true {
            guard let byte = cursor.current else {
                throw error(at: opening, Localized(.jsonUnterminatedAtEndOfFile))
            }
            switch byte {
            case UInt8(ascii: "\""):
                flushRun(cursor.offset)
                cursor.advance()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flushRun(cursor.offset)
                scalars.append(try parseEscape())
                runStart = cursor.offset
            case 0x0A, 0x0D:
                throw error(at: opening, Localized(.jsonUnterminatedAtEndOfLine))
            case 0x09:
                throw error(Localized(.jsonTabInString))
            case 0x00..<0x20:
                let hex = String(byte, radix: 16, uppercase: true)
                let code = String(repeating: "0", count: 4 - hex.count) + hex
                throw error(Localized(.jsonControlInString, ["code": code]))
            default:
                cursor.advance()
            }
        }
    }

    /// Reads `\n`, `\u00E5`, a surrogate pair… with the cursor on the backslash.
    mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let backslash = cursor.position()
        cursor.advance()
        guard let byte = cursor.current else {
            throw error(at: backslash, Localized(.jsonUnterminatedAtEndOfFile))
        }
        cursor.advance()
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let first = try readHex4(escapeAt: backslash)
            if (0xD800...0xDBFF).contains(first) {
                // A high surrogate must be followed by `\u` and a low one: together one scalar.
                guard cursor.current == UInt8(ascii: "\\"), cursor.byte(at: cursor.offset + 1) == UInt8(ascii: "u")
                else { throw error(at: backslash, Localized(.jsonUnpairedSurrogate, ["code": hex4(first)])) }
                cursor.advance(by: 2)
                let second = try readHex4(escapeAt: backslash)
                guard (0xDC00...0xDFFF).contains(second) else {
                    throw error(at: backslash, Localized(.jsonUnpairedSurrogate, ["code": hex4(first)]))
                }
                let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                return Unicode.Scalar(value)!
            }
            guard let scalar = Unicode.Scalar(first) else {
                throw error(at: backslash, Localized(.jsonUnpairedSurrogate, ["code": hex4(first)]))
            }
            return scalar
        default:
            let shown = cursor.character(at: cursor.offset - 1).map(String.init) ?? ""
            throw error(at: backslash, Localized(.jsonInvalidEscape, ["character": shown]))
        }
    }

    mutating func readHex4(escapeAt escape: JSONPosition) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = cursor.current, let digit = hexValue(byte) else {
                throw error(at: escape, Localized(.jsonExpectedHexDigits))
            }
            value = value * 16 + digit
            cursor.advance()
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private func hex4(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    // MARK: - Numbers

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as written.
    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = cursor.offset
        let startPosition = cursor.position()
        if cursor.current == UInt8(ascii: "-") { cursor.advance() }
        if cursor.current == UInt8(ascii: "0"), let next = cursor.byte(at: cursor.offset + 1), isDigit(next) {
            throw error(at: startPosition, Localized(.jsonLeadingZero))
        }
        guard skipDigits() > 0 else { throw invalidNumber(from: start, at: startPosition) }
        if cursor.current == UInt8(ascii: ".") {
            cursor.advance()
            guard skipDigits() > 0 else { throw invalidNumber(from: start, at: startPosition) }
        }
        if cursor.current == UInt8(ascii: "e") || cursor.current == UInt8(ascii: "E") {
            cursor.advance()
            if cursor.current == UInt8(ascii: "+") || cursor.current == UInt8(ascii: "-") { cursor.advance() }
            guard skipDigits() > 0 else { throw invalidNumber(from: start, at: startPosition) }
        }
        if cursor.current == UInt8(ascii: ":") {
            throw error(at: startPosition, Localized(.jsonUnquotedTime))
        }
        return JSONNumber(text: String(decoding: cursor.bytes[start..<cursor.offset], as: UTF8.self))
    }

    private mutating func skipDigits() -> Int {
        var count = 0
        while let byte = cursor.current, isDigit(byte) {
            cursor.advance()
            count += 1
        }
        return count
    }

    private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private mutating func invalidNumber(from start: Int, at position: JSONPosition) -> JSONSyntaxError {
        while let byte = cursor.current, isWordByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") {
            cursor.advance()
        }
        let text = String(decoding: cursor.bytes[start..<cursor.offset], as: UTF8.self)
        return error(at: position, Localized(.jsonInvalidNumber, ["text": text]))
    }

    // MARK: - Errors

    static let singleQuotes = Localized(.jsonSingleQuotes)

    /// What stands at the cursor, for "found …": `'x'`, `U+0007` or the end of the file.
    func found() -> TextArgument {
        guard let character = cursor.character(at: cursor.offset) else { return .text(Localized(.jsonEndOfFile)) }
        if let scalar = character.unicodeScalars.first, scalar.properties.generalCategory == .control {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return .words("U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
        }
        return .words("'\(character)'")
    }

    mutating func error(_ problem: Localized) -> JSONSyntaxError {
        JSONSyntaxError(position: cursor.position(), problem: problem)
    }

    func error(at position: JSONPosition, _ problem: Localized) -> JSONSyntaxError {
        JSONSyntaxError(position: position, problem: problem)
    }
}
