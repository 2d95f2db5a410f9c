import FoundationEssentials
import Glibc
import LagomCore

/// A secretary's unsaved text, one file per group: `drafts/group-N.json` in the session folder.
/// Written (atomically) when a pane closes with text not yet saved, read and removed when that
/// group's pane opens again. Drafts are not events: nobody else sees them and undo ignores them.
extension SessionStore {
    public static let draftsFolder = "drafts"

    public func draftPath(group: Int) -> String { "\(folder)/\(Self.draftsFolder)/group-\(group).json" }

    /// Keeps `draft` for `group`, replacing any kept before; nil or an empty draft removes it.
    public func keepDraft(_ draft: NoteDraft?, group: Int) throws(StoreError) {
        let path = draftPath(group: group)
        guard let draft, !draft.isEmpty else {
            if unlink(path) != 0 && errno != ENOENT { throw .system(path, "remove") }
            return
        }
        let folder = "\(self.folder)/\(Self.draftsFolder)"
        if mkdir(folder, 0o755) != 0 && errno != EEXIST { throw .system(folder, "create folder") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding a value of strings cannot fail.
        var bytes = [UInt8](try! encoder.encode(draft))
        bytes.append(UInt8(ascii: "\n"))
        try AtomicFile.write(bytes, to: path)
    }

    /// The draft kept for `group`, removed from the folder as it is handed over; nil when none.
    /// A file that does not decode as a draft (edited by hand) is handed over as plain text.
    public func takeDraft(group: Int) throws(StoreError) -> NoteDraft? {
        let path = draftPath(group: group)
        guard access(path, F_OK) == 0 else { return nil }
        let bytes = try Posix.readWholeFile(path)
        let draft = (try? JSONDecoder().decode(NoteDraft.self, from: Data(bytes)))
            ?? NoteDraft(text: String(decoding: bytes, as: UTF8.self))
        if unlink(path) != 0 && errno != ENOENT { throw .system(path, "remove") }
        return draft
    }
}
