import ArgumentParser
import FoundationEssentials
import Glibc
import LagomCore
import LagomStore

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add, edit, delete, move and list notes.",
        subcommands: [Add.self, Edit.self, Delete.self, Move.self, List.self]
    )

    static func liveNote(_ id: String, in session: Session) throws -> Note {
        guard let note = session.state.liveNote(NoteID(id)) else {
            throw CommandFailure(Localized(.cliNoSuchNote, ["note": id]))
        }
        return note
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a note; prints its id alone.")
        @OptionGroup var options: SessionOptions
        @Option(help: "The step that collects the note (id or number).") var step: String
        @Option(help: "Which of the step's named lists (default: its first).") var list: String?
        @Option(help: "The group that wrote it.") var group: Int?
        @Option(help: "The note it belongs under (a demand for a resource).") var parent: String?
        @Argument(
            help: "The note's text (text that starts with - goes after --: note add S --step 3 -- \"- Tid för rast\").")
        var text: String

        func run() throws {
            let store = try options.open()
            let step = try store.session.step(named: step)
            let place = NotePlace(
                step: step.id, list: list ?? step.defaultList, group: group, parent: parent.map { NoteID($0) })
            let events = try commit(store, by: options.author) { session, ids throws(Refusal) in
                [.noteAdded(note: session.freshNoteID(&ids), place: place, text: text)]
            }
            if case .noteAdded(let id, _, _) = events.first?.change { print(id) }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Replace a note's text.")
        @OptionGroup var options: SessionOptions
        @Argument(help: "The note's id.") var id: String
        @Argument(help: "The new text.") var text: String
        func run() throws {
            let store = try options.open()
            try commit(store, by: options.author) { _, _ throws(Refusal) in [.noteEdited(note: NoteID(id), text: text)]
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete", abstract: "Delete a note (undo brings it back).")
        @OptionGroup var options: SessionOptions
        @Argument(help: "The note's id.") var id: String
        func run() throws {
            let store = try options.open()
            try commit(store, by: options.author) { _, _ throws(Refusal) in [.noteDeleted(note: NoteID(id))] }
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move", abstract: "Move a note to another list, group, step or parent.")
        @OptionGroup var options: SessionOptions
        @Argument(help: "The note's id.") var id: String
        @Option(help: "Another step (id or number).") var step: String?
        @Option(help: "Another list.") var list: String?
        @Option(help: "Another group.") var group: Int?
        @Option(help: "Another parent note.") var parent: String?
        @Flag(help: "Take the note out from under its parent.") var noParent = false

        func run() throws {
            let store = try options.open()
            // After opening, so it is said in the session's language; nothing is written before it.
            if parent != nil && noParent { throw usageMistake(Localized(.cliParentAndNoParent)) }
            if step == nil && list == nil && group == nil && parent == nil && !noParent {
                throw usageMistake(Localized(.cliMoveWhereTo))
            }
            let note = try NoteCommand.liveNote(id, in: store.session)
            var place = note.place
            if let step {
                let target = try store.session.step(named: step)
                place.step = target.id
                if list == nil { place.list = target.defaultList }
            }
            if let list { place.list = list }
            if let group { place.group = group }
            if let parent { place.parent = NoteID(parent) }
            if noParent { place.parent = nil }
            let destination = place
            try commit(store, by: options.author) { _, _ throws(Refusal) in
                [.noteMoved(note: note.id, place: destination)]
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List notes, by step, list and group.")
        @OptionGroup var options: SessionOptions
        @Option(help: "Only this step (id or number).") var step: String?
        @Option(help: "Only this list.") var list: String?
        @Option(help: "Only this group.") var group: Int?
        @Flag(help: "Print JSON (raw text, for programs).") var json = false

        func run() throws {
            let store = try options.open(.readOnly)
            let session = store.session
            let stepID = try step.map { try session.step(named: $0).id }
            let notes = session.state.notes.filter {
                !$0.deleted && (stepID == nil || $0.place.step == stepID)
                    && (list == nil || $0.place.list == list) && (group == nil || $0.place.group == group)
            }
            if json {
                print(try JSONOutput.string(notes.map { ExportDocument.NoteEntry($0, board: session.state.board) }))
                return
            }
            for note in notes {
                let group = note.place.group.map { "g\($0)" } ?? "-"
                let parent = note.place.parent.map { "↳\($0) " } ?? ""
                let list = note.place.list.isEmpty ? "-" : Sanitiser.sanitiseSingleLine(note.place.list)
                print(
                    "\(note.id)\t\(note.place.step)\t\(list)\t\(group)\t\(parent)\(Sanitiser.sanitiseSingleLine(note.text))"
                )
            }
        }
    }
}

/// JSON on stdout: raw text for programs, with what could drive a terminal escaped.
enum JSONOutput {
    static func string<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Sanitiser.escapingForTerminal(json: String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
