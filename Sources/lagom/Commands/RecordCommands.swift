import ArgumentParser
import LagomCore
import LagomStore

/// `lagom decision …` and `lagom action …`: the meeting's record from the command line, the same
/// records the minute-taker's pane writes.
struct DecisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decision", abstract: "Add, edit, delete and list the meeting's decisions.",
        subcommands: [
            Add.self, RecordEdit<DecisionKind>.self, RecordDelete<DecisionKind>.self, RecordList<DecisionKind>.self,
        ])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Record a decision; prints its id alone.")
        @OptionGroup var options: SessionOptions
        @Option(help: "The item it was taken on (id, agenda number like 4b, or position; default: the current step).")
        var step: String?
        @Argument(help: "What was decided.") var text: String

        func run() throws {
            let store = try options.open()
            let step = try store.session.step(named: step)
            try RecordCommands.add(
                RecordEntry(kind: .decision, step: step.id, text: text), store: store, by: options.author)
        }
    }
}

struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action", abstract: "Add, edit, delete, list and close the meeting's actions (owner, due date).",
        subcommands: [
            Add.self, RecordEdit<ActionKind>.self, RecordDelete<ActionKind>.self, RecordList<ActionKind>.self,
            Done.self,
        ])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Record an action; prints its id alone.")
        @OptionGroup var options: SessionOptions
        @Option(help: "The item it came from (id, agenda number like 4b, or position; default: the current step).")
        var step: String?
        @Option(help: "Who does it: a participant (any case, or the start of one name) or free text.") var owner: String
        @Option(help: "By when, YYYY-MM-DD.") var due: String?
        @Argument(help: "What is to be done.") var text: String

        func run() throws {
            let store = try options.open()
            let session = store.session
            let step = try session.step(named: step)
            let who = OwnerName.resolve(owner, participants: session.plan.participants)
            try RecordCommands.add(
                RecordEntry(kind: .action, step: step.id, text: text, owner: who, due: due),
                store: store, by: options.author)
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "done", abstract: "Mark an action done (--open: open again).")
        @OptionGroup var options: SessionOptions
        @Argument(help: "The action's id.") var id: String
        @Flag(help: "Open it again.") var open = false
        func run() throws {
            let store = try options.open()
            try RecordCommands.commit(.markDone(RecordID(id), done: !open), store: store, by: options.author)
        }
    }
}

/// `lagom minute …`: the minute-taker's notes, a status round's tied to a speaker and a heading.
struct MinuteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minute", abstract: "Add, edit, delete and list the minute-taker's notes on an item.",
        subcommands: [Add.self, RecordEdit<NoteKind>.self, RecordDelete<NoteKind>.self, RecordList<NoteKind>.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Write a note in the minutes; prints its id alone.")
        @OptionGroup var options: SessionOptions
        @Option(help: "The item (id, agenda number like 4b, or position; default: the current step).") var step: String?
        @Option(help: "In a status round: who spoke (a participant, any case, or the start of a name).") var speaker:
            String?
        @Option(help: "In a status round: which of its headings.") var heading: String?
        @Argument(help: "The note.") var text: String

        func run() throws {
            let store = try options.open()
            let session = store.session
            let step = try session.step(named: step)
            let who = speaker.map { OwnerName.resolve($0, participants: session.plan.participants) }
            try RecordCommands.add(
                RecordEntry(kind: .note, step: step.id, text: text, speaker: who, heading: heading),
                store: store, by: options.author)
        }
    }
}

protocol RecordKindChoice { static var kind: RecordKind { get } }
enum NoteKind: RecordKindChoice { static let kind = RecordKind.note }
enum DecisionKind: RecordKindChoice { static let kind = RecordKind.decision }
enum ActionKind: RecordKindChoice { static let kind = RecordKind.action }

