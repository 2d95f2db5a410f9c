import LagomCore

extension Session {
    /// A step named on the command line (id or 1-based number), or the current step.
    func step(named reference: String?) throws -> Step {
        if let reference {
            guard let step = plan.resolveStep(reference) else {
                let ids = plan.steps.map(\.id.rawValue).joined(separator: ", ")
                throw CommandFailure("no step \"\(reference)\" in the plan (steps: \(ids))")
            }
            return step
        }
        guard let current = state.currentStep, let step = plan.step(current) else {
            throw CommandFailure("no step is current yet: name one with --step, or run `lagom step start`")
        }
        return step
    }
}
