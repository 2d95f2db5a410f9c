import LagomCore
import LagomStore

/// `lagom projektor X`: the default command (the facilitator) would take "projektor" for a session and
/// then refuse "X" as unexpected. A first word that is neither a command nor a session, but close to a
/// command (or the Swedish name of a role), is a misspelt command, and is told so.
enum CommandGuess {
    /// The roles by their Swedish names, which a Swedish facilitator may well type.
    static let swedishNames = [
        "projektor": "projector", "tidhållare": "timekeeper", "sekreterare": "secretary",
        "ny": "new", "steg": "step", "lapp": "note", "röst": "vote", "ångra": "undo",
    ]

    /// One line saying what is wrong, or nil when the arguments may go on to the parser.
    static func problem(in arguments: [String], commands: [String], knowsSession: (String) -> Bool) -> Localized? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first), !knowsSession(first) else {
            return nil
        }
        if let command = swedishNames[first.lowercased()] ?? Suggestion.closest(to: first, among: commands) {
            return Localized(.cliNotACommand, ["word": first, "command": command])
        }
        guard arguments.count > 1 else { return nil }  // `lagom NAME`: the facilitator says no session NAME
        return Localized(
            .cliNeitherCommandNorSession, ["word": first, "commands": commands.joined(separator: ", ")])
    }
}
