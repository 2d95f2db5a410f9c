/// Large text for the projector: clock times, "PAUS", "FIKA 14:30".
public enum BigText {
    /// The largest rendering of `s` that fits `maxWidth × maxHeight`: every
    /// design at every integer scale is tried, the tallest result wins, a tie goes to the
    /// squarer pixels, then to the more detailed design (see `picture(_:maxWidth:maxHeight:)`). Nil when `s` is empty, has a
    /// character no design knows, or does not fit even at the smallest size —
    /// callers then draw normal text. Lower case is upper-cased.
    /// All lines have the same width (padded with spaces).
    public static func render(_ s: String, maxWidth: Int, maxHeight: Int) -> [String]? {
        picture(s, maxWidth: maxWidth, maxHeight: maxHeight)?.lines
    }

    /// `s` in one design at one integer scale, or nil if a character is missing.
    public static func render(_ s: String, font: BigFont, scale: Int) -> [String]? {
        picture(s, font: font, scale: scale)?.lines
    }

    /// Like `render(_:maxWidth:maxHeight:)`, as cells to draw rather than lines of text.
    ///
    /// A cell is about twice as tall as it is wide, so a pixel of a design is `scaleY` rows high
    /// and up to `2 × scaleY` columns wide: square when there is room, never narrower than it is
    /// tall, and at least two columns (a stroke of one column looks spindly from the back of a
    /// room) unless only one column fits.
    /// `allowNarrow`: false refuses the one-column strokes that are the last resort.
    public static func picture(_ s: String, maxWidth: Int, maxHeight: Int, allowNarrow: Bool = true) -> BigPicture? {
        // Kept: a frame asks for the same title and clock again (the projector's `nextChange` lays the
        // stage out once more), and the title at every frame.
        let key = PictureKey(text: s, maxWidth: maxWidth, maxHeight: maxHeight, allowNarrow: allowNarrow)
        return pictures.value(key) { fitted(s, maxWidth: maxWidth, maxHeight: maxHeight, allowNarrow: allowNarrow) }
    }

    private struct PictureKey: Hashable, Sendable {
        var text: String
        var maxWidth: Int
        var maxHeight: Int
        var allowNarrow: Bool
    }

    private static let pictures = Memo<PictureKey, BigPicture?>(most: 64)

    private static func fitted(_ s: String, maxWidth: Int, maxHeight: Int, allowNarrow: Bool) -> BigPicture? {
        var best: Fit?
        var narrow: Fit?
        for font in BigFont.all {
            guard let size = naturalSize(s, font: font), size.width > 0, maxWidth / size.width >= 1 else { continue }
            for scaleY in stride(from: maxHeight / size.height, through: 1, by: -1) {
                let scaleX = min(2 * scaleY, maxWidth / size.width)
                let fit = Fit(font: font, scaleX: scaleX, scaleY: scaleY, height: size.height * scaleY)
                if scaleX >= max(2, scaleY) {
                    if fit.isBetter(than: best) { best = fit }
                    break
                }
                if scaleY == 1, fit.isBetter(than: narrow) { narrow = fit }
            }
        }
        guard let chosen = best ?? (allowNarrow ? narrow : nil) else { return nil }
        return picture(s, font: chosen.font, scaleX: chosen.scaleX, scaleY: chosen.scaleY)
    }

