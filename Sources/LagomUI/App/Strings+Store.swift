import LagomCore

/// The store failures people meet (a full disk, a folder they cannot write to, a log changed
/// behind Lagom's back), said in the screen's language; the runner adds the file detail after it.
public enum StoreFailure: Hashable, Sendable {
    case diskFull, readOnly, logChanged, other
}

extension Strings {
    /// The projector's bottom row once it cannot follow the session any more.
    public static func projectorLostTrack(_ why: Localized) -> Localized {
        Localized(.projectorLostTrack, ["why": why])
    }

    public static func storeFailure(_ failure: StoreFailure) -> Localized {
        switch failure {
        case .diskFull:
            Localized(.storeDiskFull)
        case .readOnly:
            Localized(.storeReadOnly)
        case .logChanged:
            Localized(.storeLogChanged)
        case .other:
            Localized(.storeOther)
        }
    }
}
