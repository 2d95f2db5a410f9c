/// One voter's ballot while they place dots at the laptop. Checks the same rules the reducer
/// does (budget, cap per item), so a refusal shows at once instead of when the ballot is cast.
public struct BallotDraft: Equatable, Sendable {
    public let voter: String
    public let budget: Int
    public let cap: Int?
    /// One entry per dot; a note listed twice carries two stacked dots.
    public private(set) var dots: [NoteID]

    public init(voter: String, spec: VoteSpec, dots: [NoteID] = []) {
        self.voter = voter
        self.budget = spec.votesPerPerson
        self.cap = spec.maxPerItem
        self.dots = dots
    }

    public var remaining: Int { budget - dots.count }

    public func dots(on note: NoteID) -> Int { dots.reduce(0) { $0 + ($1 == note ? 1 : 0) } }

    /// Places one more dot on `note`; refuses when the budget is spent or the item is at its cap.
    public mutating func place(on note: NoteID) throws(Refusal) {
        guard remaining > 0 else { throw .overBudget(voter: voter, used: dots.count + 1, budget: budget) }
        let stacked = dots(on: note) + 1
        if let cap, stacked > cap { throw .overCap(note: note, dots: stacked, cap: cap) }
        dots.append(note)
    }

    /// Takes one dot off `note`; returns false when it had none.
    @discardableResult
    public mutating func remove(from note: NoteID) -> Bool {
        guard let index = dots.lastIndex(of: note) else { return false }
        dots.remove(at: index)
        return true
    }

    /// The event that casts this ballot.
    public func cast(step: StepID) -> Change { .ballotCast(step: step, voter: voter, dots: dots) }
}

/// Who votes next at the laptop: named participants, or numbered anonymous ballots.
public enum BallotVoters {
    /// Anonymous ballots are named "#1", "#2", …: the same in every language, never a person's name.
    public static func anonymous(_ number: Int) -> String { "#\(number)" }

    /// The next free anonymous ballot number for a vote.
    public static func nextAnonymous(step: StepID, in state: SessionState) -> Int {
        let taken = (state.ballots[step] ?? [:]).keys.compactMap { $0.hasPrefix("#") ? Int($0.dropFirst()) : nil }
        return (taken.max() ?? 0) + 1
    }

    /// The name a ballot is cast under when a person types one (the command line): the plan's
    /// spelling of a participant, or an earlier voter's, whatever the case ("alice" is Alice, not a
    /// second voter); `3` or `#3` is anonymous ballot 3. A name that is none of these is refused
    /// when the plan lists its participants: it is most likely a typo that would add a voter.
    public static func resolve(_ typed: String, step: StepID, plan: Plan, state: SessionState) throws(Refusal) -> String
    {
        let name = String(typed.trimmingWhitespace)
        guard !name.isEmpty else { throw .emptyVoter }
        let digits = name.hasPrefix("#") ? name.dropFirst() : Substring(name)
        if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits), number > 0 {
            return anonymous(number)
        }
        let lowered = name.lowercased()
        let people = plan.participants.map(\.name)
        let voters = (state.ballots[step] ?? [:]).keys.sorted()
        if let known = (people + voters).first(where: { $0.lowercased() == lowered }) { return known }
        guard people.isEmpty else {
            throw .unknownVoter(name, suggestion: Suggestion.closest(to: name, among: people))
        }
        return name
    }

    /// How many ballots have been cast in a vote.
    public static func count(step: StepID, in state: SessionState) -> Int { state.ballots[step]?.count ?? 0 }
}
