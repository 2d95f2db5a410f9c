import LagomCore

/// The facilitator's side of a vote step: typing counted points (tally mode), one voter after
/// another placing dots (ballot mode), choosing what goes on, and — in present mode — moving
/// the shared ranking the projector follows. Writes go through the store as events.
public struct VoteConsole: Equatable, Sendable {
    /// Which of the vote's lists the console works on.
    public var list = 0
    public var cursor = 0
    /// Points being typed for the item under the cursor.
    public var digits = ""
    /// The ballot of the voter at the laptop; nil between voters.
    public var ballot: BallotDraft?
    public var voterCursor = 0
    /// Items tied at the cut, while the facilitator decides which go on; nil otherwise.
    public var deciding: [NoteID]?
    public var tieCursor = 0
    /// Tied items the facilitator picked to go on.
    public var picked: [NoteID] = []
    /// How many of the tied items go on: the places left under the plan's `advance`.
    public var toPick = 0

    public init() {}

    /// The items the cursor walks, in the order they were written (a ranking would jump as points arrive).
    public static func items(_ spec: VoteSpec, list: Int, _ state: SessionState) -> [Note] {
        guard spec.ranks.indices.contains(list) else { return [] }
        return state.notes(step: spec.ranks[list].step, list: spec.ranks[list].list)
    }

    /// Handles `key` when it means something for the vote; nil lets the console handle it.
    public mutating func handle(_ key: Key, step: Step, presenting: Bool, _ context: ScreenContext,
                                message: inout StatusMessage?) -> [Command]? {
        guard let spec = step.vote else { return nil }
        if presenting {
            guard let action = VoteKeys.present.action(for: key) else { return nil }
            return present(action, step: step, spec: spec, context)
        }
        guard let action = VoteKeys.console.action(for: key) else { return nil }
        // Outside a ballot, Esc and the arrows keep their console meaning.
        if let tied = deciding { return decide(action, tied: tied, step: step, spec: spec, context, message: &message) }
        if ballot == nil, [.cancelBallot, .placeDot, .removeDot].contains(action) { return nil }
        let items = Self.items(spec, list: list, context.state)
        switch action {
        case .up, .down:
            let delta = action == .up ? -1 : 1
            if spec.mode == .ballots && ballot == nil {
                voterCursor = clamp(voterCursor + delta, count: context.plan.participants.count)
            } else {
                cursor = clamp(cursor + delta, count: items.count)
                digits = ""
            }
            return []
        case .digit(let d):
            guard spec.mode == .tally, digits.count < 4 else { return [] }
            digits += String(d)
            return []
        case .erase:
            if !digits.isEmpty { digits.removeLast() }
            return []
        case .enter:
            return enter(step: step, spec: spec, items: items, context, message: &message)
        case .anonymous:
            guard spec.mode == .ballots, ballot == nil else { return [] }
            let number = BallotVoters.nextAnonymous(step: step.id, in: context.state)
            ballot = BallotDraft(voter: BallotVoters.anonymous(number), spec: spec)
            cursor = 0
            return []
        case .placeDot:
            guard var draft = ballot, items.indices.contains(cursor) else { return [] }
            do throws(Refusal) {
                try draft.place(on: items[cursor].id)
                ballot = draft
            } catch {
                message = StatusMessage(Outcome.refused(error.message(context.language) { context.state.note($0)?.text }))
            }
            return []
        case .removeDot:
            guard items.indices.contains(cursor) else { return [] }
            ballot?.remove(from: items[cursor].id)
            return []
        case .cancelBallot:
            ballot = nil
            return []
        case .nextList:
            list = (list + 1) % max(1, spec.ranks.count)
            cursor = 0
            digits = ""
            return []
        case .pick:
            return []
        case .goOn:
            return goOn(step: step, spec: spec, context, message: &message)
        case .pageForward, .pageBack, .revealMode, .revealNext, .revealPrevious:
            return nil
        }
    }

