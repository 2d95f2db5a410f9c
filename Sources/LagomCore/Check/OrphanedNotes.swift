/// Notes the log keeps but the plan has no place for any more: a list was renamed, a step removed
/// or made a vote, a group dropped. Screens, `lagom note list --step` and the export show notes by
/// the plan's steps and lists, so such notes silently vanish; `lagom check` names them.
public struct OrphanedNote: Equatable, Sendable {
    public enum Reason: Hashable, Sendable {
        case noSuchStep(StepID)
        case collectsNoNotes(StepID)
        case noSuchList(step: StepID, list: String)
        case noSuchGroup(step: StepID, group: Int, groups: Int)
    }

    public var note: NoteID
    /// The 1-based line of the log event that put the note where it is (its adding, or its last move).
    public var line: Int
    public var reason: Reason

    public init(note: NoteID, line: Int, reason: Reason) {
        self.note = note
        self.line = line
        self.reason = reason
    }
}

public enum OrphanedNotes {
    /// Live notes whose place the plan no longer has, in the order the log put them there.
    /// `events` are the log's events with the line each was read from; events of undone transactions
    /// (`isUndone(tx)`) count as never written.
    public static func find(
        plan: Plan, events: [(line: Int, event: Event)], isUndone: (String) -> Bool
    ) -> [OrphanedNote] {
        var placed: [NoteID: (place: NotePlace, line: Int)] = [:]
        var order: [NoteID] = []
        for (line, event) in events where !isUndone(event.tx) {
            switch event.change {
            case .noteAdded(let id, let place, _):
                if placed[id] == nil { order.append(id) }
                placed[id] = (place, line)
            case .noteMoved(let id, let place):
                if placed[id] != nil { placed[id] = (place, line) }
            case .noteDeleted(let id):
                placed[id] = nil
            default:
                break
            }
        }
        let orphans = order.compactMap { id -> OrphanedNote? in
            guard let (place, line) = placed[id], let reason = problem(with: place, in: plan) else { return nil }
            return OrphanedNote(note: id, line: line, reason: reason)
        }
        return orphans.sorted { $0.line < $1.line }
    }

    /// How many live notes of the folded state the plan has no place for: one pass over the notes,
    /// cheap enough for a screen to ask once when it opens.
    public static func count(in session: Session) -> Int {
        session.state.notes.lazy.filter { !$0.deleted && problem(with: $0.place, in: session.plan) != nil }.count
    }

    /// The one line a screen shows when `count(in:)` is not 0.
    public static func screenWarning(_ count: Int) -> Localized {
        Localized(.orphanedNotes, ["count": count])
    }

    /// Why the plan has no place for a note there, or nil when it has.
    public static func problem(with place: NotePlace, in plan: Plan) -> OrphanedNote.Reason? {
        guard let step = plan.step(place.step) else { return .noSuchStep(place.step) }
        guard step.collectsNotes else { return .collectsNoNotes(step.id) }
        guard step.lists.isEmpty ? place.list.isEmpty : step.lists.contains(place.list) else {
            return .noSuchList(step: step.id, list: place.list)
        }
        if let group = place.group {
            let groups = plan.groupCount(of: step)
            if group < 1 || group > groups { return .noSuchGroup(step: step.id, group: group, groups: groups) }
        }
        return nil
    }

    /// One line per note, `file:line: note in list "Riskfaktorer", which step enkat no longer has`;
    /// more than `limit` notes with the same problem become one line that counts them and names their lines.
    public static func messages(_ orphans: [OrphanedNote], file: String, limit: Int = 3) -> [Localized] {
        var reasons: [OrphanedNote.Reason] = []
        var byReason: [OrphanedNote.Reason: [OrphanedNote]] = [:]
        for orphan in orphans {
            if byReason[orphan.reason] == nil { reasons.append(orphan.reason) }
            byReason[orphan.reason, default: []].append(orphan)
        }
        return reasons.flatMap { reason -> [Localized] in
            let notes = byReason[reason] ?? []
            if notes.count <= limit {
                return notes.map {
                    Localized(
                        .storeOrphanLine, ["file": file, "line": String($0.line), "what": describe(reason, count: 1)])
                }
            }
            let lines = notes.map(\.line)
            let shown = lines.prefix(limit).map(String.init).joined(separator: ", ")
            return [
                Localized(
                    .storeOrphanLines,
                    [
                        "file": file, "line": String(lines[0]), "what": describe(reason, count: notes.count),
                        "shown": shown,
                        "last": String(lines[lines.count - 1]),
                    ])
            ]
        }
    }

    static func describe(_ reason: OrphanedNote.Reason, count: Int) -> Localized {
        switch reason {
        case .noSuchStep(let step):
            return Localized(.storeOrphanNoSuchStep, ["count": count, "step": "\(step)"])
        case .collectsNoNotes(let step):
            return Localized(.storeOrphanCollectsNoNotes, ["count": count, "step": "\(step)"])
        case .noSuchList(let step, let list):
            guard !list.isEmpty else {
                return Localized(.storeOrphanWithoutList, ["count": count, "step": "\(step)"])
            }
            return Localized(
                .storeOrphanNoSuchList,
                ["count": count, "step": "\(step)", "list": Sanitiser.sanitiseSingleLine(list)])
        case .noSuchGroup(let step, let group, let groups):
            return Localized(
                .storeOrphanNoSuchGroup, ["count": count, "step": "\(step)", "group": group, "groups": groups])
        }
    }
}
