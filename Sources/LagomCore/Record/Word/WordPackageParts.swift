/// The small fixed parts of a Word package: content types, relationships, properties, settings
/// and the footer with the page numbers.
enum WordPackageParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    static func contentTypes(template: WordTemplate?) -> String {
        var defaults = [
            ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml"),
        ]
        for (ext, type) in template?.mediaTypes ?? [] where !defaults.contains(where: { $0.0 == ext }) {
            defaults.append((ext, type))
        }
        var overrides = [
            ("/word/document.xml", "\(wordML).document.main+xml"),
            ("/word/styles.xml", "\(wordML).styles+xml"),
            ("/word/numbering.xml", "\(wordML).numbering+xml"),
            ("/word/settings.xml", "\(wordML).settings+xml"),
            ("/word/footer1.xml", "\(wordML).footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ]
        overrides += template?.overrides ?? []
        return declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + defaults.map {
                "<Default Extension=\"\(WordRenderer.escape($0.0))\" ContentType=\"\(WordRenderer.escape($0.1))\"/>"
            }.joined()
            + overrides.map {
                "<Override PartName=\"\(WordRenderer.escape($0.0))\" ContentType=\"\(WordRenderer.escape($0.1))\"/>"
            }.joined()
            + "</Types>"
    }

    static let packageRelationships =
        declaration + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>"

    static func documentRelationships(template: WordTemplate?) -> String {
        var entries = [
            ("rIdStyles", "styles", "styles.xml"), ("rIdNumbering", "numbering", "numbering.xml"),
            ("rIdSettings", "settings", "settings.xml"), ("rIdFooter1", "footer", "footer1.xml"),
        ]
        entries += template?.documentRelationships ?? []
        return declaration + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">"
            + entries.map {
                "<Relationship Id=\"\($0.0)\" Type=\"\(relationships)/\($0.1)\" Target=\"\(WordRenderer.escape($0.2))\"/>"
            }.joined()
            + "</Relationships>"
    }

    static func coreProperties(_ document: RecordDocument) -> String {
        declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:title>\(WordRenderer.escape(document.title))</dc:title>"
            + "<dc:language>\(Catalogue.text(.wordLanguageTag, document.language))</dc:language>"
            + "<dc:creator>Lagom</dc:creator></cp:coreProperties>"
    }

    static let settings =
        declaration + "<w:settings xmlns:w=\"\(main)\"><w:defaultTabStop w:val=\"709\"/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/></w:settings>"

    /// "Sida 3 av 7", centred: Word fills in the PAGE and NUMPAGES fields.
    static func footer(_ language: Language) -> String {
        func field(_ name: String) -> String {
            "</w:t></w:r><w:fldSimple w:instr=\" \(name) \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
                + "<w:r><w:t xml:space=\"preserve\">"
        }
        // The catalogue's words around its {page} and {pages}, which become Word's fields.
        let words = WordRenderer.escape(Catalogue.text(.wordFooter, language))
            .replacing("{pages}", with: field("NUMPAGES")).replacing("{page}", with: field("PAGE"))
        return declaration
            + "<w:ftr xmlns:w=\"\(main)\" xmlns:r=\"\(relationships)\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">\(words)</w:t></w:r></w:p></w:ftr>"
    }
}
