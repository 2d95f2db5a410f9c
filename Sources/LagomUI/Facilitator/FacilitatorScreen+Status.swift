import LagomCore

/// The console's status line: the current step's own countdown (on a vattentrappa, the speaking
/// group's turn, as the room sees it), then the last message. No ⏱ before it: xterm's fonts
/// (DejaVu Sans Mono) draw it as an empty box.
///
/// A message too long to sit beside the countdown gets a line of its own above it while it
/// lasts, so neither is cut: the end of a message ("… förlängd med 1 min") is its news.
extension FacilitatorScreen {
    func drawStatus(into grid: inout Grid, message messageRow: Rect, status row: Rect, _ context: ScreenContext) {
        var x = row.x
        if let (text, role) = Self.countdown(context) {
            x += grid.put(text, x: x, y: row.y, style: context.theme[role], maxWidth: row.width)
            x += 2
        }
        guard let text = shownMessage(context) else { return }
        let line = messageRow.height > 0 ? messageRow : Rect(x: x, y: row.y, width: max(0, row.maxX - x), height: 1)
        grid.put(
            TextLayout.truncate(text, width: line.width), x: line.x, y: line.y,
            style: context.theme[message?.role ?? .ok],
            maxWidth: line.width)
    }

    /// Whether the message, if any, is too long to sit beside the countdown on the status line.
    func messageNeedsOwnLine(_ context: ScreenContext) -> Bool {
        guard let text = shownMessage(context), let (countdown, _) = Self.countdown(context) else { return false }
        return DisplayWidth.of(countdown) + 2 + DisplayWidth.of(text) > context.width
    }

    private func shownMessage(_ context: ScreenContext) -> String? {
        guard let message, message.isShown(at: context.now) else { return nil }
        return message.text.text(context.language)
    }

    /// The status line's countdown and its colour, if the current step has one.
    private static func countdown(_ context: ScreenContext) -> (String, Role)? {
        guard let step = context.currentStep else { return nil }
        if step.kind == .vattentrappa, let (turn, reading) = TimerReading.turn(of: step, in: context) {
            let name = context.text(Strings.groupName(turn.group))
            return (name + (reading.map { " " + $0.line(context.language) } ?? ""), reading?.urgency.role ?? .accent)
        }
        guard let own = TimerReading.room(of: step, in: context) else { return nil }
        return (own.line(context.language), own.urgency.role)
    }
}
