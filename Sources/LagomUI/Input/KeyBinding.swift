import LagomCore

/// One entry of a screen's key map: the keys, what they do, and the help
/// text shown by the footer and the `?` overlay.
public struct KeyBinding<Action: Sendable>: Sendable {
    public var keys: [Key]
    public var action: Action
    public var help: Localized
    /// Whether the footer lists it (the help overlay always does).
    public var inFooter: Bool
    /// Help, quit and the console's undo: the footer shows it at every width, before any other
    /// hint (`Footer`).
    public var pinned: Bool
    /// How the keys are named when their names one by one would not read well ("0–9").
    public var label: Localized?
    /// A shorter word for the footer, where the help overlay's full sentence would crowd out
    /// the other keys ("Flytta" for "Flytta till tema (1–9 eller ↑↓ Enter)").
    public var footer: Localized?

    public init(
        _ keys: [Key], _ action: Action, help: Localized, inFooter: Bool = true, pinned: Bool = false,
        label: Localized? = nil, footer: Localized? = nil
    ) {
        self.keys = keys
        self.action = action
        self.help = help
        self.inFooter = inFooter || pinned
        self.pinned = pinned
        self.label = label
        self.footer = footer
    }

    /// The keys as shown in the footer and the help overlay.
    public func keyText(_ language: Language) -> String {
        label?.text(language) ?? KeyNames.display(keys, language)
    }
}

/// A screen's keys as data: input handling, the footer and the help overlay
/// all read the same list, so they cannot disagree.
public struct KeyMap<Action: Sendable>: Sendable {
    public let bindings: [KeyBinding<Action>]
    /// The footer in each language, worked out once: every frame draws it.
    private let footers: [Language: [KeyHint]]

    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
        var footers: [Language: [KeyHint]] = [:]
        for language in Language.allCases {
            footers[language] = bindings.filter(\.inFooter).map {
                KeyHint(keys: $0.keyText(language), help: ($0.footer ?? $0.help).text(language), pinned: $0.pinned)
            }
        }
        self.footers = footers
    }

    /// The action bound to `key`; the first binding wins if several list it.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// Keys listed by more than one binding (a mistake in the map; tests check it is empty).
    public var duplicateKeys: [Key] {
        var seen: Set<Key> = []
        var duplicates: [Key] = []
        for key in bindings.flatMap(\.keys) {
            if !seen.insert(key).inserted && !duplicates.contains(key) { duplicates.append(key) }
        }
        return duplicates
    }

    /// Every binding as display text, for the help overlay.
    public func helpEntries(_ language: Language) -> [KeyHint] {
        bindings.map { KeyHint(keys: $0.keyText(language), help: $0.help.text(language)) }
    }

    /// The bindings marked for the footer, as display text.
    public func footerEntries(_ language: Language) -> [KeyHint] {
        footers[language] ?? []
    }

    /// The map without the keys `shadowed` says another map takes first; a binding left with
    /// no key is dropped. What is left is what those keys still do, for an honest help overlay.
    public func removingKeys(where shadowed: (Key) -> Bool) -> KeyMap<Action> {
        KeyMap(
            bindings.compactMap { binding in
                var kept = binding
                kept.keys = binding.keys.filter { !shadowed($0) }
                return kept.keys.isEmpty ? nil : kept
            })
    }

    /// This map followed by `other` (e.g. a screen's keys plus global keys).
    public func merged(with other: KeyMap<Action>) -> KeyMap<Action> {
        KeyMap(bindings + other.bindings)
    }
}

/// A key (or keys) and what it does, ready to draw.
public struct KeyHint: Hashable, Sendable {
    public var keys: String
    public var help: String
    /// Shown by the footer at every width (help and quit).
    public var pinned: Bool

    public init(keys: String, help: String, pinned: Bool = false) {
        self.keys = keys
        self.help = help
        self.pinned = pinned
    }
}
