import LagomCore

/// The groups on the stage: the board the room reads before a grouped step starts, and the facts
/// line's group sizes and mix.
extension StageView {
    /// The groups board, on a grouped step whose groups are formed and that has not started yet.
    func groupBoard(_ context: ScreenContext) -> GroupBoard? {
        guard presenting, step.formsGroups, context.state.progress(step.id).status == .pending,
            let formed = context.state.groups(of: step, plan: context.plan)
        else { return nil }
        var shown = formed
        // Kept from an earlier step but not handed out here yet: the roles there are not this step's.
        if context.state.people.groups[step.id] == nil {
            shown.groups = shown.groups.map { $0.map { GroupMember(name: $0.name) } }
        }
        return GroupBoard(step: step, groups: shown)
    }

    /// "7 grupper om 5–6 · alla grupper har 3–4 arbetsplatser" once formed; the plan's numbers before
    /// ("8 grupper om 5–6, blandade mellan arbetsplatserna"), broken after the comma when narrower
    /// than `width`, the mix on a line of its own.
    func groupFacts(_ context: ScreenContext, width: Int) -> [Fact] {
        if let formed = context.state.groups(of: step, plan: context.plan) {
            // Formed: the real sizes, and how well they mix in the plan's words.
            let sizes = formed.groups.map(\.count)
            var facts = [
                Fact(
                    context.text(
                        Strings.groups(formed.groups.count, sizes: sizes.min().map { $0...sizes.max()! }, mixBy: nil)))
            ]
            if let mix = GroupBoard(step: step, groups: formed).mixLine(context) { facts.append(Fact(mix)) }
            return facts
        }
        let count = context.plan.groupCount(of: step)
        guard count > 0 else { return [] }
        let sizes = Self.groupSizes(step, count: count, participants: context.plan.participants.count)
        let whole = context.text(Strings.groups(count, sizes: sizes, mixBy: step.mixBy))
        guard let mixBy = step.mixBy, DisplayWidth.of(whole) > width else { return [Fact(whole)] }
        // The list's comma ends the first line in both languages ("8 groups of 5–6,").
        let head = context.text(Strings.groups(count, sizes: sizes, mixBy: nil)) + ","
        return [Fact(head), Fact(context.text(PeopleStrings.mixedBy(mixBy)), alone: true)]
    }
}