    /// `s` in big type on up to `maxLines` lines broken between words, each line the same size (a
    /// gap row between lines, all within `maxWidth × maxHeight`), strokes at least two columns wide:
    /// as few lines as fit, the tallest size those lines allow. Nil when no way fits.
    public static func lines(_ s: String, maxWidth: Int, maxHeight: Int, maxLines: Int = 2) -> [BigPicture]? {
        let words = s.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return nil }
        for count in 1...max(1, min(maxLines, words.count)) {
            let rowsEach = (maxHeight - (count - 1)) / count
            guard rowsEach >= 1 else { return nil }
            let text = balanced(words, into: count)
            var pictures = text.compactMap {
                picture($0, maxWidth: maxWidth, maxHeight: rowsEach, allowNarrow: false)
            }
            guard pictures.count == text.count else { continue }
            // One size for all: a shorter line may have fitted larger.
            let height = pictures.map(\.height).min() ?? 0
            for (i, line) in text.enumerated() where pictures[i].height > height {
                guard let smaller = picture(line, maxWidth: maxWidth, maxHeight: height, allowNarrow: false) else {
                    return nil
                }
                pictures[i] = smaller
            }
            return pictures
        }
        return nil
    }

    /// `words` in `count` lines (count is 1 or 2) whose longest is as short as it can be.
    private static func balanced(_ words: [String], into count: Int) -> [String] {
        guard count == 2, words.count >= 2 else { return [words.joined(separator: " ")] }
        let splits = (1..<words.count).map {
            [words[..<$0].joined(separator: " "), words[$0...].joined(separator: " ")]
        }
        return splits.min { a, b in a.map(\.count).max()! < b.map(\.count).max()! }!
    }

    /// A design at a scale: the tallest wins, then the squarer pixels, then the more detailed design.
    private struct Fit {
        var font: BigFont
        var scaleX: Int
        var scaleY: Int
        var height: Int

        func isBetter(than other: Fit?) -> Bool {
            guard let other else { return true }
            if height != other.height { return height > other.height }
            if scaleX != other.scaleX { return scaleX > other.scaleX }
            return font.bodyHeight > other.font.bodyHeight
        }
    }

    /// `s` in one design at one integer scale, or nil if a character is missing.
    public static func picture(_ s: String, font: BigFont, scale: Int) -> BigPicture? {
        picture(s, font: font, scaleX: scale, scaleY: scale)
    }

    /// `s` in one design, each pixel `scaleX` columns by `scaleY` rows, or nil if a character is missing.
    public static func picture(_ s: String, font: BigFont, scaleX: Int, scaleY: Int) -> BigPicture? {
        guard scaleX >= 1, scaleY >= 1, let glyphs = glyphs(s, font: font), !glyphs.isEmpty else { return nil }
        let hasAccent = glyphs.contains { $0.accent != nil }
        let sourceRows = (hasAccent ? 1 : 0) + font.bodyHeight
        let sourceWidth = glyphs.reduce(0) { $0 + $1.width } + (glyphs.count - 1) * font.spacing
        var picture = BigPicture(width: sourceWidth * scaleX, height: sourceRows * scaleY)
        var pixels: [(Bool, Bool)] = []
        pixels.reserveCapacity(sourceWidth)
        for sourceRow in 0..<sourceRows {
            let isAccentRow = hasAccent && sourceRow == 0
            let bodyRow = sourceRow - (hasAccent ? 1 : 0)
            // One source row as (top, bottom) half-pixel pairs across the whole text.
            pixels.removeAll(keepingCapacity: true)
            for (index, glyph) in glyphs.enumerated() {
                if index > 0 { pixels += repeatElement((false, false), count: font.spacing) }
                if isAccentRow {
                    if let accent = glyph.accentPixels {
                        pixels += accent
                    } else {
                        pixels += repeatElement((false, false), count: glyph.width)
                    }
                } else {
                    pixels += glyph.bodyPixels[bodyRow]
                }
            }
            // Each source cell becomes `scaleX × scaleY` cells. A cell is two half pixels high,
            // so a half block scales cleanly: output half-row `h` of a source cell shows
            // source half `h / scaleY`.
            for outputRow in 0..<scaleY {
                let topHalf = (2 * outputRow) / scaleY
                let bottomHalf = (2 * outputRow + 1) / scaleY
                var index = (sourceRow * scaleY + outputRow) * picture.width
                for pixel in pixels {
                    let top = topHalf == 0 ? pixel.0 : pixel.1
                    let bottom = bottomHalf == 0 ? pixel.0 : pixel.1
                    let ink = BigPicture.Ink(top: top, bottom: bottom)
                    for _ in 0..<scaleX {
                        picture.inks[index] = ink
                        index += 1
                    }
                }
            }
        }
        return picture
    }

    /// Width and height of `s` at scale 1, or nil if a character is missing.
    public static func naturalSize(_ s: String, font: BigFont) -> (width: Int, height: Int)? {
        guard let glyphs = glyphs(s, font: font) else { return nil }
        let width = glyphs.reduce(0) { $0 + $1.width } + max(0, glyphs.count - 1) * font.spacing
        let height = font.bodyHeight + (glyphs.contains { $0.accent != nil } ? 1 : 0)
        return (width, height)
    }

    private static func glyphs(_ s: String, font: BigFont) -> [BigFont.Glyph]? {
        var result: [BigFont.Glyph] = []
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in s.utf8 {
                guard let glyph = font.asciiGlyphs[Int(byte)] else { return nil }
                result.append(glyph)
            }
            return result
        }
        for character in s.uppercased() {
            guard let glyph = font.glyphs[character] else { return nil }
            result.append(glyph)
        }
        return result
    }
}
