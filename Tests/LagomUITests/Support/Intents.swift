import LagomCore
import LagomUI

extension Command {
    /// The changes an intent makes on `session` at `now`, as the store would make them; nil for a
    /// command that is no intent.
    func changes(in session: Session, at now: WallTime, seed: UInt64 = 1) throws(Refusal) -> [Change]? {
        guard case .act(let intent) = self else { return nil }
        var ids: any IDSource = SeededIDSource(seed: seed)
        return try intent.changes(in: session, at: now, utcOffsetSeconds: 0, ids: &ids)
    }
}
