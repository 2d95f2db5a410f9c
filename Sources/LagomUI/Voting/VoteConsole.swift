import LagomCore

/// The facilitator's side of a vote step: typing counted points (tally mode), one voter after
/// another placing dots (ballot mode), choosing what goes on, and — in present mode — moving
/// the shared ranking the projector follows. Writes go through the store as events.
///
/// A console belongs to one vote step: on another step it starts afresh (first list, first item,
/// no open ballot), so nothing chosen at one vote carries over to the next.
public struct VoteConsole: Equatable, Sendable {
    /// The vote step this console works on; nil before its first key.
    public var step: StepID?
    /// Which of the vote's lists the console works on.
    public var list = 0
    public var cursor = 0
    /// Points being typed for the item under the cursor.
    public var digits = ""
    public var voterCursor = 0
    /// What the console is doing between keys: one thing at a time, so an open ballot, a search
    /// for a name and a tie being decided cannot overlap.
    public var activity = Activity.choosing

    /// What the console is in the middle of.
    public enum Activity: Equatable, Sendable {
        /// Walking the items (tally) or the voters (ballots).
        case choosing
        /// Typing part of a voter's name to find them.
        case finding(String)
        /// The ballot of the voter at the laptop. `confirmingEmpty`: Enter was pressed once on it
        /// while it had no dots; the next Enter casts it empty.
        case ballot(BallotDraft, confirmingEmpty: Bool)
        /// Items tied at the cut, while the facilitator decides which go on.
        case tie(TieChoice)
    }

    /// A tie at the cut being settled.
    public struct TieChoice: Equatable, Sendable {
        public var tied: [NoteID]
        public var cursor = 0
        /// Tied items the facilitator picked to go on.
        public var picked: [NoteID] = []
        /// How many of the tied items go on: the places left under the plan's `advance`.
        public var toPick: Int
    }

    public init(step: StepID? = nil) {
        self.step = step
    }

    /// The open ballot, if any.
    public var ballot: BallotDraft? {
        if case .ballot(let draft, _) = activity { draft } else { nil }
    }

    /// The part of a name typed so far, while finding a voter.
    public var finding: String? {
        if case .finding(let text) = activity { text } else { nil }
    }

    /// The tie being decided, if any.
    public var tie: TieChoice? {
        if case .tie(let tie) = activity { tie } else { nil }
    }

    /// This console if it belongs to `step`, else a fresh one for it; the list clamped to the vote's.
    public func on(_ step: Step) -> VoteConsole {
        var console = self.step == step.id ? self : VoteConsole(step: step.id)
        console.list = min(max(0, console.list), max(0, (step.vote?.ranks.count ?? 1) - 1))
        return console
    }

    /// The items the cursor walks, in the order they were written (a ranking would jump as points arrive).
    public static func items(_ spec: VoteSpec, list: Int, _ state: SessionState) -> [Note] {
        guard spec.ranks.indices.contains(list) else { return [] }
        return state.votableNotes(spec.ranks[list])
    }

    /// What the console is doing now, which decides its keys.
    public func mode(_ spec: VoteSpec, presenting: Bool) -> VoteConsoleMode {
        if presenting { return .present }
        switch (activity, spec.mode) {
        case (.tie, _): return .tie
        case (_, .tally): return .tally
        case (.ballot, .ballots): return .ballot
        case (.finding, .ballots): return .finding
        case (.choosing, .ballots): return .voters
        }
    }

    /// The keys the console takes now; the others keep their console meaning.
    public func keyMap(_ spec: VoteSpec, presenting: Bool) -> KeyMap<VoteAction> {
        VoteKeys.map(mode(spec, presenting: presenting), lists: spec.ranks.count)
    }

    /// Whether the console takes `key` now (for the help overlay: keys it takes are no console key).
    public func takes(_ key: Key, _ spec: VoteSpec, presenting: Bool) -> Bool {
        keyMap(spec, presenting: presenting).action(for: key) != nil
            || VoteKeys.takesUnlisted(key, in: mode(spec, presenting: presenting))
    }

