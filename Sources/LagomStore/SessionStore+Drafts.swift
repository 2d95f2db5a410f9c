import FoundationEssentials
import Glibc
import LagomCore

/// A secretary's unsaved text, one file per group: `drafts/group-N.json` in the session folder.
/// Written (atomically) when a pane closes with text not yet saved, read and removed when that
/// group's pane opens again. Drafts are not events: nobody else sees them and undo ignores them.
extension SessionStore {
    public static let draftsFolder = "drafts"

    public func draftPath(group: Int) -> String { "\(folder)/\(Self.draftsFolder)/\(Self.draftName(group: group))" }

    /// Keeps `draft` for `group`, replacing any kept before; nil or an empty draft removes it.
    public func keepDraft(_ draft: NoteDraft?, group: Int) throws(StoreError) {
        let path = "\(folder)/\(Self.draftsFolder)"
        guard let draft, !draft.isEmpty else {
            try OpenFolder(path)?.remove(Self.draftName(group: group))
            return
        }
        _ = try SessionFile.makeFolder(path)
        guard let drafts = try OpenFolder(path) else { throw .system(path, .open, ENOENT) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding a value of strings cannot fail.
        var bytes = [UInt8](try! encoder.encode(draft))
        bytes.append(UInt8(ascii: "\n"))
        try drafts.write(bytes, to: Self.draftName(group: group))
    }

    /// The draft kept for `group`, removed from the folder as it is handed over; nil when none.
    /// A file that does not decode as a draft (edited by hand) is handed over as plain text.
    public func takeDraft(group: Int) throws(StoreError) -> NoteDraft? {
        guard let drafts = try OpenFolder("\(folder)/\(Self.draftsFolder)"),
            let bytes = try drafts.read(Self.draftName(group: group))
        else { return nil }
        let draft =
            (try? JSONDecoder().decode(NoteDraft.self, from: Data(bytes)))
            ?? NoteDraft(text: String(decoding: bytes, as: UTF8.self))
        try drafts.remove(Self.draftName(group: group))
        return draft
    }

    static func draftName(group: Int) -> String { "group-\(group).json" }
}
