import Foundation

@testable import LagomCore

/// Reading the sources and docs/terminology.md for the catalogue tests.
enum CatalogueAudit {
    /// Files that still write texts in place while their move into the catalogue goes on, each
    /// with who is moving it. Every other file outside the catalogue writes none; this list only
    /// shrinks (remove a file once its texts have moved).
    static let stillMoving: [String: String] = [:]

    struct Source {
        var path: String
        var text: String
    }

    /// Every source file the audits read: all of Sources but the catalogue itself.
    static func sourcesOutsideTheCatalogue() throws -> [Source] {
        try sourceTexts(root: CatalogueTests.root, excluding: CatalogueTests.catalogueFolder)
    }

    /// Every `.swift` file under Sources, by its path from the repository's root.
    static func sourceTexts(root: URL, excluding folder: String) throws -> [Source] {
        let sources = root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var found: [Source] = []
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let path = String(url.path.dropFirst(root.path.count + 1))
            guard !path.hasPrefix(folder) else { continue }
            found.append(Source(path: path, text: try String(contentsOf: url, encoding: .utf8)))
        }
        return found
    }

    /// The keys `Keys/TextKey+Area.swift` declare (`public static var name: TextKey`).
    static func declaredKeys(root: URL) throws -> Set<String> {
        let keys = root.appendingPathComponent("Sources/LagomCore/Catalogue/Keys")
        var names: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: keys.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: keys.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                guard let range = line.range(of: "static var "), line.contains(": TextKey") else { continue }
                names.insert(String(line[range.upperBound...].prefix(while: { $0.isLetter || $0.isNumber })))
            }
        }
        return names
    }

    /// Key names used as `Localized(.name`, `Catalogue.text(.name`, `TextKey.name`, or as either
    /// side of a choice right after `Localized(`: `Localized(done ? .a : .b`.
    static func usedKeyNames(in text: String) -> Set<String> {
        var names: Set<String> = []
        let choice = try! Regex(#"Localized\(\s*[\w.!]+\s*\?\s*\.(\w+)\s*:\s*\.(\w+)"#)
        for match in text.matches(of: choice) {
            for index in 1...2 { if let name = match.output[index].substring { names.insert(String(name)) } }
        }
        for opener in ["Localized(", "Catalogue.text(", "TextKey."] {
            var rest = text[...]
            while let found = rest.range(of: opener) {
                var after = rest[found.upperBound...].drop(while: { $0.isWhitespace })
                if opener != "TextKey." {
                    guard after.first == "." else {
                        rest = after
                        continue
                    }
                    after = after.dropFirst()
                }
                let name = after.prefix(while: { $0.isLetter || $0.isNumber })
                if !name.isEmpty { names.insert(String(name)) }
                rest = after
            }
        }
        return names
    }

    /// Ways of writing a text in two languages in place, outside the catalogue:
    /// `Localized(sv: …)`, any comparison with a language (`language == .sv ? "av" : "of"`,
    /// `if language == .en {`: what differs by language is a catalogue text), a choice on a flag
    /// between literals (`sv ? ("Sida ", …)`, `isSwedish ? …`), a switch arm (`case .sv: "…"`)
    /// and a labelled pair (`(sv: ["Steg", …], en: …)`).
    static let pairPatterns = [
        #"Localized\(\s*sv:"#, #"[=!]=\s*\.(sv|en)\b"#, #"\b(sv|en)\s*\?\s*["(\[]"#, #"isSwedish\s*\?"#,
        #"case\s+\.(sv|en)\s*:"#, #"\b(sv|en):\s*["\[]"#,
    ]

    /// Whether the text writes a pair in place (see `pairPatterns`); comments are not read.
    static func writesAPair(_ text: String) -> Bool {
        let code = text.split(separator: "\n", omittingEmptySubsequences: false).filter {
            !$0.drop(while: { $0.isWhitespace }).hasPrefix("//")
        }.joined(separator: "\n")
        return pairPatterns.contains { pattern in code.contains(try! Regex(pattern)) }
    }

    static func placeholders(_ entry: CatalogueEntry) -> Set<String> {
        Set(entry.forms.flatMap(Catalogue.placeholders))
    }

    /// The placeholder a plural agrees with; nil for a plain text.
    static func count(_ entry: CatalogueEntry) -> String? {
        if case .plural(let count, _, _) = entry { return count }
        return nil
    }

    static func onlyInOne(_ a: Set<TextKey>, _ b: Set<TextKey>) -> Set<TextKey> { a.symmetricDifference(b) }

    /// Whether `word` starts a word of `text`, in any case.
    static func contains(_ text: String, word: String) -> Bool {
        let text = text.lowercased()
        let word = word.lowercased()
        var rest = text[...]
        while let found = rest.range(of: word) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            if !(before.map { $0.isLetter || $0.isNumber } ?? false) { return true }
            rest = text[found.upperBound...]
        }
        return false
    }

    /// The banned words of docs/terminology.md: its table's last two columns, per language.
    static func bannedWords(root: URL) throws -> [Language: [String]] {
        let doc = try String(contentsOf: root.appendingPathComponent("docs/terminology.md"), encoding: .utf8)
        var banned: [Language: [String]] = [.sv: [], .en: []]
        let words = doc.components(separatedBy: "## Words").dropFirst().first?.components(separatedBy: "\n## ").first
        for line in (words ?? "").split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| ---") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count >= 6, cells[1] != "Svenska" else { continue }
            func list(_ cell: String) -> [String] {
                cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            banned[.sv, default: []] += list(cells[3])
            banned[.en, default: []] += list(cells[4])
        }
        return banned
    }
}
