/// The item each group works on: what the facilitator handed it, else the plan's `itemsFrom` — group
/// N gets the N:th item the vote chose to go on.
extension SessionState {
    public func item(ofGroup group: Int, step: Step) -> Note? {
        if let chosen = people.items[step.id]?[group] { return chosen.flatMap(liveNote) }
        guard let vote = step.itemsFrom, let chosen = subjects[vote], group >= 1, group <= chosen.count else {
            return nil
        }
        return liveNote(chosen[group - 1])
    }
}
