/// A bitmap font for the projector, drawn as painted cells (`BigPicture`).
/// Designs use `#` for a full pixel and `▀` for an upper-half block (accents).
/// Å Ä Ö carry their accent in one extra row above the letters; the row is
/// only drawn when the text needs it.
public struct BigFont: Sendable {
    public let name: String
    /// Rows of a letter without the accent row.
    public let bodyHeight: Int
    /// Columns between two glyphs.
    public let spacing: Int
    let glyphs: [Character: Glyph]
    /// The same glyphs by ASCII code (upper and lower case), so a clock needs no Unicode
    /// case mapping or Character hashing on every frame.
    let asciiGlyphs: [Glyph?]

    struct Glyph: Sendable {
        /// Accent row, or nil for glyphs without one.
        let accent: String?
        let body: [String]
        let width: Int
        /// The rows as (top, bottom) half pixels, worked out once from the design.
        let accentPixels: [(Bool, Bool)]?
        let bodyPixels: [[(Bool, Bool)]]

        init(accent: String?, body: [String]) {
            self.accent = accent
            self.body = body
            width = body.first?.count ?? 0
            accentPixels = accent.map { $0.map(Self.halves) }
            bodyPixels = body.map { $0.map(Self.halves) }
        }

        private static func halves(_ c: Character) -> (Bool, Bool) {
            switch c {
            case "#", "█": (true, true)
            case "▀": (true, false)
            case "▄": (false, true)
            default: (false, false)
            }
        }
    }

    init(
        name: String, bodyHeight: Int, spacing: Int, body: [Character: [String]],
        accented: [Character: (accent: String, base: Character)]
    ) {
        var glyphs: [Character: Glyph] = [:]
        for (character, rows) in body {
            precondition(
                rows.count == bodyHeight && Set(rows.map(\.count)).count == 1,
                "BigFont \(name): glyph \(character) is not \(bodyHeight) rows of one width")
            glyphs[character] = Glyph(accent: nil, body: rows)
        }
        for (character, spec) in accented {
            let base = glyphs[spec.base]!
            precondition(
                spec.accent.count == base.width, "BigFont \(name): accent of \(character) is not \(base.width) wide")
            glyphs[character] = Glyph(accent: spec.accent, body: base.body)
        }
        self.name = name
        self.bodyHeight = bodyHeight
        self.spacing = spacing
        self.glyphs = glyphs
        asciiGlyphs = (0..<128).map { code in
            let upper = (0x61...0x7A).contains(code) ? code - 0x20 : code  // a–z draw as A–Z
            return glyphs[Character(Unicode.Scalar(UInt8(upper)))]
        }
    }

    /// Characters this font can draw (upper case; input is upper-cased first).
    public var characters: Set<Character> { Set(glyphs.keys) }

    public static let all: [BigFont] = [.small, .large]
}
