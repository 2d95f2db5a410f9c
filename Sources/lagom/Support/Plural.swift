/// Counted words of the command line's English output: "1 dot", "2 dots".
enum Plural {
    static func dots(_ n: Int) -> String { n == 1 ? "1 dot" : "\(n) dots" }
}
