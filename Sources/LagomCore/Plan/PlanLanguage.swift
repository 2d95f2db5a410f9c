extension PlanLoader {
    /// The language a plan is written in, even when it has mistakes, so that they can be said in
    /// it: the top-level `"language"` when the file is JSON; when it is not (a missing comma), the
    /// first `"language": "sv"` or `"en"` its text holds, so a slip in a Swedish plan is still
    /// explained in Swedish. Nil when neither names a language: the command's `--lang`, else the
    /// locale, else English decides (README, "The command line's language").
    public static func language(of bytes: [UInt8]) -> Language? {
        if let root = try? JSONParser.parse(bytes) {
            guard case .object(let object) = root.value, case .string(let word)? = object["language"]?.value
            else { return nil }
            return Language(rawValue: word)
        }
        return writtenLanguage(String(decoding: bytes, as: UTF8.self))
    }

    /// The value of the first `"language": "…"` in a text that is not JSON, when it names a language.
    static func writtenLanguage(_ text: String) -> Language? {
        var rest = text[...]
        while let key = rest.firstRange(of: "\"language\"") {
            rest = rest[key.upperBound...]
            var value = rest.drop(while: \.isWhitespace)
            guard value.first == ":" else { continue }
            value = value.dropFirst().drop(while: \.isWhitespace)
            guard value.first == "\"" else { continue }
            let word = value.dropFirst().prefix(while: { $0 != "\"" })
            if let language = Language(rawValue: String(word)) { return language }
        }
        return nil
    }
}
