/// Every text a person reads, one table per language (`Swedish+Area.swift`,
/// `English+Area.swift`), keyed by `TextKey`. The tables are reviewed as a whole against
/// docs/terminology.md; the catalogue tests check that both languages have the same keys and
/// placeholders, that every key is used and that no banned word slipped in.
public enum Catalogue {
    public static func table(_ language: Language) -> [TextKey: CatalogueEntry] {
        switch language {
        case .sv: swedish
        case .en: english
        }
    }

    /// The text of `key` in `language` with its `{placeholders}` filled. A placeholder without an
    /// argument stays visible as `{name}`, so a snapshot shows the mistake.
    public static func text(_ key: TextKey, _ language: Language, _ arguments: [String: TextArgument] = [:]) -> String {
        guard let entry = table(language)[key] else { return "{\(key.name)}" }
        let form: String
        switch entry {
        case .text(let text): form = text
        case .plural(let count, let one, let other):
            let isOne: Bool
            if case .number(let n) = arguments[count] { isOne = n.magnitude == 1 } else { isOne = false }
            form = isOne ? one : other
        }
        return fill(form, language, arguments)
    }

    /// The names of the `{placeholders}` of a text, in order.
    public static func placeholders(_ text: String) -> [String] {
        var names: [String] = []
        scan(text) { piece in if case .placeholder(let name) = piece { names.append(name) } }
        return names
    }

    static func fill(_ text: String, _ language: Language, _ arguments: [String: TextArgument]) -> String {
        guard text.contains("{") else { return text }
        var out = ""
        scan(text) { piece in
            switch piece {
            case .literal(let s): out += s
            case .placeholder(let name):
                out += arguments[name].map { TextFormat.argument($0, language) } ?? "{\(name)}"
            }
        }
        return out
    }

    private enum Piece {
        case literal(Substring)
        case placeholder(String)
    }

    /// Splits a text into literal runs and `{name}` placeholders (a name is letters and digits).
    private static func scan(_ text: String, _ visit: (Piece) -> Void) {
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"),
                !rest[afterOpen..<close].isEmpty,
                rest[afterOpen..<close].allSatisfy({ $0.isLetter || $0.isNumber })
            else {
                visit(.literal(rest[...open]))
                rest = rest[afterOpen...]
                continue
            }
            visit(.literal(rest[..<open]))
            visit(.placeholder(String(rest[afterOpen..<close])))
            rest = rest[rest.index(after: close)...]
        }
        visit(.literal(rest))
    }
}

extension Catalogue {
    /// The areas' tables as one; a key in two areas keeps its first text (the tests name it).
    static func merged(_ areas: [[TextKey: CatalogueEntry]]) -> [TextKey: CatalogueEntry] {
        areas.reduce(into: [:]) { table, area in table.merge(area) { first, _ in first } }
    }

    /// Keys that more than one area of `language` defines: a mistake the tests report.
    public static func keysInTwoAreas(_ language: Language) -> [TextKey] {
        let areas = language == .sv ? swedishAreas : englishAreas
        var seen: Set<TextKey> = []
        var twice: [TextKey] = []
        for key in areas.flatMap(\.keys) where !seen.insert(key).inserted { twice.append(key) }
        return twice
    }
}
