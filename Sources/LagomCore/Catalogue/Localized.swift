/// A text in the language of the screen or command that shows it, picked by `Language`.
/// Made from a catalogue key and its arguments (`Localized(.behindSchedule, ["minutes": 5])`),
/// it is resolved only when shown, so one value serves a Swedish and an English screen alike.
public struct Localized: Hashable, Sendable {
    enum Source: Hashable, Sendable {
        case catalogue(TextKey, [String: TextArgument])
        /// People's own words (a title from the plan, a note): the same in every language.
        case verbatim(String)
        /// A pair written in place: the old way, kept until every text has moved into the
        /// catalogue (a test lists the files that still write one).
        case pair(sv: String, en: String)
    }

    let source: Source

    /// The catalogue's text for `key`, its `{placeholders}` filled from `arguments`.
    public init(_ key: TextKey, _ arguments: [String: any TextArgumentConvertible] = [:]) {
        source = .catalogue(key, arguments.mapValues(\.textArgument))
    }

    /// Deprecated in spirit: new texts go into the catalogue (docs/architecture.md, "Adding a text").
    public init(sv: String, en: String) {
        source = .pair(sv: sv, en: en)
    }

    /// Words that are the same in every language: a title from the plan, a note's text.
    public static func verbatim(_ text: String) -> Localized { Localized(source: .verbatim(text)) }

    init(source: Source) { self.source = source }

    public func text(_ language: Language) -> String {
        switch source {
        case .catalogue(let key, let arguments): Catalogue.text(key, language, arguments)
        case .verbatim(let text): text
        case .pair(let sv, let en): language == .sv ? sv : en
        }
    }

    /// Two texts are the same when they read the same in every language, however they were made.
    public static func == (a: Localized, b: Localized) -> Bool {
        Language.allCases.allSatisfy { a.text($0) == b.text($0) }
    }

    public func hash(into hasher: inout Hasher) {
        for language in Language.allCases { hasher.combine(text(language)) }
    }

    public var sv: String { text(.sv) }
    public var en: String { text(.en) }
}