    private mutating func enter(step: Step, spec: VoteSpec, items: [Note], _ context: ScreenContext,
                                message: inout StatusMessage?) -> [Command] {
        switch spec.mode {
        case .tally:
            guard items.indices.contains(cursor), let points = Int(digits) else { return [] }
            let tally = Tally(note: items[cursor].id, points: points)
            digits = ""
            cursor = clamp(cursor + 1, count: items.count)
            return [.write { _, _ throws(Refusal) in [.votesTallied(step: step.id, tallies: [tally])] }]
        case .ballots:
            if let draft = ballot {
                ballot = nil
                let replaced = context.state.ballots[step.id]?[draft.voter] != nil
                message = StatusMessage(VotingStrings.castDone(draft.voter, replaced: replaced), role: .ok)
                return [.write { _, _ throws(Refusal) in [draft.cast(step: step.id)] }]
            }
            let people = context.plan.participants
            guard people.indices.contains(voterCursor) else { return [] }
            let name = people[voterCursor].name
            // A voter coming back changes their earlier ballot.
            ballot = BallotDraft(voter: name, spec: spec, dots: context.state.ballots[step.id]?[name] ?? [])
            cursor = 0
            return []
        }
    }

    /// The plan's top N go on; a tie at the cut waits for the facilitator's picks.
    private mutating func goOn(step: Step, spec: VoteSpec, _ context: ScreenContext, message: inout StatusMessage?) -> [Command] {
        guard let tally = VoteTally(step: step, state: context.state) else { return [] }
        let lists = tally.results(in: context.state)
        guard lists.indices.contains(list) else { return [] }
        let cut = VoteTally.cut(lists[list], top: spec.advance ?? lists[list].items.count)
        let clear = cut.chosen.map(\.note.id)
        guard cut.tiedAtCut.isEmpty || deciding != nil else {
            message = StatusMessage(VotingStrings.tiedAtCut(cut.tiedAtCut.map(\.note.text).joined(separator: ", ")), role: .warning)
            deciding = cut.tiedAtCut.map(\.note.id)
            tieCursor = 0
            picked = []
            toPick = (spec.advance ?? clear.count) - clear.count
            return []
        }
        // The plan says how many go on: a tie is settled by exactly the places left.
        if deciding != nil, picked.count != toPick {
            message = StatusMessage(VotingStrings.pickExactly(toPick, of: deciding?.count ?? 0, picked: picked.count), role: .warning)
            return []
        }
        // The clear places go on, then the tied items the facilitator picked.
        let chosen = clear + picked.filter { !clear.contains($0) }
        deciding = nil
        let count = chosen.count
        message = StatusMessage(VotingStrings.chosen(count), role: .ok)
        picked = []
        return [.write { _, _ throws(Refusal) in [.subjectsChosen(step: step.id, notes: chosen)] }]
    }

    /// Deciding a tie at the cut: walk the tied items, pick with v, save with g, leave with Esc.
    private mutating func decide(_ action: VoteAction, tied: [NoteID], step: Step, spec: VoteSpec, _ context: ScreenContext,
                                 message: inout StatusMessage?) -> [Command]? {
        switch action {
        case .up, .down:
            tieCursor = clamp(tieCursor + (action == .up ? -1 : 1), count: tied.count)
        case .pick, .enter:
            guard tied.indices.contains(tieCursor) else { return [] }
            let id = tied[tieCursor]
            if let i = picked.firstIndex(of: id) { picked.remove(at: i) } else { picked.append(id) }
        case .goOn:
            return goOn(step: step, spec: spec, context, message: &message)
        case .cancelBallot:
            deciding = nil
            picked = []
        default:
            return nil
        }
        return []
    }

    private func present(_ action: VoteAction, step: Step, spec: VoteSpec, _ context: ScreenContext) -> [Command]? {
        var position = context.state.rankingPosition(step.id)
        let content = RankingStage.content(step, context)
        switch action {
        case .nextList:
            position = RankingPosition(list: (position.list + 1) % max(1, spec.ranks.count))
        case .pageForward, .pageBack:
            guard let content else { return [] }
            let pages = RankingView(content: content, position: position).pageCount(in: RankingStage.area(context))
            position.page = min(max(0, position.page + (action == .pageForward ? 1 : -1)), pages - 1)
        case .revealMode:
            position.fromBottom = position.fromBottom == nil ? 0 : nil
        case .revealNext, .revealPrevious:
            let places = content?.list?.places.count ?? 0
            let now = position.fromBottom ?? 0
            position.fromBottom = min(places, max(0, now + (action == .revealNext ? 1 : -1)))
        default:
            return nil
        }
        guard position != context.state.rankingPosition(step.id) else { return [] }
        let shared = position
        return [.write { _, _ throws(Refusal) in [.rankingShown(step: step.id, position: shared)] }]
    }

    private func clamp(_ value: Int, count: Int) -> Int { min(max(0, value), max(0, count - 1)) }
}
