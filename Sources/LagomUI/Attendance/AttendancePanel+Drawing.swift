import LagomCore

extension AttendancePanel {
    /// ┌ Närvaro · 38 här · 3 borta · 2 distans · 1 sen ┐, the search line, one row per person
    /// (name, site, state and what is known), the message line and the keys.
    public func draw(into grid: inout Grid, in rect: Rect, context: ScreenContext) {
        let theme = context.theme
        guard !rect.isEmpty else { return }
        let roster = Roster(plan: context.plan, state: context.state)
        let parts = rect.splitRows([.fixed(1), .fill, .fixed(1), .fixed(1)])
        let searchLabel = context.text(PeopleStrings.find) + ": "
        let labelWidth = grid.put(
            searchLabel, x: parts[0].x, y: parts[0].y, style: theme[.accent], maxWidth: parts[0].width)
        LineEditorView(search).draw(
            into: &grid, x: parts[0].x + labelWidth, y: parts[0].y, width: parts[0].width - labelWidth, theme: theme)

        let title = context.text(PeopleStrings.attendance) + " · " + Self.summary(roster, context)
        let inner = Box(title: title).draw(into: &grid, in: parts[1], theme: theme)
        let found = found(roster)
        if found.isEmpty {
            let name = typedName
            TextBlock(context.text(PeopleStrings.nobodyFound(name)), role: .dim).draw(
                into: &grid, in: inner, theme: theme)
        } else {
            let items = found.map { person in
                ListItem(
                    Self.row(person, roster, context), role: roster.attendance(of: person.name).isHere ? .normal : .dim)
            }
            ListView(items: items, selection: min(cursor, found.count - 1), offset: offset).draw(
                into: &grid, in: inner, theme: theme)
        }

        if let asking {
            let label = context.text(PeopleStrings.asksTime(asking.kind == .late, asking.person)) + ": "
            let width = grid.put(label, x: parts[2].x, y: parts[2].y, style: theme[.accent], maxWidth: parts[2].width)
            LineEditorView(asking.editor).draw(
                into: &grid, x: parts[2].x + width, y: parts[2].y, width: parts[2].width - width, theme: theme)
        } else if let message, message.isShown(at: context.now) {
            grid.put(
                message.text.text(context.language), x: parts[2].x, y: parts[2].y, style: theme[message.role],
                maxWidth: parts[2].width)
        }
        AttendanceKeys.map.drawKeys(
            into: &grid, footer: parts[3], showingHelp: showingHelp, helpOffset: helpOffset, context)
    }

    /// "Klara Norrby · Norrhamn · borta (sjuk)", "Nils Ek · Storvik · sen, kommer 09.40 · gäst".
    static func row(_ person: Participant, _ roster: Roster, _ context: ScreenContext) -> String {
        let attendance = roster.attendance(of: person.name)
        var state = context.text(PeopleStrings.status(attendance.status))
        if let reason = attendance.reason, !reason.isEmpty { state += " (" + reason + ")" }
        if let arrives = attendance.arrives { state += ", " + context.text(PeopleStrings.arrives(arrives)) }
        if let leaves = attendance.leaves { state += ", " + context.text(PeopleStrings.leaves(leaves)) }
        var parts = [person.name, person.site, state]
        if roster.isGuest(person.name) { parts.append(context.text(PeopleStrings.guest)) }
        return parts.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// "38 här · 3 borta · 2 distans · 1 sen": only the states someone is in.
    static func summary(_ roster: Roster, _ context: ScreenContext) -> String {
        let counts = roster.counts()
        return Attendance.Status.allCases.compactMap { status in
            counts[status].map { "\($0) " + context.text(PeopleStrings.status(status)) }
        }.joined(separator: " · ")
    }
}
