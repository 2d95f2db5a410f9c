import ArgumentParser
import FoundationEssentials
import Glibc
import LagomCore
import LagomStore
import LagomTerminal

/// The session a command works on, and who it acts as.
struct SessionOptions: ParsableArguments {
    @Argument(help: SessionLocation.argumentHelp)
    var session: String

    @Option(name: .customLong("as"), help: .key(TextKey.helpAsOption))
    var actor: String = "facilitator"

    /// The roles `--as` takes, as typed.
    static let roles = "facilitator, timekeeper, projector, secretary:N, cli"

    func validate() throws {
        guard Actor(parsing: actor) != nil else {
            throw usageMistake(Localized(.cliUnknownRole, ["role": actor, "roles": Self.roles]))
        }
    }

    var author: Actor { Actor(parsing: actor) ?? .facilitator }

    func folder() throws -> String {
        try SessionLocation.folder(session)
    }

    /// `.readOnly` for commands that only show the session: they write nothing, so they also work on a
    /// read-only folder or another user's session. `preparedToUndo`: for `lagom undo` (see `SessionStore`).
    /// `checkpointNotes`: `.whenRead` for a command that reads few notes or none (`note add`).
    func open(
        _ access: SessionStore.Access = .readWrite, preparedToUndo: SessionStore.UndoPreparation? = nil,
        checkpointNotes: CheckpointNoteLoading = .atOnce
    ) throws -> SessionStore {
        let folder = try folder()
        let store = try SessionLocation.open(
            folder, clock: SystemClock(session: folder, saveAnchor: access == .readWrite), access: access,
            preparedToUndo: preparedToUndo, checkpointNotes: checkpointNotes)
        for notice in store.notices { warn(notice) }
        // Kept to the end of the process: exiting hands its memory back at once, where letting go of a
        // big session frees its notes one by one (~3 ms at 100,000 events, for nothing).
        _ = Unmanaged.passRetained(store)
        return store
    }
}

/// A failure printed as one clear line in the command's language ("Fel: …"), with a non-zero exit
/// and no stack trace.
struct CommandFailure: Error, CustomStringConvertible {
    let message: Localized

    init(_ message: Localized) { self.message = message }

    /// A refusal of the workshop's rules, a file that cannot be read or a damaged plan, each in the
    /// command's language. Every error Lagom raises has words of its own; any other (a library's,
    /// as JSONEncoder's `EncodingError`) is named by its type in a catalogue sentence, never by
    /// its English description.
    init(_ error: any Error) {
        switch error {
        case let failure as CommandFailure: message = failure.message
        case let refusal as Refusal: message = refusal.words()
        case let store as StoreError:
            // A plan that cannot be opened is explained in the language it is written in.
            if case .plan(let problem) = store, let language = problem.planLanguage {
                CommandLanguage.planIsWritten(in: language)
            }
            message = store.words
        case let terminal as TerminalError: message = terminal.words(SystemReason.words)
        default: message = Localized(.cliUnexpectedError, ["type": String(reflecting: type(of: error))])
        }
    }

    var description: String { message.text(CommandLanguage.current) }
}

/// Runs one write against the store and turns refusals into one-line failures.
@discardableResult
func commit(
    _ store: SessionStore, by actor: Actor,
    _ build: (Session, inout any IDSource) throws(Refusal) -> [Change]
) throws -> [Event] {
    do { return try store.commit(by: actor, build) } catch { throw CommandFailure(error) }
}

/// `commit` for changes that depend on the time the events will carry.
@discardableResult
func commit(
    _ store: SessionStore, by actor: Actor,
    timed build: (Session, WallTime, inout any IDSource) throws(Refusal) -> [Change]
) throws -> [Event] {
    do { return try store.commit(by: actor, timed: build) } catch { throw CommandFailure(error) }
}

/// One message on stderr, sanitised as the screens draw text: a message may echo an argument,
/// a path or a plan value, and none of them may steer the terminal (`there is no note ^[[2J`).
func printError(_ line: String) {
    var stderr = StandardError()
    print(Sanitiser.sanitise(line), to: &stderr)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        var bytes = Array(string.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            bytes = bytes.dropFirst(n)
        }
    }
}
