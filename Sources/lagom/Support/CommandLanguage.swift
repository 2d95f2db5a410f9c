import Glibc
import LagomCore

/// The one language a command speaks, every line of it (README, "The command line's language"):
///
/// 1. `--lang sv|en`, anywhere on the command line (before a `--`);
/// 2. else, once the command has opened its session, the plan's language; a plan that cannot be
///    opened still names its language when its `"language"` can be read (`PlanLoader.language(of:)`),
///    so its mistakes are said in it;
/// 3. else (no session yet, or none at all: `lagom new`, a misspelt command, `--version`) the
///    locale's: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set, Swedish when it starts
///    with `sv`;
/// 4. else English.
///
/// A command runs in one process on one thread, so the choice is kept here, in one place, rather
/// than handed through every function that may print.
enum CommandLanguage {
    /// `--lang`, taken off the arguments before they are parsed.
    nonisolated(unsafe) private(set) static var chosen: Language?
    /// The plan's language, once the command has opened its session.
    nonisolated(unsafe) private static var plans: Language?

    static var current: Language { chosen ?? plans ?? locale }

    /// The command has read its session's plan: from now on it speaks the plan's language, unless
    /// `--lang` said otherwise.
    static func opened(_ plan: Plan) { plans = plan.language }

    /// The command read a plan, perhaps one with mistakes, that names its language.
    static func planIsWritten(in language: Language) { plans = language }

    /// The language of the user's locale, or English.
    static var locale: Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("sv") ? .sv : .en
        }
        return .en
    }

    /// What is wrong with a `--lang` on the line, if anything.
    enum Problem: Error, Equatable {
        case missingValue
        case unknown(String)
    }

    /// The arguments without `--lang X` / `--lang=X` (the last one wins), and the language it named.
    /// Words after `--` are text, never options: `lagom note add S --step 3 -- --lang` keeps its note.
    static func split(_ arguments: [String]) -> Result<(arguments: [String], language: Language?), Problem> {
        var kept: [String] = []
        var language: Language?
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--" {
                kept += arguments[index...]
                break
            }
            let value: String
            if word == "--lang" {
                guard index + 1 < arguments.count else { return .failure(.missingValue) }
                value = arguments[index + 1]
                index += 2
            } else if word.hasPrefix("--lang=") {
                value = String(word.dropFirst("--lang=".count))
                index += 1
            } else {
                kept.append(word)
                index += 1
                continue
            }
            guard let named = Language(rawValue: value) else { return .failure(.unknown(value)) }
            language = named
        }
        return .success((kept, language))
    }

    /// Takes `--lang` off the process's arguments and remembers it; the rest go to the parser.
    static func take(_ arguments: [String]) -> Result<[String], Problem> {
        split(arguments).map { split in
            chosen = split.language
            return split.arguments
        }
    }
}
