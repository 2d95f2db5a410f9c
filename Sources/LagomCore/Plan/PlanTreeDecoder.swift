/// Builds a `Plan` from a positioned JSON tree. Unlike `JSONDecoder` it keeps going
/// after a mistake, so every wrong type, missing field and unknown key is reported
/// with the exact place it was written.
struct PlanTreeDecoder {
    let read: TreeReader

    init(file: String) { read = TreeReader(file: file) }

    var errors: [PlanError] { read.errors }

    /// The plan, or nil when any field was wrong (the errors say which).
    func plan(_ root: JSONNode) -> Plan? {
        guard let fields = read.object(root, .root, known: Plan.knownKeys) else { return nil }
        let title = read.required(fields, "title", read.string)
        let language: Language? = read.required(fields, "language") {
            read.word($0, $1, noun: Localized(.planNounLanguage))
        }
        let days = read.required(fields, "days") { read.array($0, $1, of: Localized(.planNounDays), day) }
        let participants = read.required(fields, "participants") {
            read.array($0, $1, of: Localized(.planNounParticipants), participant)
        }
        let steps = read.required(fields, "steps") { read.array($0, $1, of: Localized(.planNounSteps), step) }
        let date = read.optional(fields, "date", read.string)
        let place = read.optional(fields, "place", read.string)
        let chair = read.optional(fields, "chair", read.string)
        let minuteTaker = read.optional(fields, "minuteTaker", read.string)
        guard let title, let language, let days, let participants, let steps, read.errors.isEmpty else { return nil }
        return Plan(
            title: title, language: language, days: days, participants: participants, steps: steps,
            date: date, place: place, chair: chair, minuteTaker: minuteTaker)
    }

    func day(_ node: JSONNode, _ path: JSONPath) -> Day? {
        guard let fields = read.object(node, path, known: ["title", "date"]) else { return nil }
        let title = read.required(fields, "title", read.string)
        let date = read.optional(fields, "date", read.string)
        guard let title else { return nil }
        return Day(title: title, date: date)
    }

    func participant(_ node: JSONNode, _ path: JSONPath) -> Participant? {
        guard let fields = read.object(node, path) else { return nil }
        let name = read.required(fields, "name", read.string)
        let site = read.required(fields, "site", read.string)
        let notes = read.optional(fields, "notes", read.string)
        // Any other key is a field of the person groups can be mixed by: it must be text.
        var extra: [String: String] = [:]
        for member in fields.object.members where !Participant.ownKeys.contains(member.key) {
            if let value = read.string(member.value, path.appending(member.key)) { extra[member.key] = value }
        }
        let attendance = participantAttendance(fields)
        guard let name, let site else { return nil }
        return Participant(name: name, site: site, notes: notes, fields: extra, attendance: attendance)
    }

    /// `"attendance": "absent", "reason": "kurs"`, `"arrives": "09.40"`, `"leaves": "11.00"`; nil when none is given.
    private func participantAttendance(_ fields: Fields) -> Attendance? {
        let status: Attendance.Status? = read.optional(fields, "attendance") {
            read.word($0, $1, noun: Localized(.planNounAttendance))
        }
        let reason = read.optional(fields, "reason", read.string)
        let arrives = read.optional(fields, "arrives", read.clockTime)
        let leaves = read.optional(fields, "leaves", read.clockTime)
        guard status != nil || reason != nil || arrives != nil || leaves != nil else { return nil }
        return Attendance(
            status: status ?? (arrives != nil ? .late : reason != nil ? .absent : .present),
            reason: reason, arrives: arrives, leaves: leaves)
    }

    func step(_ node: JSONNode, _ path: JSONPath) -> Step? {
        guard let fields = read.object(node, path) else { return nil }
        let kind: StepKind? = read.required(fields, "kind") { read.word($0, $1, noun: Localized(.planNounStepKind)) }
        checkStepKeys(fields, kind: kind)
        let id = read.required(fields, "id", read.string)
        let title = read.required(fields, "title", read.string)
        guard let kind, let id, let title else {
            // Still read the rest, so its mistakes are reported in the same pass.
            _ = stepDetails(fields, id: StepID(""), kind: .info, title: "")
            return nil
        }
        return stepDetails(fields, id: StepID(id), kind: kind, title: title)
    }

    private func stepDetails(_ f: Fields, id: StepID, kind: StepKind, title: String) -> Step {
        Step(
            id: id, kind: kind, title: title,
            day: read.optional(f, "day", read.int) ?? 1,
            start: read.optional(f, "start", read.clockTime),
            minutes: read.optional(f, "minutes", read.int),
            owners: read.optional(f, "owners", read.strings) ?? [],
            lists: read.optional(f, "lists", read.strings) ?? [],
            noteLimit: read.optional(f, "noteLimit", read.int),
            returnAt: read.optional(f, "returnAt", read.clockTime),
            timer: read.optional(f, "timer", timer),
            bullets: read.optional(f, "bullets", read.strings) ?? [],
            quote: read.optional(f, "quote", quote),
            question: read.optional(f, "question", read.string),
            secondsPerPerson: read.optional(f, "secondsPerPerson", read.int),
            prompts: read.optional(f, "prompts", read.strings) ?? [],
            groupSize: read.optional(f, "groupSize", groupSize),
            groups: read.optional(f, "groups", read.int),
            mixBy: read.optional(f, "mixBy", read.string),
            roles: read.optional(f, "roles") { read.array($0, $1, of: Localized(.planNounRoles), role) } ?? [],
            questions: read.optional(f, "questions", read.strings) ?? [],
            minutesPerTurn: read.optional(f, "minutesPerTurn", read.int),
            autoAdvance: read.optional(f, "autoAdvance", read.bool) ?? false,
            vote: read.optional(f, "vote", vote),
            parentList: read.optional(f, "parentList", listRef),
            agenda: AgendaItem(
                number: read.optional(f, "number", read.string),
                purpose: read.optional(f, "purpose", read.string),
                material: read.optional(f, "material", read.strings) ?? [],
                preparation: read.optional(f, "preparation", read.string)),
            roundBy: read.optional(f, "roundBy", read.string),
            headings: read.optional(f, "headings", read.strings) ?? [],
            groupsFrom: read.optional(f, "groupsFrom", read.string).map(StepID.init),
            pinnedRoles: read.optional(f, "pinnedRoles", stringMap) ?? [:],
            itemsFrom: read.optional(f, "itemsFrom", read.string).map(StepID.init),
            roundOrder: read.optional(f, "roundOrder") { read.word($0, $1, noun: Localized(.planNounRoundOrder)) }
        )
    }

