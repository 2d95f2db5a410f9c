import LagomCore

/// The groups of a step as the room reads them from the back: each group's number, its item, its
/// members with their roles, in columns. When they do not all fit, the board turns its pages by
/// itself (every `pageSeconds`), so nobody has to press a key for the room.
public struct GroupBoard {
    public static let pageSeconds: Int64 = 12

    public var step: Step
    public var groups: StepGroups

    public init(step: Step, groups: StepGroups) {
        self.step = step
        self.groups = groups
    }

    /// One group as lines: its heading, its item, then "Name – Role".
    func block(_ number: Int, _ context: ScreenContext) -> [(text: String, role: Role)] {
        let roster = Roster(plan: context.plan, state: context.state)
        var lines: [(String, Role)] = [(context.text(Strings.groupName(number)), .title)]
        if let item = context.state.item(ofGroup: number, step: step) {
            lines.append((context.text(PeopleStrings.item(item.text)), .accent))
        }
        for member in groups.groups[number - 1] {
            var extra = [member.role].compactMap { $0 }
            if roster.attendance(of: member.name).status == .remote { extra.append(context.text(PeopleStrings.remote)) }
            lines.append(
                (
                    extra.isEmpty ? member.name : member.name + " – " + extra.joined(separator: ", "),
                    member.role == nil ? .normal : .normal
                ))
        }
        return lines
    }

    /// Groups per page and the page shown now.
    public func layout(in area: Rect, _ context: ScreenContext) -> (columns: Int, width: Int, perPage: Int, pages: Int)
    {
        let blocks = groups.groups.indices.map { block($0 + 1, context) }
        let widest = blocks.flatMap { $0.map { DisplayWidth.of($0.text) } }.max() ?? 10
        let width = min(area.width, max(14, widest))
        let columns = max(1, (area.width + 3) / (width + 3))
        let tallest = (blocks.map(\.count).max() ?? 1) + 1
        let rows = max(1, area.height / tallest)
        let perPage = columns * rows
        let pages = max(1, (blocks.count + perPage - 1) / perPage)
        return (columns, width, perPage, pages)
    }

    public func page(at now: WallTime, pages: Int) -> Int {
        pages <= 1 ? 0 : Int((now.milliseconds / 1000 / Self.pageSeconds) % Int64(pages))
    }

    /// When the page turns next (nil: one page).
    public func nextChange(in area: Rect, _ context: ScreenContext) -> Int64? {
        guard layout(in: area, context).pages > 1 else { return nil }
        let period = Self.pageSeconds * 1000
        return (context.now.milliseconds / period + 1) * period
    }

    public func draw(into grid: inout Grid, in area: Rect, context: ScreenContext) {
        guard !area.isEmpty, !groups.groups.isEmpty else { return }
        let theme = context.theme
        let body = area.inset(bottom: 1)
        let shape = layout(in: body, context)
        let page = page(at: context.now, pages: shape.pages)
        let tallest = (groups.groups.indices.map { block($0 + 1, context).count }.max() ?? 1) + 1
        let first = page * shape.perPage
        for number in (first + 1)...min(groups.groups.count, first + shape.perPage) {
            let slot = number - 1 - first
            let x = body.x + (slot % shape.columns) * (shape.width + 3)
            let y = body.y + (slot / shape.columns) * tallest
            for (row, line) in block(number, context).enumerated() where y + row < body.maxY {
                grid.put(
                    TextLayout.truncate(line.text, width: shape.width), x: x, y: y + row, style: theme[line.role],
                    maxWidth: shape.width)
            }
        }
        var footer: [String] = []
        if shape.pages > 1 { footer.append(context.text(PeopleStrings.page(page + 1, of: shape.pages))) }
        if let mix = mixLine(context) { footer.append(mix) }
        if !footer.isEmpty {
            grid.put(
                TextLayout.truncate(footer.joined(separator: " · "), width: area.width), x: area.x, y: area.maxY - 1,
                style: theme[.dim], maxWidth: area.width)
        }
    }

    /// "alla grupper har 3–4 arbetsplatser", in the words of the plan's field.
    public func mixLine(_ context: ScreenContext) -> String? {
        guard let field = step.mixBy ?? step.groupsFrom.flatMap(context.plan.step)?.mixBy else { return nil }
        let roster = Roster(plan: context.plan, state: context.state)
        let people = groups.groups.map { $0.compactMap { roster.person($0.name) } }
        guard let mix = GroupFormation.mix(people, by: field) else { return nil }
        return context.text(PeopleStrings.mixQuality(mix.fewest, mix.most, field: field))
    }
}
