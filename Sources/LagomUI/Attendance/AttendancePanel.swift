import LagomCore

/// The facilitator's attendance screen: type a few letters of a name, then one key for the state
/// (`AttendanceKeys`). Fast for forty people: after each mark the search is cleared for the next.
/// Every mark is one transaction, taken back with Ctrl-R (or `u` on the console).
public struct AttendancePanel: Equatable, Sendable {
    /// The letters typed so far.
    public var search = LineEditor()
    /// The chosen row among those found.
    public var cursor = 0
    public var offset = 0
    /// Asking for a time (`late`, `leaves`) for a person.
    public var asking: (kind: AttendanceMarkKind, person: String, editor: LineEditor)?
    public var showingHelp = false
    public var helpOffset = 0
    public var message: StatusMessage?

    public init() {}

    public static func == (a: AttendancePanel, b: AttendancePanel) -> Bool {
        a.search == b.search && a.cursor == b.cursor && a.offset == b.offset && a.asking?.kind == b.asking?.kind
            && a.asking?.person == b.asking?.person && a.asking?.editor == b.asking?.editor
            && a.showingHelp == b.showingHelp && a.helpOffset == b.helpOffset && a.message == b.message
    }

    /// The people the search finds: those with a word of the name starting with it first, then
    /// those with it anywhere in the name; in the plan's order (guests last) within each.
    public func found(_ roster: Roster) -> [Participant] {
        let typed = typedName.lowercased()
        guard !typed.isEmpty else { return roster.everyone }
        let everyone = roster.everyone
        let starting = everyone.filter { person in
            person.name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).contains {
                $0.hasPrefix(typed)
            } || person.name.lowercased().hasPrefix(typed)
        }
        let inside = everyone.filter { !starting.contains($0) && $0.name.lowercased().contains(typed) }
        return starting + inside
    }

    /// The search without spaces around it.
    var typedName: String {
        String(String(search.text.drop { $0.isWhitespace }.reversed()).drop { $0.isWhitespace }.reversed())
    }

    func chosen(_ roster: Roster) -> Participant? {
        let found = found(roster)
        return found.isEmpty ? nil : found[min(cursor, found.count - 1)]
    }

    /// Returns the commands to run, and whether the screen closes.
    public mutating func handle(_ key: Key, _ context: ScreenContext) -> (commands: [Command], close: Bool) {
        let roster = Roster(plan: context.plan, state: context.state)
        if showingHelp {
            let help = HelpOverlay(keyMap: AttendanceKeys.map, language: context.language, offset: helpOffset)
            if let offset = help.scrolled(by: key, in: Rect(x: 0, y: 0, width: context.width, height: context.height)) {
                helpOffset = offset
            } else {
                showingHelp = false
            }
            return ([], false)
        }
        if asking != nil { return (answer(key, context), false) }
        if let typed = Self.searchText(key) {
            search.insert(typed)
            cursor = 0
            message = nil
            return ([], false)
        }
        guard let action = AttendanceKeys.map.action(for: key) else { return ([], false) }
        message = nil
        let found = found(roster)
        switch action {
        case .move(let up):
            cursor = max(0, min(found.count - 1, cursor + (up ? -1 : 1)))
        case .page(let up):
            let page = max(1, context.height - 6)
            cursor = max(0, min(found.count - 1, cursor + (up ? -page : page)))
        case .erase:
            search.backspace()
            cursor = 0
        case .close:
            if search.text.isEmpty { return ([], true) }
            search = LineEditor()
            cursor = 0
        case .help:
            showingHelp = true
            helpOffset = 0
        case .undo:
            return ([.undo], false)
        case .addGuest:
            let name = typedName
            guard found.isEmpty, !name.isEmpty else {
                message = StatusMessage(PeopleStrings.guestOnlyWhenNobodyFound, role: .warning, at: context.now)
                return ([], false)
            }
            search = LineEditor()
            let site = PeopleStrings.guestSite.text(context.plan.language)
            return ([.act(.attendance(.addGuest(name: name, site: site)))], false)
        case .mark(let kind):
            guard let person = chosen(roster) else {
                message = StatusMessage(PeopleStrings.findSomeoneFirst, role: .warning, at: context.now)
                return ([], false)
            }
            switch kind {
            case .present: return mark(person, .present, roster)
            case .absent: return mark(person, .absent(reason: nil), roster)
            case .remote: return mark(person, .remote, roster)
            case .late, .leaves:
                let known =
                    kind == .late
                    ? roster.attendance(of: person.name).arrives : roster.attendance(of: person.name).leaves
                let time = known ?? Self.nextQuarter(context)
                asking = (kind, person.name, LineEditor(TextFormat.clock(time, context.language)))
            }
        }
        return ([], false)
    }

    /// The mark as a command; the search is cleared and the row stays on the person marked.
    private mutating func mark(
        _ person: Participant, _ mark: Attendance.Mark, _ roster: Roster
    ) -> (
        commands: [Command], close: Bool
    ) {
        search = LineEditor()
        cursor = roster.everyone.firstIndex { $0.name == person.name } ?? 0
        return ([.act(.attendance(.mark(person: person.name, mark)))], false)
    }

    /// Keys while a time is asked for: the time's characters, Enter to mark, Esc to leave it.
    private mutating func answer(_ key: Key, _ context: ScreenContext) -> [Command] {
        guard var asked = asking else { return [] }
        switch key {
        case .escape:
            asking = nil
        case .backspace:
            asked.editor.backspace()
            asking = asked
        case .enter:
            guard let time = ClockTime(parsing: asked.editor.text) else {
                message = StatusMessage(PeopleStrings.notATime(asked.editor.text), role: .warning, at: context.now)
                return []
            }
            asking = nil
            let roster = Roster(plan: context.plan, state: context.state)
            guard let person = roster.person(asked.person) else { return [] }
            return mark(person, asked.kind == .late ? .late(time) : .leaves(time), roster).commands
        case .character(let c) where c.isNumber || c == "." || c == ":":
            asked.editor.insert(String(c))
            asking = asked
        default:
            break
        }
        return []
    }

    /// What a key adds to the search: letters, a space, a hyphen or an apostrophe, or pasted text
    /// (digits are the states' keys, `?` is help).
    static func searchText(_ key: Key) -> String? {
        switch key {
        case .character(let c) where c.isLetter || c == " " || c == "-" || c == "'" || c == ".": return String(c)
        case .paste(let text): return text.filter { !$0.isNewline }
        default: return nil
        }
    }

    /// The room's clock rounded up to the next quarter hour: the likeliest time to type over.
    static func nextQuarter(_ context: ScreenContext) -> ClockTime {
        let seconds = context.now.milliseconds / 1000 + Int64(context.utcOffsetSeconds)
        let minutes = Int(((seconds % 86_400) + 86_400) % 86_400 / 60)
        let rounded = min(23 * 60 + 45, (minutes + 14) / 15 * 15)
        return ClockTime(hour: rounded / 60, minute: rounded % 60)
    }
}