    /// Unknown keys, and keys that belong to another kind of step.
    private func checkStepKeys(_ fields: Fields, kind: StepKind?) {
        let known = StepFields.all
        for member in fields.object.members {
            let quotedKey = JSONValue.quoted(member.key, limit: 40)
            if !known.contains(member.key) {
                let preferred = kind.map { StepFields.common + StepFields.specific(to: $0) } ?? known
                let hint =
                    Suggestion.closest(to: member.key, among: preferred)
                    ?? Suggestion.closest(to: member.key, among: known)
                let names = preferred.joined(separator: ", ")
                let valid =
                    kind.map { Localized(.planKindFields, ["step": PlanValidator.aStep($0), "fields": names]) }
                    ?? Localized(.planStepFields, ["fields": names])
                read.report(
                    fields.path, at: member.keyPosition,
                    FieldHint.unknownField(member.key, suggestion: hint, valid: valid))
            } else if let kind, !StepFields.allowed(for: kind).contains(member.key) {
                let readers = StepFields.kinds(reading: member.key).map(\.rawValue).joined(separator: ", ")
                read.report(
                    fields.path, at: member.keyPosition,
                    Localized(.planFieldNotForKind, ["key": quotedKey, "kind": kind.rawValue, "kinds": readers]))
            }
        }
    }

    /// An object of text values: `{"Karin Järvholm": "Redovisare"}`.
    func stringMap(_ node: JSONNode, _ path: JSONPath) -> [String: String]? {
        guard let fields = read.object(node, path) else { return nil }
        var map: [String: String] = [:]
        for member in fields.object.members {
            if let value = read.string(member.value, path.appending(member.key)) { map[member.key] = value }
        }
        return map
    }

    func quote(_ node: JSONNode, _ path: JSONPath) -> Quote? {
        guard let fields = read.object(node, path, known: ["text", "author"]) else { return nil }
        let text = read.required(fields, "text", read.string)
        let author = read.required(fields, "author", read.string)
        guard let text, let author else { return nil }
        return Quote(text: text, author: author)
    }

    func groupSize(_ node: JSONNode, _ path: JSONPath) -> GroupSize? {
        guard let fields = read.object(node, path, known: ["min", "max"]) else { return nil }
        let min = read.required(fields, "min", read.int)
        let max = read.required(fields, "max", read.int)
        guard let min, let max else { return nil }
        return GroupSize(min: min, max: max)
    }

    func role(_ node: JSONNode, _ path: JSONPath) -> GroupRole? {
        guard let fields = read.object(node, path, known: ["name", "task"]) else { return nil }
        let name = read.required(fields, "name", read.string)
        let task = read.required(fields, "task", read.string)
        guard let name, let task else { return nil }
        return GroupRole(name: name, task: task)
    }

    func listRef(_ node: JSONNode, _ path: JSONPath) -> ListRef? {
        guard let fields = read.object(node, path, known: ["step", "list"]) else { return nil }
        let step = read.required(fields, "step", read.string)
        let list = read.optional(fields, "list", read.string)
        guard let step else { return nil }
        return ListRef(step: StepID(step), list: list ?? "")
    }

    func vote(_ node: JSONNode, _ path: JSONPath) -> VoteSpec? {
        let known = VoteSpec.CodingKeys.allCases.map(\.rawValue)
        guard let fields = read.object(node, path, known: known) else { return nil }
        let ranks = read.required(fields, "ranks") { read.array($0, $1, of: Localized(.planNounRanks), listRef) }
        let votesPerPerson = read.required(fields, "votesPerPerson", read.int)
        let maxPerItem = read.optional(fields, "maxPerItem", read.int)
        let mode: VoteMode? = read.required(fields, "mode") { read.word($0, $1, noun: Localized(.planNounVoteMode)) }
        let hidden = read.optional(fields, "hidden", read.bool) ?? false
        let advance = read.optional(fields, "advance", read.int)
        guard let ranks, let votesPerPerson, let mode else { return nil }
        return VoteSpec(
            ranks: ranks, votesPerPerson: votesPerPerson, maxPerItem: maxPerItem,
            mode: mode, hidden: hidden, advance: advance)
    }

    func timer(_ node: JSONNode, _ path: JSONPath) -> TimerSpec? {
        let known = TimerSpec.CodingKeys.allCases.map(\.rawValue)
        guard let fields = read.object(node, path, known: known) else { return nil }
        let standard = TimerSpec.standard
        return TimerSpec(
            warnPercent: read.optional(fields, "warnPercent", read.int) ?? standard.warnPercent,
            warnMinutes: read.optional(fields, "warnMinutes", read.int) ?? standard.warnMinutes,
            criticalMinutes: read.optional(fields, "criticalMinutes", read.int) ?? standard.criticalMinutes,
            stop: read.optional(fields, "stop") { read.word($0, $1, noun: Localized(.planNounStopMode)) }
                ?? standard.stop)
    }
}
