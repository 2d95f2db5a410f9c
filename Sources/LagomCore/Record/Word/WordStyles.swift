/// The style ids a document refers to. Word's built-in styles have fixed names ("heading 1") but
/// ids that a localised template renames ("Rubrik1"), so a template's ids are looked up by name.
public struct WordStyleIDs: Equatable, Sendable {
    public var title = "Title"
    public var heading1 = "Heading1"
    public var heading2 = "Heading2"
    public var heading3 = "Heading3"
    public var quote = "Quote"
    public var listParagraph = "ListParagraph"
    public var tableGrid = "TableGrid"

    public init() {}

    func heading(_ level: Int) -> String { level <= 1 ? heading1 : level == 2 ? heading2 : heading3 }

    /// Built-in names, as every Word writes them whatever its language.
    static let names = ["title", "heading 1", "heading 2", "heading 3", "quote", "list paragraph", "table grid"]

    /// Takes a template's id for the built-in style `name`; false when a record does not use it.
    mutating func adopt(_ id: String, forName name: String) -> Bool {
        switch name {
        case "title": title = id
        case "heading 1": heading1 = id
        case "heading 2": heading2 = id
        case "heading 3": heading3 = id
        case "quote": quote = id
        case "list paragraph": listParagraph = id
        case "table grid": tableGrid = id
        default: return false
        }
        return true
    }
}

/// The minimal template's styles: Normal, Title, Heading 1–3, Quote, List Paragraph, Table Grid;
/// text in the plan's language (`sv-SE` spell-checks Swedish).
enum WordStyles {
    static func xml(_ language: Language) -> String {
        WordPackageParts.declaration + "<w:styles xmlns:w=\"\(WordPackageParts.main)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>"
            + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"\(Catalogue.text(.wordLanguageTag, language))\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + definitions(missing: WordStyleIDs.names, ids: WordStyleIDs())
            + "</w:styles>"
    }

    /// Definitions of the named built-in styles, under the given ids (to add to a template that lacks them).
    static func definitions(missing names: [String], ids: WordStyleIDs) -> String {
        func heading(_ id: String, _ name: String, size: Int, before: Int, level: Int) -> String {
            "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"\(before)\" w:after=\"80\"/><w:outlineLvl w:val=\"\(level)\"/></w:pPr>"
                + "<w:rPr><w:b/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr></w:style>"
        }
        let all: [String: String] = [
            "title":
                "<w:style w:type=\"paragraph\" w:styleId=\"\(ids.title)\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"10\"/><w:qFormat/><w:pPr><w:spacing w:after=\"240\"/></w:pPr>"
                + "<w:rPr><w:sz w:val=\"48\"/><w:szCs w:val=\"48\"/></w:rPr></w:style>",
            "heading 1": heading(ids.heading1, "heading 1", size: 32, before: 360, level: 0),
            "heading 2": heading(ids.heading2, "heading 2", size: 26, before: 280, level: 1),
            "heading 3": heading(ids.heading3, "heading 3", size: 22, before: 200, level: 2),
            "quote":
                "<w:style w:type=\"paragraph\" w:styleId=\"\(ids.quote)\"><w:name w:val=\"Quote\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"29\"/><w:qFormat/><w:pPr><w:ind w:left=\"709\" w:right=\"709\"/></w:pPr>"
                + "<w:rPr><w:i/></w:rPr></w:style>",
            "list paragraph":
                "<w:style w:type=\"paragraph\" w:styleId=\"\(ids.listParagraph)\"><w:name w:val=\"List Paragraph\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"34\"/><w:qFormat/><w:pPr><w:spacing w:after=\"40\"/>"
                + "<w:ind w:left=\"720\"/><w:contextualSpacing/></w:pPr></w:style>",
            "table grid":
                "<w:style w:type=\"table\" w:styleId=\"\(ids.tableGrid)\"><w:name w:val=\"Table Grid\"/><w:uiPriority w:val=\"39\"/>"
                + "<w:pPr><w:spacing w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:tblPr><w:tblBorders>"
                + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
                    "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
                }.joined()
                + "</w:tblBorders><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"100\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"100\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
        ]
        return names.compactMap { all[$0] }.joined()
    }
}
