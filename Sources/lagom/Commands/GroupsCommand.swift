import ArgumentParser
import LagomCore
import LagomStore

/// `lagom groups form|show|move|swap|lock|unlock|item SESSION --step STEP …`
struct GroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract:
            TextKey.helpGroups.name,
        subcommands: [Form.self, Show.self, Move.self, Swap.self, Lock.self, Unlock.self, Item.self]
    )

    struct Target: ParsableArguments {
        @Option(help: .key(TextKey.helpStepOrCurrent)) var step: String?
    }

    static func run(_ options: SessionOptions, _ target: Target, _ action: (StepID) -> GroupAction) throws {
        let store = try options.open()
        let id = try store.session.step(named: target.step).id
        try commit(store, by: options.author) { session, _ throws(Refusal) in try action(id).changes(in: session) }
        // A group's item can be handed out before the groups are formed: the write stands, so say
        // so plainly rather than print show's "not formed" error after a success.
        guard let step = store.session.plan.step(id),
            store.session.state.groups(of: step, plan: store.session.plan) != nil
        else {
            say(Localized(.cliGroupsSavedNotFormed, ["step": id.rawValue]))
            return
        }
        show(store.session, id)
    }

    /// One line per group, then its members: `group 1 (6): Norrhamn 2, Storvik 2, …` / `  name<TAB>role`.
    static func show(_ session: Session, _ id: StepID) {
        guard let step = session.plan.step(id) else { return }
        let state = session.state
        let roster = Roster(plan: session.plan, state: state)
        guard let formed = state.groups(of: step, plan: session.plan) else {
            printError(Localized(.cliGroupsNotFormed, ["step": id.rawValue]).text(CommandLanguage.current))
            return
        }
        let field = step.mixBy ?? session.plan.step(step.groupsFrom ?? id)?.mixBy
        let own = state.people.groups[id] != nil
        for (index, members) in formed.groups.enumerated() {
            let number = index + 1
            let locked = formed.locked.contains(number)
            var head = Localized(locked ? .cliGroupLocked : .cliGroup, ["group": number, "count": members.count])
                .text(CommandLanguage.current)
            if let item = state.item(ofGroup: number, step: step) {
                head +=
                    "\t"
                    + Localized(.cliGroupItem, ["item": Sanitiser.sanitiseSingleLine(item.text)]).text(
                        CommandLanguage.current)
            }
            print(head)
            for member in members {
                let role = own ? member.role ?? "-" : "-"
                let value = field.flatMap { roster.person(member.name)?.value(of: $0) } ?? ""
                print(Sanitiser.sanitiseSingleLine("  \(member.name)\t\(role)\t\(value)"))
            }
        }
        if let field {
            let people = formed.groups.map { $0.compactMap { roster.person($0.name) } }
            if let mix = GroupFormation.mix(people, by: field) {
                let range = mix.fewest == mix.most ? "\(mix.fewest)" : "\(mix.fewest)–\(mix.most)"
                say(Localized(.cliGroupsMix, ["field": field, "range": range, "values": mix.values]))
            }
        }
    }

    struct Form: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "form",
            abstract: TextKey.helpGroupsForm.name)
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        @Option(help: .key(TextKey.helpGroupsFormSeed)) var seed: Int?
        func run() throws { try GroupsCommand.run(options, target) { .form(step: $0, seed: seed) } }
    }
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: TextKey.helpGroupsShow.name)
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        func run() throws {
            let store = try options.open(.readOnly)
            GroupsCommand.show(store.session, try store.session.step(named: target.step).id)
        }
    }
    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move", abstract: TextKey.helpGroupsMove.name)
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        @Argument(help: .key(TextKey.helpGroupsMoveName)) var name: String
        @Option(help: .key(TextKey.helpGroupsMoveTo)) var to: Int
        func run() throws { try GroupsCommand.run(options, target) { .move(step: $0, person: name, to: to) } }
    }
    struct Swap: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "swap", abstract: TextKey.helpGroupsSwap.name)
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        @Argument(help: .key(TextKey.helpGroupsSwapFirst)) var first: String
        @Argument(help: .key(TextKey.helpGroupsSwapSecond)) var second: String
        func run() throws { try GroupsCommand.run(options, target) { .swap(step: $0, first, second) } }
    }
    struct Lock: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lock", abstract: TextKey.helpGroupsLock.name)
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        @Option(help: .key(TextKey.helpGroupOption)) var group: Int
        func run() throws { try GroupsCommand.run(options, target) { .lock(step: $0, group: group, locked: true) } }
    }
    struct Unlock: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unlock", abstract: TextKey.helpGroupsUnlock.name)
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        @Option(help: .key(TextKey.helpGroupOption)) var group: Int
        func run() throws { try GroupsCommand.run(options, target) { .lock(step: $0, group: group, locked: false) } }
    }
    struct Item: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "item", abstract: TextKey.helpGroupsItem.name)
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        @Option(help: .key(TextKey.helpGroupOption)) var group: Int
        @Argument(help: .key(TextKey.helpGroupsItemNote)) var note: String
        func run() throws {
            let id: NoteID? = note == "none" ? nil : NoteID(note)
            try GroupsCommand.run(options, target) { .item(step: $0, group: group, note: id) }
        }
    }
}
