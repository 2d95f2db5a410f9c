import LagomCore
import LagomLoop
import LagomStore
import LagomUI

/// The session store as the loop's writer: intents and undos under the store's lock, drafts in
/// `drafts/`, the store's warnings as notices (each once, file names relative to the session).
final class StoreWriter: SessionWriter {
    let store: SessionStore
    /// How many of `store.notices` have been taken.
    private var warningsTaken = 0
    /// Whether this pane wants to know the projectors' sizes (the console); others never look.
    private let watchesProjectors: Bool
    /// The projector panes as last read from the folder (at the start and on every change seen in it).
    private var panes: [ProjectorPane] = []

    init(_ store: SessionStore, watchesProjectors: Bool = false) {
        self.store = store
        self.watchesProjectors = watchesProjectors
        if watchesProjectors { panes = store.projectorPanes() }
    }

    var session: Session { store.session }

    func commit(_ intent: Intent, by actor: Actor) throws(WriteError) -> [Event] {
        do { return try store.commit(by: actor, intent) } catch { throw Self.writeError(error) }
    }

    func undo(by actor: Actor) throws(WriteError) -> [Event] {
        do { return try store.undo(by: actor) } catch { throw Self.writeError(error) }
    }

    func keepDraft(_ draft: NoteDraft?, group: Int) throws(WriteError) -> String? {
        do { try store.keepDraft(draft, group: group) } catch { throw Self.writeError(error) }
        return draft == nil ? nil : store.draftPath(group: group)
    }

    func refresh() throws(WriteError) -> Bool {
        // A projector's size file changes the folder, not the log: read it on every change seen.
        if watchesProjectors { panes = store.projectorPanes() }
        do { return try store.refresh() } catch { throw Self.writeError(error) }
    }

    /// A pane killed since the folder was read is gone at once: only its process tells.
    var projectorPanes: [ProjectorPane] { panes.filter { SessionStore.isRunning($0.pid) } }

    var cannotWriteFolder: String? { store.cannotWrite ? store.folder : nil }

    func takeNotices(_ language: Language) -> [String] {
        let new = store.notices.dropFirst(warningsTaken).map {
            $0.text(language).replacing(store.folder + "/", with: "")
        }
        warningsTaken = store.notices.count
        return new
    }

    static func writeError(_ error: StoreError) -> WriteError {
        if case .refused(let refusal) = error { return .refused(refusal) }
        // Said in the screen's language alone; the detail is the folder.
        if case .readOnly(let folder, _) = error { return .failed(.readOnly, detail: .verbatim(folder)) }
        return .failed(StoreFailure(error), detail: error.words)
    }
}
