import LagomCore
import LagomLoop
import LagomUI

/// Every screen test that needs the store's answer goes through the one loop (`ScreenLoop`) over an
/// in-memory session, as the program goes through it over the session's files.
enum Drive {
    /// Sends `keys` to `screen` as the runner does (each key, then a frame), writing as `actor` into
    /// `session`; returns every outcome with the command that caused it. `failure`: every write fails so.
    @discardableResult
    static func keys<S: Screen>(
        _ keys: [Key], _ screen: inout S, session: inout Session, as actor: Actor, at now: WallTime,
        width: Int = 80, height: Int = 24, language: Language = .sv, seed: UInt64 = 1,
        failure: WriteError? = nil
    ) -> [(command: Command?, outcome: Outcome)] {
        let writer = MemoryWriter(session: session, clock: ManualClock(now), ids: SeededIDSource(seed: seed))
        writer.failure = failure
        let loop = ScreenLoop(
            screen: screen, writer: writer, actor: actor, clock: writer.clock, width: width, height: height,
            language: language, theme: .monochrome, utcOffsetSeconds: 0)
        for key in keys {
            loop.receive(.key(key))
            _ = loop.frame()
        }
        screen = loop.screen
        session = writer.session
        return loop.outcomes
    }
}
