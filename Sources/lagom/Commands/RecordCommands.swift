import ArgumentParser
import LagomCore
import LagomStore

/// `lagom decision …` and `lagom action …`: the meeting's record from the command line, the same
/// records the minute-taker's pane writes.
struct DecisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decision", abstract: TextKey.helpDecision.name,
        subcommands: [
            Add.self, RecordEdit<DecisionKind>.self, RecordDelete<DecisionKind>.self, RecordList<DecisionKind>.self,
        ])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: TextKey.helpDecisionAdd.name)
        @OptionGroup var options: SessionOptions
        @Option(help: .key(TextKey.helpDecisionAddStep))
        var step: String?
        @Argument(help: .key(TextKey.helpDecisionAddText)) var text: String

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
        commandName: "action", abstract: TextKey.helpAction.name,
        subcommands: [
            Add.self, RecordEdit<ActionKind>.self, RecordDelete<ActionKind>.self, RecordList<ActionKind>.self,
            Done.self,
        ])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: TextKey.helpActionAdd.name)
        @OptionGroup var options: SessionOptions
        @Option(help: .key(TextKey.helpActionAddStep))
        var step: String?
        @Option(help: .key(TextKey.helpActionAddOwner)) var owner: String
        @Option(help: .key(TextKey.helpActionAddDue)) var due: String?
        @Argument(help: .key(TextKey.helpActionAddText)) var text: String

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
            commandName: "done", abstract: TextKey.helpActionDone.name)
        @OptionGroup var options: SessionOptions
        @Argument(help: .key(TextKey.helpActionDoneId)) var id: String
        @Flag(help: .key(TextKey.helpActionDoneOpen)) var open = false
        func run() throws {
            let store = try options.open()
            try RecordCommands.commit(.markDone(RecordID(id), done: !open), store: store, by: options.author)
        }
    }
}

/// `lagom minute …`: the minute-taker's notes, a status round's tied to a speaker and a heading.
struct MinuteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minute", abstract: TextKey.helpMinute.name,
        subcommands: [Add.self, RecordEdit<NoteKind>.self, RecordDelete<NoteKind>.self, RecordList<NoteKind>.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: TextKey.helpMinuteAdd.name)
        @OptionGroup var options: SessionOptions
        @Option(help: .key(TextKey.helpMinuteAddStep)) var step: String?
        @Option(help: .key(TextKey.helpMinuteAddSpeaker)) var speaker: String?
        @Option(help: .key(TextKey.helpMinuteAddHeading)) var heading: String?
        @Argument(help: .key(TextKey.helpMinuteAddText)) var text: String

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

protocol RecordKindChoice {
    static var kind: RecordKind { get }
    /// The help of the kind's edit, delete and list commands.
    static var help: (edit: TextKey, delete: TextKey, list: TextKey) { get }
}
enum NoteKind: RecordKindChoice {
    static let kind = RecordKind.note
    static let help = (edit: TextKey.helpMinuteEdit, delete: TextKey.helpMinuteDelete, list: TextKey.helpMinuteList)
}
enum DecisionKind: RecordKindChoice {
    static let kind = RecordKind.decision
    static let help = (
        edit: TextKey.helpDecisionEdit, delete: TextKey.helpDecisionDelete, list: TextKey.helpDecisionList
    )
}
enum ActionKind: RecordKindChoice {
    static let kind = RecordKind.action
    static let help = (edit: TextKey.helpActionEdit, delete: TextKey.helpActionDelete, list: TextKey.helpActionList)
}

struct RecordEdit<Kind: RecordKindChoice>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "edit", abstract: Kind.help.edit.name)
    }
    @OptionGroup var options: SessionOptions
    @Argument(help: .key(TextKey.helpIdArgument)) var id: String
    @Option(help: .key(TextKey.helpRecordEditOwner)) var owner: String?
    @Option(help: .key(TextKey.helpRecordEditDue)) var due: String?
    @Argument(help: .key(TextKey.helpRecordEditText)) var text: String?

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
        CommandConfiguration(commandName: "delete", abstract: Kind.help.delete.name)
    }
    @OptionGroup var options: SessionOptions
    @Argument(help: .key(TextKey.helpIdArgument)) var id: String
    func run() throws {
        let store = try options.open()
        let record = try RecordCommands.record(id, kind: Kind.kind, in: store.session)
        try RecordCommands.commit(.delete(record.id), store: store, by: options.author)
    }
}

struct RecordList<Kind: RecordKindChoice>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list", abstract: Kind.help.list.name)
    }
    @OptionGroup var options: SessionOptions
    @Option(help: .key(TextKey.helpRecordListStep)) var step: String?
    @Flag(help: .key(TextKey.helpJSONFlag)) var json = false

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
