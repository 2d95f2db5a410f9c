import LagomCore

/// A new day's banner: on a plan of several days, the first step of each day says which day
/// begins ("Dag 2 – Verksamhetsplan 2025") until it starts, on the projector and the console.
extension StageView {
    func dayBanner(_ context: ScreenContext) -> String? {
        let plan = context.plan
        guard plan.days.count > 1, plan.days.indices.contains(step.day - 1),
            plan.steps.first(where: { $0.day == step.day })?.id == step.id,
            context.state.progress(step.id).status == .pending
        else { return nil }
        let title = plan.days[step.day - 1].title
        let number = context.text(Strings.day(step.day))
        // Day titles often name their number already ("Dag 2 – …"): it is not said twice.
        return title.lowercased().hasPrefix(number.lowercased()) ? title : number + " – " + title
    }
}
