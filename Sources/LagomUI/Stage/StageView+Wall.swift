import LagomCore

/// The projector's live wall in the stage: the notes of the step in full, under their list or
/// demand (`LiveWall`), with the rows above given up to it once notes are in.
extension StageView {
    /// Whether the room's content (the notes, the group or person speaking) needs the rows the
    /// big title and clock would take: they then shrink to a line unless the pane is tall.
    func sharesTheScreen(_ context: ScreenContext, in rect: Rect) -> Bool {
        guard presenting else { return false }
        switch step.kind {
        case .groupwork, .brainwriting: return wallNeedsTheRoom(context, in: rect)
        case .vattentrappa:
            return TimerReading.turn(of: step, in: context) != nil || wallNeedsTheRoom(context, in: rect)
        case .checkin: return context.state.people.rounds[step.id]?.current != nil
        case .info, .vote, .break: return false
        }
    }

    /// Rows for big type above shared content: a `share` of a tall pane (40 rows or more), none
    /// on a smaller one (the text line says the same in one row).
    func compactBigRows(_ rect: Rect, share: Int) -> Int {
        rect.height >= 40 ? rect.height / share : 0
    }

    /// A wall that would not fit in half the pane: the big title and clock then give way to it.
    func wallNeedsTheRoom(_ context: ScreenContext, in rect: Rect) -> Bool {
        guard showsLiveWall(context) else { return false }
        let wall = liveWall(context, shown: context.session.shownNoteIndices(step))
        return wall.needsPages(width: rect.width, height: max(1, rect.height / 2))
    }

    /// Notes the room may see, and no themes made of them yet.
    func showsLiveWall(_ context: ScreenContext) -> Bool {
        let state = context.state
        return !state.notesHiddenFromRoom(step) && !state.showsThemeSummary(step.id)
            && !context.session.shownNoteIndices(step).isEmpty
    }

    /// The wall in the rest of the flow, under `heading`; too little room is counted, not hidden.
    func drawLiveWall(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext, heading: String?, shown: [Int])
    {
        flow.gap()
        guard flow.remaining.height >= (heading == nil ? 2 : 3) else {
            flow.omit(shown.count)
            return
        }
        if let heading { flow.paragraph(heading, role: .title, into: &grid, theme: context.theme) }
        let wall = liveWall(context, shown: shown)
        let rect = flow.remaining
        wall.draw(into: &grid, in: rect, at: context.now, theme: context.theme)
        flow.placedWall = Flow.PlacedWall(wall: wall, rect: rect)
        flow.used(rect.height)
    }

    /// The shown notes in sections: under their demand when they hang under one (resources
    /// under the chosen demands), else under their list when the step has several, else one.
    /// Sections follow the demands' and the lists' order; notes the order they came in.
    func liveWall(_ context: ScreenContext, shown: [Int]) -> LiveWall {
        let source = LiveWall.Source(revision: context.session.revision, step: step.id, language: context.language)
        return Self.walls.value(source) {
            let grown = grownWall(context, shown: shown)
            var wall = grown ?? makeLiveWall(context, shown: shown)
            if wall.wraps == nil { wall.wraps = LiveWall.Wraps() }
            wall.source = source
            // A grown wall has no note under a demand, as the one it grew from.
            keepToGrow(wall, context, shown: shown, plain: grown != nil ? true : nil)
            return wall
        }
    }

    /// The wall of a step in a revision of the session: made once, however many times a frame asks.
    private static let walls = Memo<LiveWall.Source, LiveWall>(most: 8)

    func makeLiveWall(_ context: ScreenContext, shown: [Int]) -> LiveWall {
        let state = context.state
        let merges = state.board.mergeCounts
        // A wall is read, not searched: past `LiveWall.most` notes the oldest are counted instead,
        // which also keeps a frame of 10,000 notes cheap.
        let kept = shown.suffix(LiveWall.most)
        let notes = kept.map { state.notes[$0] }
        let byParent = notes.contains { $0.place.parent != nil }
        var order: [String] = []
        var sections: [String: LiveWall.Section] = [:]
        var parentAdded: [String: WallTime] = [:]
        // "G2", once per group, not once per note.
        var labels: [Int: String] = [:]
        if !byParent {
            for list in step.lists where step.lists.count > 1 {
                order.append(list)
                sections[list] = LiveWall.Section(heading: list, notes: [])
            }
        }
        for (index, note) in zip(kept, notes) {
            let parent = note.place.parent.flatMap(state.liveNote)
            let key = byParent ? (parent?.id.rawValue ?? "") : (step.lists.count > 1 ? note.place.list : "")
            if sections[key] == nil {
                let heading: String? =
                    byParent ? (parent?.text ?? context.text(RankingWords.withoutParent)) : (key.isEmpty ? nil : key)
                order.append(key)
                sections[key] = LiveWall.Section(heading: heading, notes: [])
                parentAdded[key] = parent?.addedAt
            }
            sections[key]?.notes.append(wallNote(note, index: index, byParent: byParent, merges, &labels, context))
        }
        if byParent {
            // Demands in the order they were written; notes under none last.
            order.sort {
                (parentAdded[$0] ?? WallTime(milliseconds: .max)) < (parentAdded[$1] ?? WallTime(milliseconds: .max))
            }
        }
        return LiveWall(
            sections: order.compactMap { sections[$0] }, language: context.language,
            olderLeftOut: max(0, shown.count - LiveWall.most))
    }

    /// A note as the wall shows it: its list before it under a demand on a step of several lists,
    /// how many were merged into it, its group's label (made once per group, kept in `labels`).
    func wallNote(
        _ note: Note, index: Int, byParent: Bool, _ merges: [NoteID: Int], _ labels: inout [Int: String],
        _ context: ScreenContext
    ) -> LiveWall.Note {
        var text = note.text
        if byParent && step.lists.count > 1 { text = note.place.list + ": " + text }
        if !merges.isEmpty, let merged = merges[note.id], merged > 0 { text += " (+\(merged))" }
        let label =
            note.place.group.map { group in
                if let known = labels[group] { return known }
                let label = context.text(NoteStrings.groupShort(group))
                labels[group] = label
                return label
            } ?? ""
        var wallNote = LiveWall.Note(text: text, label: label, addedAt: note.addedAt)
        wallNote.index = index
        return wallNote
    }

    /// Milliseconds until the projector's wall turns a page, when the stage shows one that pages.
    public func wallChange(in rect: Rect, context: ScreenContext) -> Int64? {
        // Only where the wall goes is wanted, not the picture: a grid of no cells takes no drawing.
        var scratch = Grid(width: 0, height: 0)
        guard let placed = layOut(into: &scratch, in: rect, context: context).wall else { return nil }
        return placed.wall.nextChange(width: placed.rect.width, height: placed.rect.height, at: context.now)
    }
}
