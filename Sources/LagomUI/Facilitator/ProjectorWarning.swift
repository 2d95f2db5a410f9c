import LagomCore

/// The console's line when a projector's pane has more rows than the back of the room can read
/// (`ProjectorPane.mostReadableRows`): the facilitator can make its font larger before the day starts.
enum ProjectorWarning {
    /// The warning for the largest such pane, or nil when every projector's text is large enough.
    static func text(_ context: ScreenContext) -> Localized? {
        guard let pane = context.projectorPanes.first(where: \.isTooSmallToRead) else { return nil }
        return Localized(.projectorTooManyRows, ["rows": pane.height])
    }

    /// While it warns, the console looks again this often, so a projector closed or killed (which
    /// leaves nothing to wake the console) takes its warning with it.
    static let recheckMs: Int64 = 5_000
}
