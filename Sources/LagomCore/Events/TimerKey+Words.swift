extension TimerKey {
    /// The countdown as people say it, in a sentence: `timern för "Lunch"`, `grupp 3:s timer i
    /// "Grupparbete"`. `title` is the step's title, quoted by the caller.
    public func named(step title: String) -> Localized {
        guard let group else { return Localized(.timerOfStep, ["step": title]) }
        return Localized(.timerOfGroup, ["group": group, "step": title])
    }

    /// The countdown by its id, for the command line, whose readers type ids: `timern lunch/2`.
    public var namedById: Localized { Localized(.timerById, ["timer": description]) }
}