    /// Handles `key` when it means something for the vote; nil lets the console handle it.
    public mutating func handle(
        _ key: Key, step: Step, presenting: Bool, _ context: ScreenContext,
        message: inout StatusMessage?
    ) -> [Command]? {
        guard let spec = step.vote else { return nil }
        self = on(step)
        let mode = mode(spec, presenting: presenting)
        guard let action = VoteKeys.map(mode, lists: spec.ranks.count).action(for: key) else {
            if mode == .finding, case .character(let c) = key {
                find((finding ?? "") + String(c), from: voterCursor, context)
                return []
            }
            return nil
        }
        if presenting { return present(action, step: step, spec: spec, context) }
        if let tie { return decide(action, tie, step: step, spec: spec, context, message: &message) }
        if action != .enter, case .ballot(let draft, confirmingEmpty: true) = activity {
            activity = .ballot(draft, confirmingEmpty: false)
            message = nil  // the question about the empty ballot no longer stands
        }
        if mode == .finding { return find(action, step: step, spec: spec, context, message: &message) }
        let items = Self.items(spec, list: list, context.state)
        cursor = clamp(cursor, count: items.count)
        switch action {
        case .up, .down:
            let delta = action == .up ? -1 : 1
            if mode == .voters {
                voterCursor = clamp(voterCursor + delta, count: context.plan.participants.count)
            } else {
                cursor = clamp(cursor + delta, count: items.count)
                digits = ""
            }
            return []
        case .digit:
            guard case .character(let c) = key, digits.count < 4 else { return [] }
            digits.append(c)
            return []
        case .erase:
            if !digits.isEmpty { digits.removeLast() }
            return []
        case .enter:
            return enter(step: step, spec: spec, items: items, context, message: &message)
        case .anonymous:
            guard !nothingToVoteOn(spec, context, message: &message) else { return [] }
            let number = BallotVoters.nextAnonymous(step: step.id, in: context.state)
            activity = .ballot(BallotDraft(voter: BallotVoters.anonymous(number), spec: spec), confirmingEmpty: false)
            cursor = 0
            return []
        case .placeDot:
            guard var draft = ballot, items.indices.contains(cursor) else { return [] }
            do throws(Refusal) {
                try draft.place(on: items[cursor].id)
                activity = .ballot(draft, confirmingEmpty: false)
            } catch {
                message = StatusMessage(
                    Outcome.refused(
                        ScreenMessages.refusal(
                            error, plan: context.plan, state: context.state,
                            language: context.language)))
            }
            return []
        case .removeDot:
            guard var draft = ballot, items.indices.contains(cursor) else { return [] }
            draft.remove(from: items[cursor].id)
            activity = .ballot(draft, confirmingEmpty: false)
            return []
        case .cancelBallot:
            activity = .choosing
            return []
        case .nextList:
            list = (list + 1) % max(1, spec.ranks.count)
            cursor = 0
            digits = ""
            // The room follows: the projector shows the list the console works on.
            guard context.state.rankingPosition(step.id).list != list else { return [] }
            return [.vote(.showRanking(step: step.id, RankingPosition(list: list)))]
        case .find:
            activity = .finding("")
            return []
        case .pick, .stopFinding:
            return []
        case .goOn:
            return goOn(step: step, spec: spec, context, message: &message)
        case .pageForward, .pageBack, .revealMode, .revealNext, .revealPrevious:
            return nil
        }
    }

    /// Refuses a ballot when none of the vote's lists has an item to put a dot on.
    private func nothingToVoteOn(_ spec: VoteSpec, _ context: ScreenContext, message: inout StatusMessage?) -> Bool {
        guard spec.ranks.indices.allSatisfy({ Self.items(spec, list: $0, context.state).isEmpty }) else { return false }
        let names = spec.ranks.map { Self.listName($0, context) }.joined(separator: ", ")
        message = StatusMessage(VotingStrings.nothingToVoteOn(names), role: .warning)
        return true
    }

    /// A list's name as people know it: its own name, or the title of its step when it has none.
    static func listName(_ ref: ListRef, _ context: ScreenContext) -> String {
        ref.list.isEmpty ? (context.plan.step(ref.step)?.title ?? ref.step.rawValue) : ref.list
    }

    /// Finding a voter: the typed text moves the name cursor to the first name containing it.
    private mutating func find(
        _ action: VoteAction, step: Step, spec: VoteSpec, _ context: ScreenContext,
        message: inout StatusMessage?
    ) -> [Command] {
        let text = finding ?? ""
        switch action {
        case .erase:
            find(String(text.dropLast()), from: voterCursor, context)
        case .up, .down:
            let people = context.plan.participants
            let step = action == .down ? 1 : -1
            if let next = Self.match(text, in: people.map(\.name), from: voterCursor + step, step: step) {
                voterCursor = next
            }
        case .stopFinding:
            activity = .choosing
        case .enter:
            activity = .choosing
            return enter(
                step: step, spec: spec, items: Self.items(spec, list: list, context.state), context, message: &message)
        default:
            break
        }
        return []
    }

    private mutating func find(_ text: String, from start: Int, _ context: ScreenContext) {
        activity = .finding(text)
        if let index = Self.match(text, in: context.plan.participants.map(\.name), from: start, step: 1) {
            voterCursor = index
        }
    }

    /// The first name from `start` on (wrapping, in `step`'s direction) that contains `text`, ignoring case.
    static func match(_ text: String, in names: [String], from start: Int, step: Int) -> Int? {
        guard !names.isEmpty else { return nil }
        let wanted = text.lowercased()
        for offset in 0..<names.count {
            let i = ((start + offset * step) % names.count + names.count) % names.count
            if wanted.isEmpty || names[i].lowercased().contains(wanted) { return i }
        }
        return nil
    }