struct RecordEdit<Kind: RecordKindChoice>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "edit", abstract: "Change the \(Kind.kind.rawValue)'s text, owner or due date.")
    }
    @OptionGroup var options: SessionOptions
    @Argument(help: "Its id.") var id: String
    @Option(help: "A new owner (actions).") var owner: String?
    @Option(help: "A new due date, YYYY-MM-DD (actions); an empty text removes it.") var due: String?
    @Argument(help: "The new text (left out: the text stays).") var text: String?

    func run() throws {
        let store = try options.open()
        // After opening, so it is said in the session's language; nothing is written before it.
        if text == nil && owner == nil && due == nil { throw usageMistake(Localized(.cliRecordWhatChanges)) }
        if Kind.kind == .decision && (owner != nil || due != nil) {
            throw usageMistake(Localized(.cliDecisionNoOwner))
        }
        let record = try RecordCommands.record(id, kind: Kind.kind, in: store.session)
        var entry = record.entry
        if let text { entry.text = text }
        if let owner { entry.owner = OwnerName.resolve(owner, participants: store.session.plan.participants) }
        if let due { entry.due = due.isEmpty ? nil : due }
        try RecordCommands.commit(.edit(record.id, entry), store: store, by: options.author)
    }
}

struct RecordDelete<Kind: RecordKindChoice>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "delete", abstract: "Delete a \(Kind.kind.rawValue) (undo brings it back).")
    }
    @OptionGroup var options: SessionOptions
    @Argument(help: "Its id.") var id: String
    func run() throws {
        let store = try options.open()
        let record = try RecordCommands.record(id, kind: Kind.kind, in: store.session)
        try RecordCommands.commit(.delete(record.id), store: store, by: options.author)
    }
}

struct RecordList<Kind: RecordKindChoice>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list", abstract: "List the \(Kind.kind.rawValue)s, tab-separated (--json for programs).")
    }
    @OptionGroup var options: SessionOptions
    @Option(help: "Only this step.") var step: String?
    @Flag(help: "Print JSON (raw text, for programs).") var json = false

    func run() throws {
        let store = try options.open(.readOnly)
        let session = store.session
        let stepID = try step.map { try session.step(named: $0).id }
        let records = session.state.minutes.records(step: stepID, kind: Kind.kind)
        if json {
            print(try JSONOutput.string(records.map { ExportDocument.RecordEntryOut($0) }))
            return
        }
        for record in records {
            let entry = record.entry
            var columns = [record.id.rawValue, entry.step.rawValue]
            if Kind.kind == .action {
                columns += [
                    Sanitiser.sanitiseSingleLine(entry.owner ?? "-"), entry.due ?? "-",
                    Localized(record.done ? .cliActionDone : .cliActionOpen).text(CommandLanguage.current),
                ]
            }
            columns.append(Sanitiser.sanitiseSingleLine(entry.text))
            print(columns.joined(separator: "\t"))
        }
    }
}

enum RecordCommands {
    static func add(_ entry: RecordEntry, store: SessionStore, by actor: Actor) throws {
        let events = try commit(.add(entry), store: store, by: actor)
        if case .recordAdded(let id, _) = events.first?.change { print(id) }
    }

    @discardableResult
    static func commit(_ action: MinutesAction, store: SessionStore, by actor: Actor) throws -> [Event] {
        do { return try store.commit(by: actor, .minutes(action)) } catch { throw CommandFailure(error) }
    }

    /// "a decision", "en åtgärd": a record's kind with its article.
    static func kindWithArticle(_ kind: RecordKind) -> Localized {
        switch kind {
        case .note: Localized(.cliRecordANote)
        case .decision: Localized(.cliRecordADecision)
        case .action: Localized(.cliRecordAnAction)
        }
    }

    static func record(_ id: String, kind: RecordKind, in session: Session) throws -> MinuteRecord {
        guard let record = session.state.minutes.record(RecordID(id)) else {
            switch kind {
            case .note: throw CommandFailure(Localized(.cliNoSuchMinuteNote, ["id": id]))
            case .decision: throw CommandFailure(Localized(.cliNoSuchDecision, ["id": id]))
            case .action: throw CommandFailure(Localized(.cliNoSuchAction, ["id": id]))
            }
        }
        guard record.entry.kind == kind else {
            throw CommandFailure(
                Localized(
                    .cliRecordOfOtherKind,
                    ["id": id, "kind": kindWithArticle(record.entry.kind), "expected": kindWithArticle(kind)]))
        }
        return record
    }
}
