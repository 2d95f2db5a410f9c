/// Rules and effects of the note-board changes (relay turns, done marks, themes, merges, moderation).
extension SessionState {
    func checkBoard(_ change: Change, at now: WallTime, plan: Plan) throws(Refusal) {
        switch change {
        case .turnPassed(let id, let turn):
            let s = try step(id, plan)
            guard s.kind == .vattentrappa else { throw .notARelay(id) }
            let count = Relay.queue(s, plan: plan).count
            guard turn >= -1, turn < count else { throw .noSuchTurn(step: id, turn: turn, groups: count) }
        case .turnExtended(let id, let turn, let seconds):
            let s = try step(id, plan)
            guard s.kind == .vattentrappa else { throw .notARelay(id) }
            guard let speaking = Relay.current(s, state: self, plan: plan, at: now) else { throw .noTurnSpeaking(id) }
            // Pressed just as the word passed on: the next group is not given the first one's minute.
            guard speaking.index == turn else { throw .turnNotSpeaking(step: id, turn: turn) }
            guard let length = speaking.length else { throw .turnHasNoLength(id) }
            guard seconds != 0, abs(seconds) <= 24 * 3600 else { throw .badLength(seconds: seconds) }
            guard length + Int64(seconds) * 1000 > 0 else { throw .turnWouldVanish(id, length: length) }
        case .groupMarkedDone(let id, let group, let done):
            let s = try step(id, plan)
            guard s.collectsNotes else { throw .stepCollectsNoNotes(id) }
            try checkGroup(group, of: s, plan)
            guard board.done[id, default: []].contains(group) != done else {
                throw .doneMarkUnchanged(group: group, done: done)
            }
        case .noteHidden(let id, let hidden):
            guard liveNote(id) != nil else { throw .unknownNote(id) }
            guard board.hidden.contains(id) != hidden else { throw .noteHiddenUnchanged(id, hidden: hidden) }
        case .themeCreated(let theme, let id, let title):
            guard board.theme(theme) == nil else { throw .duplicateTheme(theme) }
            let s = try step(id, plan)
            guard s.collectsNotes else { throw .stepCollectsNoNotes(id) }
            guard !title.trimmingWhitespace.isEmpty else { throw .emptyThemeTitle }
        case .themeRenamed(let theme, let title):
            guard board.theme(theme) != nil else { throw .unknownTheme(theme) }
            guard !title.trimmingWhitespace.isEmpty else { throw .emptyThemeTitle }
        case .themeSummarised(let theme, _):
            guard board.theme(theme) != nil else { throw .unknownTheme(theme) }
        case .themeMoved(let theme, let position):
            guard let found = board.theme(theme) else { throw .unknownTheme(theme) }
            let count = board.themes[found.step]?.count ?? 0
            guard position >= 0, position < count else { throw .noSuchThemePosition(position, themes: count) }
        case .noteThemed(let id, let theme):
            guard let note = liveNote(id) else { throw .unknownNote(id) }
            if let theme {
                guard let found = board.theme(theme) else { throw .unknownTheme(theme) }
                guard found.step == note.place.step else { throw .themeOfOtherStep(note: id, theme: theme) }
            }
        case .notesMerged(let id, let target):
            try checkMerge(id, into: target)
        case .noteSplit(let id):
            guard liveNote(id) != nil else { throw .unknownNote(id) }
            guard board.mergedInto[id] != nil else { throw .notMerged(id) }
        case .themesShown(let id, let visible):
            let s = try step(id, plan)
            guard s.collectsNotes else { throw .stepCollectsNoNotes(id) }
            guard board.themesShown.contains(id) != visible else { throw .themesShownUnchanged(id, visible: visible) }
            guard !visible || !(board.themes[id] ?? []).isEmpty else { throw .noThemesToShow(id) }
        default:
            break
        }
    }

