/// Reads typed values out of a positioned JSON tree and records every problem with
/// its path and position. Readers return nil after recording an error, so decoding
/// goes on and one pass reports every type and field mistake in the file.
final class TreeReader {
    let file: String
    private(set) var errors: [PlanError] = []

    init(file: String) { self.file = file }

    func report(_ path: JSONPath, at position: JSONPosition, _ message: String) {
        errors.append(PlanError(file: file, position: position, path: path, message: message))
    }

    func mismatch(_ node: JSONNode, _ path: JSONPath, expected: String) {
        report(path, at: node.position, "expected \(expected), found \(node.value.summary)")
    }

    // MARK: - Scalars

    func string(_ node: JSONNode, _ path: JSONPath) -> String? {
        guard case .string(let text) = node.value else { mismatch(node, path, expected: "a string"); return nil }
        return text
    }

    func int(_ node: JSONNode, _ path: JSONPath) -> Int? {
        if case .string(let text) = node.value, FieldHint.timeRange(text) != nil {
            report(
                path, at: node.position, "expected a number, found \(node.value.summary)" + FieldHint.rangeAdvice(text))
            return nil
        }
        guard case .number(let number) = node.value else { mismatch(node, path, expected: "a number"); return nil }
        guard let value = number.int else { mismatch(node, path, expected: "a whole number"); return nil }
        return value
    }

    func bool(_ node: JSONNode, _ path: JSONPath) -> Bool? {
        guard case .bool(let flag) = node.value else { mismatch(node, path, expected: "true or false"); return nil }
        return flag
    }

    func clockTime(_ node: JSONNode, _ path: JSONPath) -> ClockTime? {
        switch node.value {
        case .string(let text):
            if let time = ClockTime(parsing: text) { return time }
            if FieldHint.timeRange(text) != nil {
                report(
                    path, at: node.position,
                    "expected one time, found \(node.value.summary)" + FieldHint.rangeAdvice(text))
                return nil
            }
            mismatch(node, path, expected: "a time like \"09:30\" or \"9.30\"")
        case .number:
            mismatch(node, path, expected: "a time in double quotes, like \"09:30\"")
        default:
            mismatch(node, path, expected: "a time like \"09:30\"")
        }
        return nil
    }

    /// One of a fixed set of words (`kind`, `language`, `mode`, …), named `noun` in messages.
    func word<Value: RawRepresentable & CaseIterable>(_ node: JSONNode, _ path: JSONPath, noun: String) -> Value?
    where Value.RawValue == String {
        guard let text = string(node, path) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let names = Value.allCases.map(\.rawValue).joined(separator: ", ")
        report(
            path, at: node.position, "unknown \(noun) \(JSONValue.quoted(text, limit: 40)) (expected one of: \(names))")
        return nil
    }

    // MARK: - Arrays and objects

    func array<Element>(
        _ node: JSONNode, _ path: JSONPath, of noun: String,
        _ element: (JSONNode, JSONPath) -> Element?
    ) -> [Element]? {
        guard case .array(let nodes) = node.value else {
            var message = "expected an array of \(noun), found \(node.value.summary)"
            // The usual slip: one value where the format wants a list of one.
            if case .string = node.value { message += " (write [\(node.value.summary)])" }
            report(path, at: node.position, message)
            return nil
        }
        var elements: [Element] = []
        var failed = false
        for (index, child) in nodes.enumerated() {
            if let value = element(child, path.appending(index)) { elements.append(value) } else { failed = true }
        }
        return failed ? nil : elements
    }

    func strings(_ node: JSONNode, _ path: JSONPath) -> [String]? {
        array(node, path, of: "strings", string)
    }

    /// An object whose keys are checked against `known` right away.
    func object(_ node: JSONNode, _ path: JSONPath, known: [String]) -> Fields? {
        guard let fields = object(node, path) else { return nil }
        rejectUnknownKeys(fields, known: known)
        return fields
    }

    /// An object whose keys the caller checks (a step's depend on its kind).
    func object(_ node: JSONNode, _ path: JSONPath) -> Fields? {
        guard case .object(let object) = node.value else { mismatch(node, path, expected: "an object"); return nil }
        return Fields(node: node, object: object, path: path)
    }

    func rejectUnknownKeys(_ fields: Fields, known: [String]) {
        for member in fields.object.members where !known.contains(member.key) {
            let match = Suggestion.closest(to: member.key, among: known)
            let message = FieldHint.unknownField(
                member.key, suggestion: match,
                valid: "expected one of: " + known.joined(separator: ", "))
            report(fields.path, at: member.keyPosition, message)
        }
    }

    // MARK: - Fields

    /// A field the format requires; reports it missing at the object's opening brace.
    func required<Value>(_ fields: Fields, _ key: String, _ read: (JSONNode, JSONPath) -> Value?) -> Value? {
        guard let node = fields.object[key], node.value != .null else {
            if let node = fields.object[key] {
                report(fields.path.appending(key), at: node.position, "required field \"\(key)\" must not be null")
            } else {
                report(fields.path, at: fields.node.position, "missing required field \"\(key)\"")
            }
            return nil
        }
        return read(node, fields.path.appending(key))
    }

    /// A field that may be left out or written as null; nil then, and also after an error.
    func optional<Value>(_ fields: Fields, _ key: String, _ read: (JSONNode, JSONPath) -> Value?) -> Value? {
        guard let node = fields.object[key], node.value != .null else { return nil }
        return read(node, fields.path.appending(key))
    }
}

/// An object being decoded, with where it is.
struct Fields {
    let node: JSONNode
    let object: JSONObject
    let path: JSONPath
}
