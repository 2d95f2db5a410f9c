/// What a person meant by a key or a command, as plain data: screens return intents, tests compare
/// them, and the store turns one into events under its lock, from the freshest state, at the time
/// the events will carry (`changes(in:at:utcOffsetSeconds:ids:)`). Undo is not an intent: it takes
/// back a transaction rather than adding one of its own (`SessionStore.undo(by:)`).
public enum Intent: Equatable, Sendable {
    case agenda(AgendaAction)
    case timer(TimerAction, TimerKey)
    case stepTimers(StepTimersAction)
    case notes(NoteAction)
    case board(BoardAction)
    case round(RoundAction)
    case vote(VotingAction)
    case minutes(MinutesAction)
    case attendance(AttendanceAction)
    case groups(GroupAction)

    /// `now`: the time the events will carry; `utcOffsetSeconds` places it on the room's clock.
    public func changes(
        in session: Session, at now: WallTime, utcOffsetSeconds: Int,
        ids: inout any IDSource
    ) throws(Refusal) -> [Change] {
        switch self {
        case .agenda(let action): try action.changes(in: session, at: now, utcOffsetSeconds: utcOffsetSeconds)
        case .timer(let action, let key):
            try action.changes(for: key, in: session, at: now, utcOffsetSeconds: utcOffsetSeconds)
        case .stepTimers(let action): try action.changes(in: session, at: now)
        case .notes(let action): try action.changes(in: session, ids: &ids)
        case .board(let action): try action.changes(in: session, ids: &ids)
        case .round(let action): try action.changes(in: session, at: now)
        case .vote(let action): action.changes
        case .minutes(let action): try action.changes(in: session, ids: &ids)
        case .attendance(let action): try action.changes(in: session)
        case .groups(let action): try action.changes(in: session)
        }
    }
}
