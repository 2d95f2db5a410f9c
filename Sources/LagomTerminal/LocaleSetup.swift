import CNcursesw
import Glibc

/// Chooses a UTF-8 locale before ncurses starts. In the C locale ncurses shows å as
/// garbage and typing å produces no key at all (terminal-facts.md), so refuse rather
/// than run half-broken.
enum LocaleSetup {
    static func isUTF8(codeset: String) -> Bool {
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }

    /// Process-global: call once at start-up, never from a test.
    static func selectUTF8Locale() throws {
        if setlocale(LC_ALL, "") != nil, isUTF8(codeset: currentCodeset()) { return }
        for fallback in ["C.UTF-8", "C.utf8"] {
            if setlocale(LC_ALL, fallback) != nil, isUTF8(codeset: currentCodeset()) { return }
        }
        throw TerminalError.noUTF8Locale(requested: requestedLocaleDescription())
    }

    private static func currentCodeset() -> String {
        guard let codeset = lagom_codeset() else { return "" }
        return String(cString: codeset)
    }

    /// The variable that decided the locale, as POSIX ranks them; nil when none is set.
    private static func requestedLocaleDescription() -> String? {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = getenv(name), value.pointee != 0 {
                return "\(name)=\(String(cString: value))"
            }
        }
        return nil
    }
}
