/// Numbers and times the way each language writes them, in one place: Swedish groups digits
/// with a narrow no-break space (10 000) and writes a time of day with a point (09.30); English
/// uses a comma (10,000) and a colon (09:30). Numbers below 10 000 are not grouped in either.
public enum TextFormat {
    /// U+202F NARROW NO-BREAK SPACE: a thin space that never breaks a number over two lines.
    public static let thinSpace = "\u{202F}"

    public static func number(_ n: Int, _ language: Language) -> String {
        let digits = String(n.magnitude)
        let sign = n < 0 ? "−" : ""
        guard digits.count > 4 else { return sign + digits }
        let separator = language == .sv ? thinSpace : ","
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return sign + groups.joined(separator: separator)
    }

    public static func clock(_ time: ClockTime, _ language: Language) -> String {
        time.format(separator: language == .sv ? "." : ":")
    }

    static func argument(_ argument: TextArgument, _ language: Language) -> String {
        switch argument {
        case .words(let words): words
        case .number(let n): number(n, language)
        case .clock(let time): clock(time, language)
        case .text(let text): text.text(language)
        }
    }
}
