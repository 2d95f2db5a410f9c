/// Large text for the projector: clock times, "PAUS", "FIKA 14:30".
public enum BigText {
    /// The largest rendering of `s` that fits `maxWidth × maxHeight`: every
    /// design at every integer scale is tried, the tallest result wins and a
    /// tie goes to the more detailed design. Nil when `s` is empty, has a
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
    public static func picture(_ s: String, maxWidth: Int, maxHeight: Int) -> BigPicture? {
        var best: (font: BigFont, scale: Int, height: Int)?
        for font in BigFont.all {
            guard let size = naturalSize(s, font: font), size.width > 0 else { continue }
            let scale = min(maxWidth / size.width, maxHeight / size.height)
            guard scale >= 1 else { continue }
            let height = size.height * scale
            if best == nil || height > best!.height || (height == best!.height && font.bodyHeight > best!.font.bodyHeight) {
                best = (font, scale, height)
            }
        }
        guard let best else { return nil }
        return picture(s, font: best.font, scale: best.scale)
    }

    /// `s` in one design at one integer scale, or nil if a character is missing.
    public static func picture(_ s: String, font: BigFont, scale: Int) -> BigPicture? {
        guard scale >= 1, let glyphs = glyphs(s, font: font), !glyphs.isEmpty else { return nil }
        let hasAccent = glyphs.contains { $0.accent != nil }
        let sourceRows = (hasAccent ? 1 : 0) + font.bodyHeight
        let sourceWidth = glyphs.reduce(0) { $0 + $1.width } + (glyphs.count - 1) * font.spacing
        var picture = BigPicture(width: sourceWidth * scale, height: sourceRows * scale)
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
                    if let accent = glyph.accentPixels { pixels += accent } else { pixels += repeatElement((false, false), count: glyph.width) }
                } else {
                    pixels += glyph.bodyPixels[bodyRow]
                }
            }
            // Each source cell becomes `scale × scale` cells. A cell is two half pixels high,
            // so a half block scales cleanly: output half-row `h` of a source cell shows
            // source half `h / scale`.
            for outputRow in 0..<scale {
                let topHalf = (2 * outputRow) / scale
                let bottomHalf = (2 * outputRow + 1) / scale
                var index = (sourceRow * scale + outputRow) * picture.width
                for pixel in pixels {
                    let top = topHalf == 0 ? pixel.0 : pixel.1
                    let bottom = bottomHalf == 0 ? pixel.0 : pixel.1
                    let ink = BigPicture.Ink(top: top, bottom: bottom)
                    for _ in 0..<scale {
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
