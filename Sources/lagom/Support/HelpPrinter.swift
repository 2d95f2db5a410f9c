import LagomCore
import LagomUI

/// A command's help in one language, laid out as ArgumentParser lays out its own (overview, usage,
/// arguments, options, subcommands) and wrapped to `width` columns by `TextLayout`.
struct HelpPrinter {
    let language: Language
    let width: Int

    /// Where a help text's placeholders come from: values the code knows, not the catalogue.
    static let arguments: [String: any TextArgumentConvertible] = [
        "roles": SessionOptions.roles, "max": Step.maxMinutes,
    ]

    /// The column a label's text starts in, as ArgumentParser's.
    static let labelWidth = 26

    /// The help of the last command of `path` (`[lagom, vote, cast]`).
    func help(_ path: [HelpTree.Command]) -> String {
        guard let command = path.last else { return "" }
        var blocks: [String] = []
        if let abstract = text(command.abstract) {
            blocks.append(wrapped(say(TextKey.helpOverview) + " " + abstract, hanging: 0))
        }
        if let discussion = text(command.discussion) { blocks.append(wrapped(discussion, hanging: 0)) }
        // An option and its value stay on one line: the wrap sees them as one word (no-break spaces).
        let usageLine = [say(TextKey.helpUsage)] + usageWords(path).map { $0.replacing(" ", with: "\u{00A0}") }
        blocks.append(wrapped(usageLine.joined(separator: " "), hanging: 2).replacing("\u{00A0}", with: " "))
        let shown = command.shown
        let positionals = shown.filter(\.isPositional)
        if !positionals.isEmpty {
            blocks.append(section(TextKey.helpArguments, positionals.map { (label($0), argumentText($0)) }))
        }
        var options = shown.filter { !$0.isPositional }.map { (label($0), argumentText($0)) }
        options.append(("--lang <sv|en>", say(TextKey.helpOptionLang)))
        if path.count == 1 { options.append(("--version", say(TextKey.helpFlagVersion))) }
        options.append(("-h, --help", say(TextKey.helpFlagHelp)))
        blocks.append(section(TextKey.helpOptions, options))
        if let subcommands = command.subcommands, !subcommands.isEmpty {
            let rows = subcommands.filter { $0.shouldDisplay ?? true }.map { sub in
                let name =
                    sub.commandName == command.defaultSubcommand
                    ? "\(sub.commandName) \(say(TextKey.helpDefaultSubcommand))" : sub.commandName
                // ArgumentParser's own `help` command has its English abstract; the catalogue words it.
                let abstract = sub.commandName == "help" && path.count == 1 ? say(TextKey.helpHelp) : text(sub.abstract)
                return (name, abstract ?? "")
            }
            blocks.append(section(TextKey.helpSubcommands, rows))
            let helpCommand = (["lagom", "help"] + path.dropFirst().map(\.commandName)).joined(separator: " ")
            let see = TextLayout.wrap(
                say(
                    TextKey.helpSeeSubcommand, ["command": helpCommand, "subcommand": say(TextKey.helpSubcommandWord)]),
                width: max(10, width - 2))
            blocks.append(see.map { "  " + $0 }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// `lagom vote cast <session> [--as <as>] --step <step> …`: what ArgumentParser's usage line says.
    func usage(_ path: [HelpTree.Command]) -> String { usageWords(path).joined(separator: " ") }

    private func usageWords(_ path: [HelpTree.Command]) -> [String] {
        let name = path.map(\.commandName).joined(separator: " ")
        guard let command = path.last else { return [name] }
        if let subcommands = command.subcommands, !subcommands.isEmpty {
            return [name, say(TextKey.helpSubcommandWord)]
        }
        let words = command.shown.map { argument -> String in
            var word = synopsis(argument)
            if argument.isRepeating == true { word += " ..." }
            return argument.isOptional == true ? "[\(word)]" : word
        }
        return [name] + words
    }

    // MARK: - Pieces

    private func say(_ key: TextKey, _ arguments: [String: any TextArgumentConvertible] = [:]) -> String {
        Localized(key, arguments).text(language)
    }

    /// The catalogue's text for a key named in the tree (an abstract, a discussion, an option's help).
    func text(_ keyName: String?) -> String? {
        guard let keyName, !keyName.isEmpty else { return nil }
        guard let key = Self.keys[keyName] else { return keyName }
        return Localized(key, Self.arguments).text(language)
    }

    /// Every key by its name; the help's keys are named in the command tree, not in code.
    static let keys: [String: TextKey] = Dictionary(
        Catalogue.table(.en).keys.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    private func synopsis(_ argument: HelpTree.Argument) -> String {
        let value = "<\(argument.valueName ?? "value")>"
        guard let name = argument.names?.first(where: { $0.kind == "long" }) ?? argument.names?.first else {
            return value
        }
        return argument.takesValue ? "\(name.typed) \(value)" : name.typed
    }

    private func label(_ argument: HelpTree.Argument) -> String {
        if argument.isPositional { return "<\(argument.valueName ?? "value")>" }
        let names = (argument.names ?? []).map(\.typed).joined(separator: ", ")
        return argument.takesValue ? "\(names) <\(argument.valueName ?? "value")>" : names
    }

    private func argumentText(_ argument: HelpTree.Argument) -> String {
        let help = text(argument.abstract) ?? ""
        guard let value = argument.defaultValue, !value.isEmpty else { return help }
        return help + " " + say(TextKey.helpDefaultValue, ["value": value])
    }

    /// A heading and its rows: a label, and its text in a column of its own (on the next line when the
    /// label is too long for the column, as ArgumentParser does).
    private func section(_ heading: TextKey, _ rows: [(String, String)]) -> String {
        var lines = [say(heading)]
        let column = Self.labelWidth
        for (label, text) in rows {
            let body = TextLayout.wrap(text, width: max(10, width - column))
            let pad = String(repeating: " ", count: column)
            let head = "  " + label
            if DisplayWidth.of(head) + 2 > column || body.isEmpty {
                lines.append(head)
                lines += body.map { pad + $0 }
            } else {
                let gap = String(repeating: " ", count: column - DisplayWidth.of(head))
                lines.append(head + gap + body[0])
                lines += body.dropFirst().map { pad + $0 }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `text` wrapped to the width; lines after the first indented by `hanging` columns.
    private func wrapped(_ text: String, hanging: Int) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let first = TextLayout.wrap(String(paragraph), width: max(10, width))
            guard let head = first.first else {
                lines.append("")
                continue
            }
            lines.append(head)
            let rest = first.dropFirst().joined(separator: " ")
            if !rest.isEmpty {
                let pad = String(repeating: " ", count: hanging)
                lines += TextLayout.wrap(rest, width: max(10, width - hanging)).map { pad + $0 }
            }
        }
        return lines.joined(separator: "\n")
    }
}
