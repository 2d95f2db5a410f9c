import ArgumentParser
import FoundationEssentials
import LagomCore

// Why Lagom prints its own help: ArgumentParser's help, usage and error lines are English only and
// take no language. ArgumentParser still parses every line; what it would print as help is printed by
// HelpPrinter in the command's language instead. A command's `abstract` and `discussion` and an
// option's `help` hold a catalogue key's name (`ArgumentHelp.key`), never text, so a text lives only in
// the catalogue. The printer reads the command tree from `_dumpHelp()`: the versioned ToolInfo JSON
// ArgumentParser's own manual and documentation generators read. That is its one public view of every
// command and option, so the printer never reaches into ArgumentParser's internals or its English
// layout, and sees a new option as soon as it is declared (HelpCatalogueTests fails until it has a key).

extension ArgumentHelp {
    /// The help of an option or argument: the catalogue's text for `key`, in the command's language.
    static func key(_ key: TextKey) -> ArgumentHelp { ArgumentHelp(key.name) }
}

/// The command tree as ArgumentParser describes it (ToolInfoV0, `--experimental-dump-help`).
struct HelpTree: Decodable {
    struct Name: Decodable {
        let kind: String
        let name: String

        /// `--step`, `-h`, `-help`: as typed.
        var typed: String { kind == "short" ? "-\(name)" : kind == "long" ? "--\(name)" : "-\(name)" }
    }

    struct Argument: Decodable {
        /// `positional`, `option` or `flag`.
        let kind: String
        let shouldDisplay: Bool?
        let isOptional: Bool?
        let isRepeating: Bool?
        let names: [Name]?
        let valueName: String?
        let defaultValue: String?
        let abstract: String?

        var isPositional: Bool { kind == "positional" }
        var takesValue: Bool { kind == "option" }
        /// ArgumentParser's own `--help` and `--version`: the printer words them itself.
        var isBuiltIn: Bool { !isPositional && (names ?? []).contains { $0.name == "help" || $0.name == "version" } }
    }

    struct Command: Decodable {
        let commandName: String
        let abstract: String?
        let discussion: String?
        let defaultSubcommand: String?
        let subcommands: [Command]?
        let arguments: [Argument]?
        let shouldDisplay: Bool?

        func subcommand(_ name: String) -> Command? { subcommands?.first { $0.commandName == name } }

        /// The arguments the help shows, in the order they are declared.
        var shown: [Argument] { (arguments ?? []).filter { $0.shouldDisplay ?? true && !$0.isBuiltIn } }
    }

    let command: Command

    /// The tree of `lagom`, read once per help or mistake (never on an ordinary run).
    static func lagom() -> Command? {
        try? JSONDecoder().decode(HelpTree.self, from: Data(Lagom._dumpHelp().utf8)).command
    }
}

extension HelpTree.Command {
    /// The commands `words` name from here, as far as they go: `["vote", "cast", "dag"]` →
    /// (`[vote, cast]`, `["dag"]`).
    func resolve(_ words: [String]) -> (path: [HelpTree.Command], rest: [String]) {
        var path = [self]
        var rest = words[...]
        while let word = rest.first, let next = path.last?.subcommand(word) {
            path.append(next)
            rest = rest.dropFirst()
        }
        return (path, Array(rest))
    }
}
