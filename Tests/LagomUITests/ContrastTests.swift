import Foundation
import Testing

@testable import LagomUI

/// Every foreground/background pair a theme draws is readable (WCAG AA, at least 4.5:1) on a
/// light and on a dark terminal (issue 17: cyan on white measured 1.3:1). Colours are xterm's
/// default palette; "the terminal's own" colours are black on white or light grey on black.
/// Reverse video swaps the pair first. Faint (`dim`) is left to the terminal, which decides
/// how faint: it is not a colour.
@Suite struct ContrastTests {
    struct Palette {
        var name: String
        var foreground: (Double, Double, Double)
        var background: (Double, Double, Double)
    }

    static let palettes = [
        Palette(name: "light", foreground: (0, 0, 0), background: (255, 255, 255)),
        Palette(name: "dark", foreground: (229, 229, 229), background: (0, 0, 0)),
    ]

    /// xterm's eight colours.
    static func rgb(_ color: TermColor, default value: (Double, Double, Double)) -> (Double, Double, Double) {
        switch color {
        case .terminalDefault: value
        case .black: (0, 0, 0)
        case .red: (205, 0, 0)
        case .green: (0, 205, 0)
        case .yellow: (205, 205, 0)
        case .blue: (0, 0, 238)
        case .magenta: (205, 0, 205)
        case .cyan: (0, 205, 205)
        case .white: (229, 229, 229)
        }
    }

    static func luminance(_ c: (Double, Double, Double)) -> Double {
        func channel(_ v: Double) -> Double {
            let s = v / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    }

    static func contrast(_ style: Style, on palette: Palette) -> Double {
        var fg = rgb(style.foreground, default: palette.foreground)
        var bg = rgb(style.background, default: palette.background)
        if style.reverse { swap(&fg, &bg) }
        let (a, b) = (luminance(fg), luminance(bg))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    @Test(arguments: Theme.all.map(\.name))
    func everyPairIsReadableOnLightAndDarkTerminals(theme name: String) throws {
        let theme = try #require(Theme.named(name))
        // Big type paints its strokes in the text colour next to the background: the same pair.
        for role in Role.allCases {
            for palette in Self.palettes {
                let ratio = Self.contrast(theme[role], on: palette)
                #expect(ratio >= 4.5, "\(name).\(role) on a \(palette.name) terminal: \(ratio)")
            }
        }
    }

    @Test func theMeasureIsWCAGs() {
        let white = Style.plain  // black on white on a light terminal
        #expect(abs(Self.contrast(white, on: Self.palettes[0]) - 21) < 0.01)
        #expect(
            Self.contrast(Style(foreground: .cyan), on: Self.palettes[0]) < 2, "cyan on white is the issue's 1.3–2:1")
    }
}
