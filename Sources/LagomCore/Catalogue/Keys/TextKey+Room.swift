// The room's screen as the facilitator sees it from the console.
extension TextKey {
    /// Console, one line above the status: the projector's pane has more rows than the back of the room
    /// can read. {rows}: its rows.
    public static var projectorTooManyRows: TextKey { TextKey() }
}