    private mutating func enter(
        step: Step, spec: VoteSpec, items: [Note], _ context: ScreenContext,
        message: inout StatusMessage?
    ) -> [Command] {
        switch spec.mode {
        case .tally:
            guard items.indices.contains(cursor), let points = Int(digits) else { return [] }
            let tally = Tally(note: items[cursor].id, points: points)
            digits = ""
            cursor = clamp(cursor + 1, count: items.count)
            return [.vote(.tally(step: step.id, [tally]))]
        case .ballots:
            if case .ballot(let draft, let confirmingEmpty) = activity {
                let name = VotingStrings.voterName(draft.voter).text(context.language)
                // An empty ballot is cast only when Enter is pressed a second time.
                if draft.dots.isEmpty && !confirmingEmpty {
                    activity = .ballot(draft, confirmingEmpty: true)
                    message = StatusMessage(VotingStrings.confirmEmpty(name), role: .warning)
                    return []
                }
                activity = .choosing
                let replaced = context.state.ballots[step.id]?[draft.voter] != nil
                message = StatusMessage(VotingStrings.castDone(draft.voter, replaced: replaced), role: .ok)
                voterCursor = nextVoter(after: draft.voter, step: step, context)
                return [.vote(.cast(step: step.id, draft))]
            }
            let people = context.plan.participants
            guard people.indices.contains(voterCursor), !nothingToVoteOn(spec, context, message: &message) else {
                return []
            }
            let name = people[voterCursor].name
            // A voter coming back changes their earlier ballot.
            activity = .ballot(
                BallotDraft(voter: name, spec: spec, dots: context.state.ballots[step.id]?[name] ?? []),
                confirmingEmpty: false)
            cursor = 0
            return []
        }
    }

    /// After a ballot is cast: the next participant (in the plan's order, wrapping) who has
    /// not voted, so 44 people can come to the laptop one after another; else where it was.
    private func nextVoter(after voter: String, step: Step, _ context: ScreenContext) -> Int {
        let people = context.plan.participants.map(\.name)
        let voted = Set((context.state.ballots[step.id] ?? [:]).keys).union([voter])
        let from = people.firstIndex(of: voter) ?? voterCursor
        for offset in 1...max(1, people.count) {
            let i = (from + offset) % max(1, people.count)
            if people.indices.contains(i), !voted.contains(people[i]) { return i }
        }
        return voterCursor
    }

    /// The plan's top N go on; a tie at the cut waits for the facilitator's picks.
    private mutating func goOn(
        step: Step, spec: VoteSpec, _ context: ScreenContext, message: inout StatusMessage?
    ) -> [Command] {
        guard let tally = VoteTally(step: step, state: context.state) else { return [] }
        let lists = tally.results(in: context.state)
        guard lists.indices.contains(list) else { return [] }
        // Nothing to advance: the plan names no number to go on, or nothing has been scored yet.
        // Refused with the reason, so what an earlier `g` chose is not replaced by nothing.
        guard let advance = spec.advance else {
            message = StatusMessage(VotingStrings.noAdvance, role: .warning)
            return []
        }
        guard lists[list].items.contains(where: { $0.points != nil }) else {
            message = StatusMessage(
                VotingStrings.noResultsYet(Self.listName(lists[list].source, context)), role: .warning)
            return []
        }
        let cut = VoteTally.cut(lists[list], top: advance)
        let clear = cut.chosen.map(\.note.id)
        guard cut.tiedAtCut.isEmpty || tie != nil else {
            message = StatusMessage(
                VotingStrings.tiedAtCut(cut.tiedAtCut.map(\.note.text).joined(separator: ", ")), role: .warning)
            activity = .tie(TieChoice(tied: cut.tiedAtCut.map(\.note.id), toPick: advance - clear.count))
            return []
        }
        // The plan says how many go on: a tie is settled by exactly the places left.
        if let tie, tie.picked.count != tie.toPick {
            message = StatusMessage(
                VotingStrings.pickExactly(tie.toPick, of: tie.tied.count, picked: tie.picked.count), role: .warning)
            return []
        }
        // The clear places go on, then the tied items the facilitator picked.
        let chosen = clear + (tie?.picked ?? []).filter { !clear.contains($0) }
        activity = .choosing
        message = StatusMessage(VotingStrings.chosen(chosen.count), role: .ok)
        return [.vote(.choose(step: step.id, notes: chosen))]
    }

    /// Deciding a tie at the cut: walk the tied items, pick with v, save with g, leave with Esc.
    private mutating func decide(
        _ action: VoteAction, _ tie: TieChoice, step: Step, spec: VoteSpec, _ context: ScreenContext,
        message: inout StatusMessage?
    ) -> [Command]? {
        var tie = tie
        switch action {
        case .up, .down:
            tie.cursor = clamp(tie.cursor + (action == .up ? -1 : 1), count: tie.tied.count)
            activity = .tie(tie)
        case .pick, .enter:
            guard tie.tied.indices.contains(tie.cursor) else { return [] }
            let id = tie.tied[tie.cursor]
            if let i = tie.picked.firstIndex(of: id) { tie.picked.remove(at: i) } else { tie.picked.append(id) }
            activity = .tie(tie)
        case .goOn:
            return goOn(step: step, spec: spec, context, message: &message)
        case .cancelBallot:
            activity = .choosing
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
            guard content != nil else { return [] }
            let pages = RankingStage.pageCount(step, context: context)
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
        return [.vote(.showRanking(step: step.id, position))]
    }

    private func clamp(_ value: Int, count: Int) -> Int { min(max(0, value), max(0, count - 1)) }
}
