/// An organisation's Word template (`--template ORG.dotx` or `.docx`): its styles (with the ids a
/// localised Word gave them), its theme's fonts and colours, its page size and margins, and its
/// page header with the images the header shows. Read from the template's parts, already unzipped.
public struct WordTemplate: Sendable {
    /// The template's `word/styles.xml`, with the styles a record needs and it lacks added.
    public private(set) var styles: String
    public private(set) var styleIDs = WordStyleIDs()
    /// The relationship id of the template's default page header, when it has one.
    public private(set) var headerRelationshipID: String?
    /// The template's `<w:pgSz/>` and `<w:pgMar/>`.
    public private(set) var pageSetup: String?
    /// Parts copied as they are: the header, its relationships and images, the theme.
    public private(set) var carriedParts: [WordPart] = []
    private(set) var mediaTypes: [(String, String)] = []
    private(set) var overrides: [(String, String)] = []
    private(set) var documentRelationships: [(String, String, String)] = []

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case noStyles
        case notText(String)

        /// What is wrong, in the language of the command that shows it.
        public var words: Localized {
            switch self {
            case .noStyles: Localized(.wordTemplateNoStyles)
            case .notText(let path): Localized(.wordTemplateNotText, ["part": path])
            }
        }

        public var description: String { words.en }
    }

    public init(parts: [String: [UInt8]]) throws(Failure) {
        func text(_ path: String) throws(Failure) -> String? {
            guard let bytes = parts[path] else { return nil }
            guard let text = String(validating: bytes, as: UTF8.self) else { throw .notText(path) }
            return text
        }
        guard let styles = try text("word/styles.xml") else { throw .noStyles }
        self.styles = styles
        adoptStyles()
        for tag in XMLScan.tags("Default", in: try text("[Content_Types].xml") ?? "") {
            if let ext = XMLScan.attribute("Extension", in: tag), let type = XMLScan.attribute("ContentType", in: tag),
                !["rels", "xml"].contains(ext.lowercased())
            {
                mediaTypes.append((ext, type))
            }
        }
        guard let document = try text("word/document.xml") else { return }
        let setup = ["w:pgSz", "w:pgMar"].compactMap { XMLScan.tags($0, in: document).last.map(String.init) }
        if setup.count == 2 { pageSetup = setup.joined() }
        let relations = XMLScan.tags("Relationship", in: try text("word/_rels/document.xml.rels") ?? "")
        func target(of id: String) -> String? {
            relations.first { XMLScan.attribute("Id", in: $0) == id }.flatMap { XMLScan.attribute("Target", in: $0) }
        }
        if let theme = relations.first(where: { XMLScan.attribute("Type", in: $0)?.hasSuffix("/theme") == true }),
            let path = XMLScan.attribute("Target", in: theme), let bytes = parts["word/" + path]
        {
            carriedParts.append(WordPart(path: "word/" + path, bytes: bytes))
            overrides.append(("/word/" + path, "application/vnd.openxmlformats-officedocument.theme+xml"))
            documentRelationships.append(("rIdTemplateTheme", "theme", path))
        }
        let header = XMLScan.tags("w:headerReference", in: document).first {
            XMLScan.attribute("w:type", in: $0) == "default"
        }
        if let id = header.flatMap({ XMLScan.attribute("r:id", in: $0) }), let path = target(of: id),
            let bytes = parts["word/" + path]
        {
            carriedParts.append(WordPart(path: "word/" + path, bytes: bytes))
            overrides.append(("/word/" + path, "\(WordPackageParts.wordML).header+xml"))
            documentRelationships.append(("rIdTemplateHeader", "header", path))
            headerRelationshipID = "rIdTemplateHeader"
            let relsPath = "word/_rels/" + path + ".rels"
            if let rels = try text(relsPath) {
                carriedParts.append(WordPart(path: relsPath, text: rels))
                // The header's images and other parts it refers to, inside the package.
                for tag in XMLScan.tags("Relationship", in: rels)
                where XMLScan.attribute("TargetMode", in: tag) != "External" {
                    if let media = XMLScan.attribute("Target", in: tag), let bytes = parts["word/" + media],
                        !carriedParts.contains(where: { $0.path == "word/" + media })
                    {
                        carriedParts.append(WordPart(path: "word/" + media, bytes: bytes))
                    }
                }
            }
        }
    }

    /// Finds the template's ids for the built-in styles a record uses, and adds those it lacks.
    private mutating func adoptStyles() {
        var found: Set<String> = []
        for element in XMLScan.elements("w:style", in: styles) {
            guard let id = XMLScan.attribute("w:styleId", in: element),
                let nameTag = XMLScan.tags("w:name", in: String(element)).first,
                let name = XMLScan.attribute("w:val", in: nameTag)?.lowercased(),
                !found.contains(name), styleIDs.adopt(id, forName: name)
            else { continue }
            found.insert(name)
        }
        let missing = WordStyleIDs.names.filter { !found.contains($0) }
        if !missing.isEmpty, let end = styles.ranges(of: "</w:styles>").last {
            styles.insert(contentsOf: WordStyles.definitions(missing: missing, ids: styleIDs), at: end.lowerBound)
        }
    }
}

/// Just enough XML reading for a template's parts: opening tags and elements by name, attributes
/// by name. The parts are Word's own, machine-written XML.
enum XMLScan {
    /// Each opening (or empty) tag `<name …>` or `<name …/>`.
    static func tags(_ name: String, in text: String) -> [Substring] {
        var result: [Substring] = []
        var rest = text[...]
        while let start = rest.firstRange(of: "<" + name) {
            let after = rest[start.upperBound...]
            guard let next = after.first,
                next == " " || next == ">" || next == "/" || next == "\n" || next == "\t" || next == "\r",
                let close = after.firstIndex(of: ">")
            else {
                rest = after
                continue
            }
            result.append(rest[start.lowerBound...close])
            rest = rest[rest.index(after: close)...]
        }
        return result
    }

    /// Each element `<name …>…</name>` (not nested in itself).
    static func elements(_ name: String, in text: String) -> [Substring] {
        var result: [Substring] = []
        var rest = text[...]
        for tag in tags(name, in: text) {
            guard tag.startIndex >= rest.startIndex else { continue }
            if tag.hasSuffix("/>") { result.append(tag); continue }
            guard let end = text[tag.endIndex...].firstRange(of: "</" + name + ">") else { break }
            result.append(text[tag.startIndex..<end.upperBound])
            rest = text[end.upperBound...]
        }
        return result
    }

    /// The value of `name="…"` in a tag, with XML's five entities decoded.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        var rest = tag
        while let found = rest.firstRange(of: name + "=") {
            let before = rest[..<found.lowerBound].last
            let after = rest[found.upperBound...]
            guard before == " " || before == "\n" || before == "\t" || before == "\r", let quote = after.first,
                quote == "\"" || quote == "'"
            else {
                rest = after
                continue
            }
            let value = after.dropFirst().prefix { $0 != quote }
            return String(value).replacing("&quot;", with: "\"").replacing("&apos;", with: "'")
                .replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&")
        }
        return nil
    }
}
