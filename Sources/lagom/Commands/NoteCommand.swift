import ArgumentParser
import FoundationEssentials
import Glibc
import LagomCore
import LagomStore

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: TextKey.helpNote.name,
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
            commandName: "add", abstract: TextKey.helpNoteAdd.name)
        @OptionGroup var options: SessionOptions
        @Option(help: .key(TextKey.helpNoteAddStep)) var step: String
        @Option(help: .key(TextKey.helpNoteAddList)) var list: String?
        @Option(help: .key(TextKey.helpNoteAddGroup)) var group: Int?
        @Option(help: .key(TextKey.helpNoteAddParent)) var parent: String?
        @Argument(
            help: .key(TextKey.helpNoteAddText))
        var text: String

        func run() throws {
            // Adding a note reads no other note (unless it names a parent): the checkpoint's stay bytes.
            let store = try options.open(checkpointNotes: .whenRead)
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
        static let configuration = CommandConfiguration(commandName: "edit", abstract: TextKey.helpNoteEdit.name)
        @OptionGroup var options: SessionOptions
        @Argument(help: .key(TextKey.helpNoteIdArgument)) var id: String
        @Argument(help: .key(TextKey.helpNoteEditText)) var text: String
        func run() throws {
            let store = try options.open()
            try commit(store, by: options.author) { _, _ throws(Refusal) in [.noteEdited(note: NoteID(id), text: text)]
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete", abstract: TextKey.helpNoteDelete.name)
        @OptionGroup var options: SessionOptions
        @Argument(help: .key(TextKey.helpNoteIdArgument)) var id: String
        func run() throws {
            let store = try options.open()
            try commit(store, by: options.author) { _, _ throws(Refusal) in [.noteDeleted(note: NoteID(id))] }
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move", abstract: TextKey.helpNoteMove.name)
        @OptionGroup var options: SessionOptions
        @Argument(help: .key(TextKey.helpNoteIdArgument)) var id: String
        @Option(help: .key(TextKey.helpNoteMoveStep)) var step: String?
        @Option(help: .key(TextKey.helpNoteMoveList)) var list: String?
        @Option(help: .key(TextKey.helpNoteMoveGroup)) var group: Int?
        @Option(help: .key(TextKey.helpNoteMoveParent)) var parent: String?
        @Flag(help: .key(TextKey.helpNoteMoveNoParent)) var noParent = false

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
            commandName: "list", abstract: TextKey.helpNoteList.name)
        @OptionGroup var options: SessionOptions
        @Option(help: .key(TextKey.helpNoteListStep)) var step: String?
        @Option(help: .key(TextKey.helpNoteListList)) var list: String?
        @Option(help: .key(TextKey.helpNoteListGroup)) var group: Int?
        @Flag(help: .key(TextKey.helpJSONFlag)) var json = false

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
