import LagomCore

extension Session {
    /// A step named on the command line (id or 1-based number), or the current step.
    func step(named reference: String?) throws -> Step {
        if let reference {
            guard let step = plan.resolveStep(reference) else {
                let ids = plan.steps.map(\.id.rawValue).joined(separator: ", ")
                throw CommandFailure(Localized(.cliNoSuchStep, ["step": reference, "steps": ids]))
            }
            return step
        }
        guard let current = state.currentStep, let step = plan.step(current) else {
            throw CommandFailure(Localized(.cliNoCurrentStep))
        }
        return step
    }
}
