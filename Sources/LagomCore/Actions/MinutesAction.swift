/// What the minute-taker (or `lagom decision|action`) asks of the meeting's record.
public enum MinutesAction: Equatable, Sendable {
    case add(RecordEntry)
    case edit(RecordID, RecordEntry)
    case delete(RecordID)
    case markDone(RecordID, done: Bool)
    /// The facilitator shows the current item's record on the projector, or takes it off.
    case show(Bool)

    public func changes(in session: Session, ids: inout any IDSource) throws(Refusal) -> [Change] {
        switch self {
        case .add(let entry):
            var id = RecordID(ids.next(length: 5))
            while session.state.minutes.record(id) != nil { id = RecordID(ids.next(length: 5)) }
            return [.recordAdded(record: id, entry: entry)]
        case .edit(let id, let entry): return [.recordEdited(record: id, entry: entry)]
        case .delete(let id): return [.recordDeleted(record: id)]
        case .markDone(let id, let done): return [.actionMarkedDone(record: id, done: done)]
        case .show(let visible): return [.minutesShown(visible: visible)]
        }
    }
}

/// An owner as typed: the participant it names (any case, or the start of one name alone), in the
/// plan's spelling; otherwise the text itself (someone outside the meeting, "IT support").
public enum OwnerName {
    public static func resolve(_ typed: String, participants: [Participant]) -> String {
        let text = String(typed.trimmingWhitespace)
        let lowered = text.lowercased()
        if let exact = participants.first(where: { $0.name.lowercased() == lowered }) { return exact.name }
        let starts = participants.filter { $0.name.lowercased().hasPrefix(lowered) }
        if !lowered.isEmpty, starts.count == 1 { return starts[0].name }
        return text
    }

    /// Names that `typed` could complete to, for the pane's Tab.
    public static func completions(_ typed: String, participants: [Participant]) -> [String] {
        let lowered = typed.lowercased()
        guard !lowered.isEmpty else { return [] }
        return participants.map(\.name).filter { name in
            name.lowercased().hasPrefix(lowered)
                || name.lowercased().split(separator: " ").contains { $0.hasPrefix(lowered) }
        }
    }
}
