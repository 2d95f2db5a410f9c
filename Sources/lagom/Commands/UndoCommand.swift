import ArgumentParser
import LagomCore
import LagomStore
import LagomUI

/// `lagom undo`: takes back the author's newest transaction not yet undone, and says what it was.
struct Undo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: TextKey.helpUndo.name)
    @OptionGroup var options: SessionOptions

    func run() throws {
        // The state before the transaction to take back is kept as the log is read: the undo refolds from it.
        // It reads few of the checkpoint's notes (those its events change, one the message names).
        let actor = options.author
        let store = try options.open(preparedToUndo: .newest(of: actor), checkpointNotes: .whenRead)
        let undone: [Event]
        do { undone = try store.undo(by: actor) } catch { throw CommandFailure(error) }
        // Said as a screen says it (notes by their text, steps by their title), with the transaction's id
        // for scripts.
        guard let first = undone.first else { return }
        let what = ScreenMessages.undone(undone, plan: store.session.plan, state: store.session.state)
        say(Localized(.cliUndone, ["what": what, "tx": first.tx]))
    }
}
