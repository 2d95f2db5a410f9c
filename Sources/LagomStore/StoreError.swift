import FoundationEssentials
import Glibc
import LagomCore

/// Everything that can go wrong with a session folder, each as one line that names the file.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// The change broke a rule of the workshop; nothing was written.
    case refused(Refusal)
    /// `plan.json` is missing a field, has a wrong value or is not JSON.
    case plan(PlanError)
    /// No session folder at the given name or path.
    case noSession(name: String, looked: [String])
    /// A bare name needs the user's data folder (for a new session or the sample's working copy),
    /// and neither `XDG_DATA_HOME` nor `HOME` is set.
    case noUserFolder(name: String)
    /// `lagom new` into a folder that already holds a plan.
    case alreadyExists(folder: String)
    /// A line in the middle of the log cannot be read; nothing was changed.
    case damagedLog(file: String, line: Int, reason: Localized)
    /// The disk is full: the save did not happen.
    case diskFull(file: String)
    /// The operating system refused an operation on a file.
    case io(file: String, operation: FileOperation, errno: Int32)
    /// `lagom share` named a group this machine does not have.
    case noGroup(String)
    /// A session file is a symbolic link: Lagom neither reads nor writes through it.
    case link(file: String)
    /// One save would be a log line longer than `LogLimits.maxLineBytes`; nothing was written.
    case tooLarge(bytes: Int)
    /// This process may only read the session (a viewer, a read-only folder, another user's session).
    case readOnly(folder: String, reason: Localized)

    /// In English, word for word as logs and tests read it.
    public var description: String { message(.en) }

    /// The one line, in `language` (the command's or the screen's).
    public func message(_ language: Language) -> String { words.text(language) }

    /// The one line, resolved in the language of whatever shows it (a notice, a screen's detail).
    public var words: Localized {
        switch self {
        case .refused(let refusal):
            return refusal.words()
        case .plan(let error):
            return error.localized
        case .noSession(let name, let looked):
            return Localized(.storeErrorNoSession, ["name": name, "looked": looked.joined(separator: ", ")])
        case .noUserFolder(let name):
            return Localized(.storeErrorNoUserFolder, ["name": name])
        case .alreadyExists(let folder):
            return Localized(.storeErrorAlreadyExists, ["folder": folder])
        case .damagedLog(let file, let line, let reason):
            // A line number as in file:line, never grouped.
            return Localized(.storeErrorDamagedLog, ["file": file, "line": String(line), "reason": reason])
        case .diskFull(let file):
            return Localized(.storeErrorDiskFull, ["file": file])
        case .io(let file, let operation, let code):
            return Localized(
                .storeErrorIO,
                [
                    "file": file, "operation": operation.words, "reason": SystemReason.words(code),
                    "notSaved": operation.saves ? Localized(.storeErrorNotSaved) : Localized.verbatim(""),
                ])
        case .noGroup(let name):
            return Localized(.storeErrorNoGroup, ["name": name])
        case .link(let file):
            return Localized(.storeErrorLink, ["file": file])
        case .tooLarge(let bytes):
            return Localized(
                .storeErrorTooLarge, ["size": String(bytes / 1024), "limit": String(LogLimits.maxLineBytes / 1024)])
        case .readOnly(let folder, let reason):
            return Localized(.storeErrorReadOnly, ["folder": folder, "reason": reason])
        }
    }

    /// The error for a failed system call on `file`, reading `errno` now.
    static func system(_ file: String, _ operation: FileOperation, _ code: Int32 = errno) -> StoreError {
        switch code {
        case ENOSPC: .diskFull(file: file)
        case ELOOP: .link(file: file)  // what O_NOFOLLOW answers for a link
        default: .io(file: file, operation: operation, errno: code)
        }
    }
}
