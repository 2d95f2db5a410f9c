import Foundation
import LagomCore
import LagomUI
import Testing

@Suite("Big text")
struct BigTextTests {
    static let required: [Character] = Array("0123456789:+-. ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")

    @Test(arguments: BigFont.all.map(\.name))
    func everyDesignHasEveryCharacter(name: String) {
        let font = BigFont.all.first { $0.name == name }!
        for character in Self.required {
            #expect(font.characters.contains(character), "\(name) lacks \(character)")
        }
    }

    @Test(arguments: BigFont.all.map(\.name))
    func glyphsAreRectangularAndWidthOne(name: String) {
        let font = BigFont.all.first { $0.name == name }!
        for character in font.characters {
            let lines = BigText.render(String(character), font: font, scale: 1)!
            #expect(Set(lines.map(DisplayWidth.of)).count == 1, "\(name) \(character)")
            #expect(lines.allSatisfy { $0.allSatisfy { DisplayWidth.of($0) == 1 } })
        }
    }

    /// Drawn into a grid, a picture paints its strokes: spaces whose background is the text's
    /// colour (no `█` glyph, whose font seams show in a real terminal); blanks take the style.
    @Test func pictureIsPaintedNotDrawnWithGlyphs() throws {
        let picture = try #require(BigText.picture("Å5:09", maxWidth: 60, maxHeight: 12))
        let style = Style(foreground: .red)
        var grid = Grid(width: picture.width + 4, height: picture.height + 2)
        picture.draw(into: &grid, x: 2, y: 1, style: style, clip: grid.bounds)
        let painted = Snapshot.paintedLines(grid)
        #expect(
            Array(painted[1...picture.height]).map { String($0.dropFirst(2).prefix(picture.width)) } == picture.lines)
        #expect(!grid.lines.joined().contains("█"))
        #expect(grid.lines.first?.trimmingCharacters(in: .whitespaces).isEmpty == true)
        for y in 1...picture.height {
            for x in 2..<(2 + picture.width) {
                let inked = picture.lines[y - 1].dropFirst(x - 2).first == "█"
                #expect(grid[x, y].style == (inked ? style.ink : style))
            }
            #expect(grid[0, y].style == .plain && grid[picture.width + 2, y].style == .plain)
        }
        #expect(picture.lines == BigText.render("Å5:09", maxWidth: 60, maxHeight: 12))
    }

    /// Colours given: the stroke's background is the text colour (one colour changes between a
    /// stroke and a blank); the terminal's own colours: reverse video.
    @Test func inkPaintsTheTextColour() {
        let projector = Style(foreground: .white, background: .black, bold: true)
        #expect(projector.ink == Style(foreground: .white, background: .white, bold: true))
        let reversed = Style(foreground: .red, background: .white, reverse: true)
        #expect(reversed.ink == Style(foreground: .white, background: .white))
        #expect(Style.plain.ink == Style(reverse: true))
        #expect(Style(reverse: true).ink == .plain)
        #expect(Style(foreground: .yellow, underline: true).ink == Style(foreground: .yellow, reverse: true))
    }

    /// Strokes are at least two columns wide when there is room, and pixels never narrower than tall.
    @Test func strokesAreTwoColumnsWideWhereTheSizeAllows() throws {
        let wide = try #require(BigText.picture("12:34", maxWidth: 80, maxHeight: 10))
        // 3×5 design, 17 pixels wide: two rows and four columns a pixel (square), 68 wide.
        #expect(wide.height == 10 && wide.width == 68)
        let small = try #require(BigText.picture("12:34", maxWidth: 40, maxHeight: 7))
        #expect(small.width == 34 && small.height == 5, "two columns a pixel beats one taller row of thin strokes")
        let tight = try #require(BigText.picture("12:34", maxWidth: 17, maxHeight: 5))
        #expect(tight.width == 17, "one column only when nothing wider fits")
    }

    @Test func pictureIsClipped() throws {
        let picture = try #require(BigText.picture("88", font: .small, scale: 2))
        var grid = Grid(width: 8, height: 4)
        picture.draw(into: &grid, x: -1, y: 1, style: .plain, clip: Rect(x: 0, y: 0, width: 6, height: 4))
        let lines = Snapshot.paintedLines(grid)
        #expect(lines[0] == "        ")
        #expect(lines[1] == String(picture.lines[0].dropFirst().prefix(6)) + "  ")
        #expect(lines[3] == String(picture.lines[2].dropFirst().prefix(6)) + "  ")
    }

    @Test func smallClockAtScaleOne() {
        let lines = BigText.render("12:05", font: .small, scale: 1)!
        #expect(
            lines == [
                " █  ███   ███ ███",
                "██    █ █ █ █ █  ",
                " █  ███   █ █ ███",
                " █  █   █ █ █   █",
                "███ ███   ███ ███",
            ])
        #expect(lines.count == 5)
        #expect(lines.allSatisfy { DisplayWidth.of($0) == 3 * 4 + 1 + 4 })
    }

    @Test func accentRowOnlyWhenNeeded() {
        #expect(BigText.render("AO", font: .small, scale: 1)!.count == 5)
        let swedish = BigText.render("ÅÄÖ", font: .small, scale: 1)!
        #expect(swedish.count == 6)
        #expect(swedish[0] == " ▀  ▀ ▀ ▀ ▀")
        #expect(BigText.render("åäö", font: .small, scale: 1) == swedish)
    }

    @Test func halfBlocksScaleCleanly() {
        let two = BigText.render("Ä", font: .small, scale: 2)!
        #expect(two.count == 12)
        #expect(two[0] == "██  ██")
        #expect(two[1] == "      ")
        let three = BigText.render("Ä", font: .small, scale: 3)!
        #expect(three[0] == "███   ███")
        #expect(three[1] == "▀▀▀   ▀▀▀")
        #expect(three[2] == "         ")
    }

    @Test func picksTheLargestThatFits() {
        // "12:34" is 17×5 in the small design and 25×7 in the large one.
        #expect(BigFont.all.map { BigText.naturalSize("12:34", font: $0)!.width } == [17, 25])
        #expect(BigText.render("12:34", maxWidth: 17, maxHeight: 5)?.count == 5)
        #expect(BigText.render("12:34", maxWidth: 25, maxHeight: 7)?.count == 7)
        #expect(BigText.render("12:34", maxWidth: 34, maxHeight: 10)?.count == 10)
        #expect(BigText.render("12:34", maxWidth: 200, maxHeight: 21)?.count == 21)
        let big = BigText.render("12:34", maxWidth: 200, maxHeight: 60)!
        #expect(big.count <= 60 && big.allSatisfy { DisplayWidth.of($0) <= 200 })
        #expect(big.count == 56)
    }

    @Test func nilWhenNothingFitsOrCharacterIsUnknown() {
        #expect(BigText.render("12:34", maxWidth: 16, maxHeight: 40) == nil)
        #expect(BigText.render("12:34", maxWidth: 40, maxHeight: 4) == nil)
        #expect(BigText.render("", maxWidth: 40, maxHeight: 40) == nil)
        #expect(BigText.render("Æ", maxWidth: 40, maxHeight: 40) == nil)
        #expect(BigText.render("12:34", maxWidth: 0, maxHeight: 0) == nil)
    }

    /// A title too long for one line of big type goes on two, broken between words, both the same
    /// size, strokes two columns wide; one that fits nowhere stays normal text (nil).
    @Test func aLongTitleTakesTwoLinesOfOneSize() throws {
        let title = "Rangordning av risk- och friskfaktorer"
        let lines = try #require(BigText.lines(title, maxWidth: 196, maxHeight: 11))
        #expect(lines.count == 2)
        #expect(Set(lines.map(\.height)) == [5])
        #expect(lines.allSatisfy { $0.width <= 196 })
        // "och friskfaktorer" in the 3×5 design at two columns a pixel: 16 letters of 3 columns, a
        // space of 2, 16 gaps of 1.
        #expect(lines[1].width == (16 * 3 + 2 + 16) * 2)
        #expect(try #require(BigText.lines("Balanskollen – resurser", maxWidth: 196, maxHeight: 7)).count == 1)
        #expect(BigText.lines(title, maxWidth: 80, maxHeight: 11) == nil, "no one-column strokes")
    }

    @Test func snapshotOfOvertimeAndWord() {
        for (name, text, width, height) in [
            ("bigtext-overtime", "+01:30", 40, 8), ("bigtext-fika", "Fika", 40, 8),
            ("bigtext-kort-paus", "Kort paus", 60, 8),
        ] {
            let lines = BigText.render(text, maxWidth: width, maxHeight: height)!
            var grid = Grid(width: width, height: lines.count)
            for (y, line) in lines.enumerated() { grid.put(line, x: 0, y: y) }
            Snapshot.assert(grid, named: name)
        }
    }
}
