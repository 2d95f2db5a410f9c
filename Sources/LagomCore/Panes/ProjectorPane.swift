/// A running projector pane's size, as it reports it in the session folder
/// (`SessionStore.announceProjector`), so the facilitator's console can warn when the room's text is
/// too small to read from the back.
public struct ProjectorPane: Codable, Equatable, Sendable {
    /// The projector's process, so a pane that is gone (closed, killed) is not taken for running.
    public var pid: Int32
    public var width: Int
    public var height: Int

    public init(pid: Int32, width: Int, height: Int) {
        self.pid = pid
        self.width = width
        self.height = height
    }

    /// Text must be about 1/50 of the screen's height to be read from the back of a room; a pane of
    /// more rows than this makes each row smaller than that on the usual projector.
    public static let mostReadableRows = 35

    /// More rows than the back of the room can read.
    public var isTooSmallToRead: Bool { height > Self.mostReadableRows }
}
