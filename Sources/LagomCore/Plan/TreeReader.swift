/// Reads typed values out of a positioned JSON tree and records every problem with
/// its path and position. Readers return nil after recording an error, so decoding
/// goes on and one pass reports every type and field mistake in the file.
final class TreeReader {
    let file: String
    private(set) var errors: [PlanError] = []

    init(file: String) { self.file = file }

    func report(_ path: JSONPath, at position: JSONPosition, _ problem: Localized) {
        errors.append(PlanError(file: file, position: position, path: path, problem: problem))
    }

    func mismatch(_ node: JSONNode, _ path: JSONPath, expected: Localized) {
        report(
            path, at: node.position,
            Localized(.planExpectedFound, ["expected": expected, "found": node.value.summary]))
    }

    // MARK: - Scalars

    func string(_ node: JSONNode, _ path: JSONPath) -> String? {
        guard case .string(let text) = node.value else {
            mismatch(node, path, expected: Localized(.planAString)); return nil
        }
        return text
    }

    func int(_ node: JSONNode, _ path: JSONPath) -> Int? {
        if case .string(let text) = node.value, let range = FieldHint.timeRange(text) {
            report(
                path, at: node.position, Localized(.planNumberNotRange, FieldHint.arguments(found: node.value, range)))
            return nil
        }
        guard case .number(let number) = node.value else {
            mismatch(node, path, expected: Localized(.planANumber)); return nil
        }
        guard let value = number.int else { mismatch(node, path, expected: Localized(.planAWholeNumber)); return nil }
        return value
    }

    func bool(_ node: JSONNode, _ path: JSONPath) -> Bool? {
        guard case .bool(let flag) = node.value else {
            mismatch(node, path, expected: Localized(.planTrueOrFalse)); return nil
        }
        return flag
    }

    func clockTime(_ node: JSONNode, _ path: JSONPath) -> ClockTime? {
        switch node.value {
        case .string(let text):
            if let time = ClockTime(parsing: text) { return time }
            if let range = FieldHint.timeRange(text) {
                report(
                    path, at: node.position,
                    Localized(.planOneTimeNotRange, FieldHint.arguments(found: node.value, range)))
                return nil
            }
            mismatch(node, path, expected: Localized(.planATime))
        case .number:
            mismatch(node, path, expected: Localized(.planAQuotedTime))
        default:
            mismatch(node, path, expected: Localized(.planATimeOfDay))
        }
        return nil
    }

    /// One of a fixed set of words (`kind`, `language`, `mode`, …), named `noun` in messages.
    func word<Value: RawRepresentable & CaseIterable>(_ node: JSONNode, _ path: JSONPath, noun: Localized) -> Value?
    where Value.RawValue == String {
        guard let text = string(node, path) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let names = Value.allCases.map(\.rawValue).joined(separator: ", ")
        let value = JSONValue.quoted(text, limit: 40)
        report(
            path, at: node.position,
            Localized(.planUnknownWord, ["noun": noun, "value": value, "names": names]))
        return nil
    }

    // MARK: - Arrays and objects

    func array<Element>(
        _ node: JSONNode, _ path: JSONPath, of noun: Localized,
        _ element: (JSONNode, JSONPath) -> Element?
    ) -> [Element]? {
        guard case .array(let nodes) = node.value else {
            // The usual slip: one value where the format wants a list of one.
            var one = false
            if case .string = node.value { one = true }
            report(
                path, at: node.position,
                Localized(
                    one ? .planExpectedArrayOfOne : .planExpectedArray, ["noun": noun, "found": node.value.summary]))
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
        array(node, path, of: Localized(.planNounStrings), string)
    }

    /// An object whose keys are checked against `known` right away.
    func object(_ node: JSONNode, _ path: JSONPath, known: [String]) -> Fields? {
        guard let fields = object(node, path) else { return nil }
        rejectUnknownKeys(fields, known: known)
        return fields
    }

    /// An object whose keys the caller checks (a step's depend on its kind).
    func object(_ node: JSONNode, _ path: JSONPath) -> Fields? {
        guard case .object(let object) = node.value else {
            mismatch(node, path, expected: Localized(.planAnObject)); return nil
        }
        return Fields(node: node, object: object, path: path)
    }

    func rejectUnknownKeys(_ fields: Fields, known: [String]) {
        for member in fields.object.members where !known.contains(member.key) {
            let match = Suggestion.closest(to: member.key, among: known)
            let valid = Localized(.planValidFields, ["fields": known.joined(separator: ", ")])
            report(
                fields.path, at: member.keyPosition, FieldHint.unknownField(member.key, suggestion: match, valid: valid)
            )
        }
    }

    // MARK: - Fields

    /// A field the format requires; reports it missing at the object's opening brace.
    func required<Value>(_ fields: Fields, _ key: String, _ read: (JSONNode, JSONPath) -> Value?) -> Value? {
        guard let node = fields.object[key], node.value != .null else {
            if let node = fields.object[key] {
                report(fields.path.appending(key), at: node.position, Localized(.planNullField, ["key": key]))
            } else {
                report(fields.path, at: fields.node.position, Localized(.planMissingField, ["key": key]))
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
