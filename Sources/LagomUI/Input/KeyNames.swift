import LagomCore

/// How keys are named on screen, in Swedish and English.
public enum KeyNames {
    public static func display(_ key: Key, _ language: Language) -> String {
        switch key {
        case .character(" "): return Catalogue.text(.keyNameSpace, language)
        case .character(let c): return Sanitiser.sanitiseSingleLine(String(c))
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return Catalogue.text(.keyNameBackspace, language)
        case .delete: return "Delete"
        case .escape: return "Esc"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .wordLeft: return "Alt-←"
        case .wordRight: return "Alt-→"
        case .function(let n): return "F\(n)"
        case .paste: return Catalogue.text(.keyNamePaste, language)
        }
    }

    /// Several keys for one action: arrows run together (`↑↓`), others are
    /// separated by `/` (`q/Esc`).
    public static func display(_ keys: [Key], _ language: Language) -> String {
        let arrows: Set<Key> = [.up, .down, .left, .right]
        let separator = keys.count > 1 && keys.allSatisfy(arrows.contains) ? "" : "/"
        return keys.map { display($0, language) }.joined(separator: separator)
    }
}