    /// Whether the duplicate `id` may join `target`: the theme board asks before it sends a merge,
    /// so a refused one keeps its marks.
    public func checkMerge(_ id: NoteID, into target: NoteID) throws(Refusal) {
        guard let note = liveNote(id) else { throw .unknownNote(id) }
        guard let into = liveNote(target) else { throw .unknownNote(target) }
        guard id != target else { throw .mergeWithItself(id) }
        guard note.place.step == into.place.step else { throw .mergeAcrossSteps(id, target) }
        // A Friskfaktor merged into a Riskfaktor would leave its list and that list's vote.
        guard note.place.list == into.place.list else {
            throw .mergeAcrossLists(id, list: note.place.list, into: target, intoList: into.place.list)
        }
        if board.mergedInto[id] != nil { throw .alreadyMerged(id) }
        if board.mergedInto[target] != nil { throw .alreadyMerged(target) }
        // One level only: a note holding duplicates is split first, so splitting stays predictable.
        if board.mergedInto.values.contains(id) { throw .holdsMergedNotes(id) }
    }

    mutating func foldBoard(_ change: Change, at now: WallTime, plan: Plan) {
        switch change {
        case .turnPassed(let id, let turn):
            // Handed on during a pause (or after the step was done), the new turn starts when the step runs again.
            let held = steps[id]?.status == .paused || steps[id]?.status == .done
            board.turns[id] = RoundPosition(index: turn, since: now, pausedAt: held ? now : nil)
        case .turnExtended(let id, _, let seconds):
            guard let s = plan.step(id), let position = board.turns[id],
                let speaking = Relay.current(s, state: self, plan: plan, at: now)
            else { return }
            let ms = Int64(seconds) * 1000
            // As for a countdown: in overtime, "one more minute" is a minute from now.
            let overrun = max(0, -(speaking.remaining(at: now) ?? 0))
            let added = ms > 0 ? ms + overrun : ms
            // An automatic relay's earlier turns are settled: the position moves to the speaking turn.
            let before = speaking.index == position.index ? position.extended ?? 0 : 0
            board.turns[id] = RoundPosition(
                index: speaking.index, since: speaking.startedAt, pausedAt: position.pausedAt,
                extended: before + added)
        case .groupMarkedDone(let id, let group, let done):
            if done { board.done[id, default: []].insert(group) } else { board.done[id]?.remove(group) }
        case .noteHidden(let id, let hidden):
            if hidden { board.hidden.insert(id) } else { board.hidden.remove(id) }
        case .themeCreated(let theme, let id, let title):
            board.themes[id, default: []].append(NoteTheme(id: theme, title: title))
        case .themeRenamed(let theme, let title):
            guard let found = board.theme(theme) else { return }
            board.themes[found.step]?[found.index].title = title
        case .themeSummarised(let theme, let summary):
            guard let found = board.theme(theme) else { return }
            let line = summary.trimmingWhitespace
            board.themes[found.step]?[found.index].summary = line.isEmpty ? nil : String(line)
        case .themeMoved(let theme, let position):
            guard let found = board.theme(theme) else { return }
            board.themes[found.step]?.remove(at: found.index)
            board.themes[found.step]?.insert(found.theme, at: position)
        case .noteThemed(let id, let theme):
            board.themeOf[id] = theme
        case .notesMerged(let id, let target):
            board.mergedInto[id] = target
        case .noteSplit(let id):
            board.mergedInto[id] = nil
        case .themesShown(let id, let visible):
            if visible { board.themesShown.insert(id) } else { board.themesShown.remove(id) }
        default:
            break
        }
    }

    /// A note written during a vattentrappa is tagged with the turn that was speaking.
    mutating func tagTurn(_ id: NoteID, place: NotePlace, at now: WallTime, plan: Plan) {
        guard let s = plan.step(place.step), s.kind == .vattentrappa,
            let turn = Relay.current(s, state: self, plan: plan, at: now)
        else { return }
        board.turnOf[id] = turn.index
    }
}

extension Session {
    /// A short theme id not yet used in this session.
    public func freshThemeID(_ ids: inout any IDSource) -> String {
        while true {
            let id = "t" + ids.next(length: 4)
            if state.board.theme(id) == nil { return id }
        }
    }
}
