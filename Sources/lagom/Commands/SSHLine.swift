import ArgumentParser
import FoundationEssentials
import Glibc
import LagomCore
import LagomStore

/// `lagom ssh-line`: the `authorized_keys` line that lets a key open one pane of one session and nothing
/// else — no shell, no forwarding — so a secretary on their own laptop needs no account that can do more.
struct SSHLine: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ssh-line",
        abstract: TextKey.helpSSHLine.name,
        discussion: TextKey.helpSSHLineMore.name)
    @Argument(help: SessionLocation.argumentHelp) var session: String
    @Option(help: .key(TextKey.helpSSHLineGroup)) var group: Int?
    @Flag(help: .key(TextKey.helpSSHLineProjector)) var projector = false
    @Argument(help: .key(TextKey.helpSSHLineKeyFile)) var keyFile: String

    func run() throws {
        let folder = try SessionLocation.folder(session)
        // Every message, the usage mistake too, in the plan's language (not `validate()`, which runs
        // before the plan is read).
        SessionLocation.speakTheLanguage(ofFolder: folder)
        if (group == nil) == !projector { throw usageMistake(Localized(.cliSSHGroupOrProjector)) }
        let absolute = folder.hasPrefix("/") ? folder : (FileManager.default.currentDirectoryPath + "/" + folder)
        if let group, let plan = try? planOf(folder), let problem = Secretary.groupProblem(group, in: plan) {
            throw CommandFailure(problem)
        }
        let key = try Self.publicKey(keyFile)
        let role = group.map { ["secretary", String($0)] } ?? ["projector"]
        let command = ([ownExecutable(), "ssh-pane", absolute] + role).map(Self.shellQuoted).joined(separator: " ")
        print(#"restrict,pty,command="\#(Self.optionEscaped(command))" \#(key)"#)
    }

    private func planOf(_ folder: String) throws -> Plan {
        let store = try SessionStore(
            folder: folder, clock: SystemClock(session: folder, saveAnchor: false),
            ids: SystemIDSource(), access: .readOnly)
        CommandLanguage.opened(store.session.plan)
        return store.session.plan
    }

    /// The key line of a public key file, checked to be one: never a private key.
    static func publicKey(_ path: String) throws -> String {
        let data: [UInt8]
        do { data = try SessionStore.givenFileBytes(path) } catch { throw CommandFailure(error) }
        let text = String(decoding: data, as: UTF8.self)
        if text.contains("PRIVATE KEY") {
            throw CommandFailure(Localized(.cliPrivateKey, ["file": path]))
        }
        let line =
            text.split(separator: "\n").map { String($0.drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" })) }
            .map { String($0.reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed()) }
            .first { !$0.isEmpty && !$0.hasPrefix("#") } ?? ""
        let parts = line.split(separator: " ")
        let types = [
            "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
            "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
        ]
        guard parts.count >= 2, types.contains(String(parts[0])),
            parts[1].allSatisfy({ $0.isLetter || $0.isNumber || "+/=".contains($0) }), line.allSatisfy({ $0 != "\"" })
        else {
            throw CommandFailure(Localized(.cliNotAPublicKey, ["file": path]))
        }
        return line
    }

    /// A word for the shell that runs the forced command: single quotes, with any single quote spelled `'\''`.
    static func shellQuoted(_ word: String) -> String { "'" + word.replacing("'", with: #"'\''"#) + "'" }

    /// Inside `command="…"` of authorized_keys, a double quote or a backslash is escaped with a backslash.
    static func optionEscaped(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
    }
}

/// The forced command of `ssh-line`: opens the one pane the key is for, and refuses whatever else the
/// client asked for (`SSH_ORIGINAL_COMMAND`), saying what the key can do.
struct SSHPane: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ssh-pane", abstract: TextKey.helpSSHPane.name,
        shouldDisplay: false)
    @Argument(help: .key(TextKey.helpSSHPaneFolder)) var folder: String
    @Argument(help: .key(TextKey.helpSSHPaneRole)) var role: String
    @Argument(help: .key(TextKey.helpSSHPaneGroup)) var group: Int?

    func run() throws {
        // Said to the secretary in the plan's language: the locale is whatever their ssh client sent.
        SessionLocation.speakTheLanguage(ofFolder: folder)
        let what =
            role == "secretary" ? Localized(.cliSSHSecretaryPane, ["group": group ?? 0]) : Localized(.cliSSHProjector)
        let asked =
            getenv("SSH_ORIGINAL_COMMAND").map { String(cString: $0) }?.split(separator: " ").joined(separator: " ")
            ?? ""
        let allowed =
            role == "secretary"
            ? ["", "secretary", "secretary \(group ?? 0)", "secretary --group \(group ?? 0)"] : ["", "projector"]
        guard (role == "secretary" && group != nil) || role == "projector" else {
            throw CommandFailure(Localized(.cliSSHUnknownRole, ["role": role]))
        }
        guard allowed.contains(asked) else {
            throw CommandFailure(
                Localized(.cliSSHOnlyThisPane, ["pane": what, "asked": Sanitiser.sanitiseSingleLine(asked)]))
        }
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw CommandFailure(Localized(.cliSSHNeedsTerminal, ["pane": what]))
        }
        var arguments = [role, folder]
        if let group { arguments += ["--group", String(group)] }
        let executable = ownExecutable()
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        execv(executable, argv)
        throw CommandFailure(Localized(.cliSSHCannotStart, ["pane": what, "reason": SystemReason.words(errno)]))
    }
}

/// This program's own path, to name it in the forced command and to start the pane.
func ownExecutable() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    return count > 0
        ? String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
}
