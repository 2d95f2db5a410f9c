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
    case damagedLog(file: String, line: Int, reason: String)
    /// The disk is full: the save did not happen.
    case diskFull(file: String)
    /// The operating system refused an operation on a file.
    case io(file: String, operation: String, errno: Int32)
    /// `lagom share` named a group this machine does not have.
    case noGroup(String)
    /// A session file is a symbolic link: Lagom neither reads nor writes through it.
    case link(file: String)
    /// One save would be a log line longer than `LogLimits.maxLineBytes`; nothing was written.
    case tooLarge(bytes: Int)
    /// This process may only read the session (a viewer, a read-only folder, another user's session).
    case readOnly(folder: String, reason: String)

    public var description: String {
        switch self {
        case .refused(let refusal):
            return refusal.description
        case .plan(let error):
            return error.description
        case .noSession(let name, let looked):
            return "no session \"\(name)\" (looked in \(looked.joined(separator: ", ")))"
        case .noUserFolder(let name):
            return
                "\"\(name)\": no folder for your sessions (set XDG_DATA_HOME or HOME), or give a path such as ./\(name)"
        case .alreadyExists(let folder):
            return "\(folder): a session already exists here (plan.json found); choose another name"
        case .damagedLog(let file, let line, let reason):
            return "\(file):\(line): \(reason); the log was left unchanged"
        case .diskFull(let file):
            return "\(file): the disk is full (ENOSPC); the change was NOT saved"
        case .io(let file, let operation, let code):
            let what = String(cString: strerror(code))
            let note = code == EIO ? " (disk or file-system failure)" : ""
            let saving = ["write", "fsync", "rename"].contains(operation) ? "; the change was NOT saved" : ""
            return "\(file): \(operation) failed: \(what)\(note)\(saving)"
        case .noGroup(let name):
            return "there is no group \"\(name)\" on this machine (make it with `groupadd \(name)`, and add each "
                + "account with `usermod -aG \(name) ACCOUNT`)"
        case .link(let file):
            return "\(file) is a symbolic link; Lagom opens no links in a session folder (it could read or write "
                + "another file): put the file itself there"
        case .tooLarge(let bytes):
            return
                "this change is \(bytes / 1024) KiB, more than the \(LogLimits.maxLineBytes / 1024) KiB one save may hold; "
                + "the change was NOT saved"
        case .readOnly(let folder, let reason):
            return "the session folder \(folder) is read-only (\(reason)); nothing was saved"
        }
    }

    /// The error for a failed system call on `file`, reading `errno` now.
    static func system(_ file: String, _ operation: String, _ code: Int32 = errno) -> StoreError {
        switch code {
        case ENOSPC, EDQUOT: .diskFull(file: file)
        case ELOOP: .link(file: file)  // what O_NOFOLLOW answers for a link
        default: .io(file: file, operation: operation, errno: code)
        }
    }
}
