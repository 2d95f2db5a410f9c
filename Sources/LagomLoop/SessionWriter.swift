import LagomCore
import LagomUI

/// Where the loop sends what a screen asked for: the session store in the program
/// (`lagom`'s `StoreWriter`), `MemoryWriter` in tests. Everything a screen changes goes through
/// here, so every other process (or test) sees the same session.
public protocol SessionWriter: AnyObject {
    /// The session as this process has folded it, including what other processes appended by the
    /// last `refresh()`.
    var session: Session { get }
    /// Turns an intent into events under the writer's lock, from the freshest state, and appends
    /// them as one transaction.
    @discardableResult
    func commit(_ intent: Intent, by actor: Actor) throws(WriteError) -> [Event]
    /// Takes back `actor`'s newest transaction; returns the events it took back.
    @discardableResult
    func undo(by actor: Actor) throws(WriteError) -> [Event]
    /// Keeps a group's unsaved text until its pane opens again (nil: nothing to keep); returns where
    /// it was kept, for the line printed after the terminal is given back.
    func keepDraft(_ draft: NoteDraft?, group: Int) throws(WriteError) -> String?
    /// Reads what other processes appended. True if anything changed.
    @discardableResult
    func refresh() throws(WriteError) -> Bool
    /// The session folder, when this writer was meant to write but the folder does not let it (a
    /// read-only disk, another account's session not shared): the pane says so when it opens.
    var cannotWriteFolder: String? { get }
    /// Things a person should know that did not stop the work (a torn last write copied aside), each
    /// once: the ones not yet taken, in `language`.
    func takeNotices(_ language: Language) -> [String]
    /// The projector panes that run on the session now and report their size, largest first.
    var projectorPanes: [ProjectorPane] { get }
}

/// Why a write did not happen.
public enum WriteError: Error, Equatable, Sendable {
    /// The rules said no: nothing was written.
    case refused(Refusal)
    /// The session could not be read or written: what happened in words, then the file detail.
    case failed(StoreFailure, detail: Localized)
}

extension SessionWriter {
    public var cannotWriteFolder: String? { nil }
    public var projectorPanes: [ProjectorPane] { [] }
}
