import LagomCore
import LagomUI
import Testing

@Suite("Text layout")
struct TextLayoutTests {
    static let wrapRows: [(String, Int, [String])] = [
        ("", 10, [""]),
        ("Fika på fredag", 20, ["Fika på fredag"]),
        ("Fika på fredag", 7, ["Fika på", "fredag"]),
        ("Fika på fredag", 4, ["Fika", "på", "fred", "ag"]),
        ("rad ett\nrad två", 20, ["rad ett", "rad två"]),
        ("a\n\nb", 5, ["a", "", "b"]),
        ("ord   med  luft", 9, ["ord   med", "luft"]),
        ("  indrag först", 20, ["  indrag först"]),
        ("supercalifragilistic", 6, ["superc", "alifra", "gilist", "ic"]),
        ("中文字符测试", 5, ["中文", "字符", "测试"]),
        ("ab中", 3, ["ab", "中"]),
        ("❤️❤️❤️", 4, ["❤️❤️", "❤️"]),
        ("a\u{030A}ngest o\u{0308}ver", 6, ["a\u{030A}ngest", "o\u{0308}ver"]),
        ("slut ", 4, ["slut"]),
        ("x\u{1B}[2J", 10, ["x^[[2J"]),
        ("anything", 0, []),
    ]

    @Test(arguments: wrapRows)
    func wrap(_ row: (String, Int, [String])) {
        let lines = TextLayout.wrap(row.0, width: row.1)
        #expect(lines == row.2, "wrap(\(row.0.debugDescription), \(row.1))")
        if row.1 > 1 {
            for line in lines { #expect(DisplayWidth.of(line) <= row.1, "\(line) too wide") }
        }
    }

    @Test func wrapNeverLosesWords() {
        let text = "Vad behöver du av dina kolleger för att få en bra dag tillsammans? Diskutera kring borden."
        for width in 1...40 {
            let joined = TextLayout.wrap(text, width: width).joined()
            #expect(joined.filter { $0 != " " } == text.filter { $0 != " " }, "width \(width)")
        }
    }

    static let truncateRows: [(String, Int, String)] = [
        ("Hej", 5, "Hej"),
        ("Hej", 3, "Hej"),
        ("Hejsan", 4, "Hej…"),
        ("Hejsan", 1, "…"),
        ("Hejsan", 0, ""),
        ("Åsa Öberg", 5, "Åsa …"),
        ("中文字", 4, "中…"),
        ("中文字", 5, "中文…"),
        ("a👩‍👩‍👧b", 3, "a…"),
        ("rad\nnästa", 20, "rad⏎nästa"),
        ("\u{1B}]0;titel\u{07}", 20, "^[]0;titel^G"),
    ]

    @Test(arguments: truncateRows)
    func truncate(_ row: (String, Int, String)) {
        let result = TextLayout.truncate(row.0, width: row.1)
        #expect(result == row.2)
        #expect(DisplayWidth.of(result) <= max(0, row.1))
    }

    @Test func fitPadsToExactWidth() {
        #expect(TextLayout.fit("ab", width: 5) == "ab   ")
        #expect(TextLayout.fit("ab", width: 5, alignment: .right) == "   ab")
        #expect(TextLayout.fit("ab", width: 5, alignment: .center) == " ab  ")
        #expect(TextLayout.fit("中文字", width: 4) == "中… ")
    }

    @Test func withEllipsisMarksContinuation() {
        #expect(TextLayout.withEllipsis("slut", width: 10) == "slut…")
        #expect(TextLayout.withEllipsis("slutet", width: 5) == "slut…")
    }
}
