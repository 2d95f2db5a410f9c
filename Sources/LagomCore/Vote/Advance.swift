/// What goes on to the next step after a vote with `advance`: how many items a choice must hold,
/// and which items go on as things stand.
extension VoteTally {
    /// How many items a choice of what goes on must hold: the plan's `advance`, or every item
    /// when the vote's lists hold fewer. Nil when the plan sets no number.
    public func neededChoices(in state: SessionState) -> Int? {
        guard let advance = spec.advance else { return nil }
        let items = spec.ranks.reduce(0) { $0 + state.notes(step: $1.step, list: $1.list).count }
        return min(advance, items)
    }

    /// Refuses a choice that does not hold as many items as the plan says go on, and any choice
    /// when the plan says no number (the console's `g` refuses the same).
    public func checkChoice(_ notes: [NoteID], in state: SessionState) throws(Refusal) {
        guard let needed = neededChoices(in: state) else { throw .noAdvance(step.id) }
        guard notes.count != needed else { return }
        throw .wrongChoiceCount(chosen: notes.count, needed: needed)
    }

    /// Which items go on, per list: the choice once made; otherwise the clear top `advance`
    /// and the items tied at the cut, still to be decided.
    public func advancing(in state: SessionState) -> Advancing {
        if let chosen = state.subjects[step.id] { return Advancing(chosen: chosen, top: [], tied: []) }
        guard let advance = spec.advance else { return Advancing(chosen: nil, top: [], tied: []) }
        var top: [NoteID] = []
        var tied: [NoteID] = []
        for list in results(in: state) {
            let cut = Self.cut(list, top: advance)
            top += cut.chosen.map(\.note.id)
            tied += cut.tiedAtCut.map(\.note.id)
        }
        return Advancing(chosen: nil, top: top, tied: tied)
    }
}

public struct Advancing: Equatable, Sendable {
    /// The items chosen to go on (`subjectsChosen`), in order; nil until a choice is made.
    public var chosen: [NoteID]?
    /// Before a choice: the items clearly within the plan's top `advance`.
    public var top: [NoteID]
    /// Before a choice: the items tied at the cut, of which some go on.
    public var tied: [NoteID]
}
