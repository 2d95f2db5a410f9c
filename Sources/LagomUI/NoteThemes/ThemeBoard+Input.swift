import LagomCore

extension ThemeBoard {
    /// Returns the commands to run, and whether the board closes.
    public mutating func handle(_ key: Key, _ context: ScreenContext) -> (commands: [Command], close: Bool) {
        let state = context.state
        if showingHelp {
            let help = HelpOverlay(keyMap: ThemeBoardKeys.map, language: context.language, offset: helpOffset)
            if let offset = help.scrolled(by: key, in: Rect(x: 0, y: 0, width: context.width, height: context.height)) {
                helpOffset = offset
            } else {
                showingHelp = false
            }
            return ([], false)
        }
        if input != nil { return (handleInput(key, context), false) }
        if picking != nil { return (handlePicking(key, context), false) }
        guard let action = ThemeBoardKeys.map.action(for: key) else { return ([], false) }
        message = nil
        let step = self.step
        switch action {
        case .move(let up):
            cursor = max(0, min(rows(context.session).count - 1, cursor + (up ? -1 : 1)))
        case .mark:
            guard let id = currentNote(context.session) else { return warn(ThemeStrings.pickANote) }
            if marked.remove(id) == nil { marked.insert(id) }
            cursor = min(rows(context.session).count - 1, cursor + 1)
        case .newTheme:
            input = (.newTheme, LineEditor())
        case .rename:
            guard let theme = currentTheme(context.session), let found = state.board.theme(theme) else {
                return warn(ThemeStrings.pickATheme)
            }
            input = (.rename(theme), LineEditor(found.theme.title))
        case .summarise:
            guard let theme = currentTheme(context.session), let found = state.board.theme(theme) else {
                return warn(ThemeStrings.pickATheme)
            }
            input = (.summary(theme), LineEditor(found.theme.summary ?? ""))
        case .editNote:
            guard let id = currentNote(context.session), let note = state.liveNote(id) else {
                return warn(ThemeStrings.pickANote)
            }
            input = (.editNote(id), LineEditor(note.text))
        case .hideNote:
            guard let id = currentNote(context.session) else { return warn(ThemeStrings.pickANote) }
            let hidden = !state.board.hidden.contains(id)
            return ([.board(.hide(id, hidden: hidden))], false)
        case .moveIntoTheme:
            guard !targets(context.session).isEmpty else { return warn(ThemeStrings.pickANote) }
            guard !(state.board.themes[step] ?? []).isEmpty else { return warn(ThemeStrings.makeAThemeFirst) }
            picking = 0
        case .merge:
            guard let into = currentNote(context.session) else { return warn(ThemeStrings.pickANote) }
            let duplicates = marked.subtracting([into]).sorted()
            guard !duplicates.isEmpty else { return warn(ThemeStrings.markDuplicates) }
            // Asked before anything is sent, so a refused merge (across lists) keeps the marks.
            for duplicate in duplicates {
                do throws(Refusal) {
                    try state.checkMerge(duplicate, into: into)
                } catch {
                    let reason = ScreenMessages.refusal(
                        error, plan: context.plan, state: state, language: context.language)
                    message = StatusMessage(.refused(reason))
                    return ([], false)
                }
            }
            marked = []
            return ([.board(.merge(duplicates, into: into))], false)
        case .split:
            guard let id = currentNote(context.session) else { return warn(ThemeStrings.pickANote) }
            let merged = state.board.mergedInto[id] != nil || !state.board.merged(into: id, among: state.notes).isEmpty
            guard merged else { return warn(ThemeStrings.nothingToSplit) }
            return ([.board(.split(id))], false)
        case .reorder(let up):
            guard let theme = currentTheme(context.session), let found = state.board.theme(theme) else {
                return warn(ThemeStrings.pickATheme)
            }
            let position = found.index + (up ? -1 : 1)
            guard position >= 0, position < (state.board.themes[step]?.count ?? 0) else { return ([], false) }
            return ([.board(.moveTheme(theme, by: up ? -1 : 1))], false)
        case .showSummary:
            guard !(state.board.themes[step] ?? []).isEmpty else { return warn(ThemeStrings.makeAThemeFirst) }
            return ([.board(.showThemes(step: step, visible: !state.board.themesShown.contains(step)))], false)
        case .undo: return ([.undo], false)
        case .help: showingHelp = true; helpOffset = 0
        case .close: return ([], true)
        }
        return ([], false)
    }

    /// The marked notes, or the one under the cursor when none is marked.
    func targets(_ session: Session) -> [NoteID] {
        if !marked.isEmpty { return marked.sorted() }
        return currentNote(session).map { [$0] } ?? []
    }

    mutating func warn(_ text: Localized) -> (commands: [Command], close: Bool) {
        message = StatusMessage(text, role: .warning)
        return ([], false)
    }

    mutating func handleInput(_ key: Key, _ context: ScreenContext) -> [Command] {
        guard let (purpose, startingEditor) = input else { return [] }
        var editor = startingEditor
        switch key {
        case _ where LineEditor.action(for: key) != nil: editor.apply(LineEditor.action(for: key)!)
        case .character(let c): editor.insert(String(c))
        case .paste(let text): editor.insert(LineEditor.lines(of: text).joined(separator: " "))
        case .escape:
            input = nil
            return []
        case .enter:
            input = nil
            let text = editor.text
            let step = self.step
            switch purpose {
            case .newTheme:
                return [.board(.createTheme(step: step, title: text))]
            case .rename(let theme):
                return [.board(.renameTheme(theme, title: text))]
            case .summary(let theme):
                return [.board(.summariseTheme(theme, summary: text))]
            case .editNote(let id):
                return [.notes(.edit(id, text: text))]
            }
        default: break
        }
        input = (purpose, editor)
        return []
    }

    mutating func handlePicking(_ key: Key, _ context: ScreenContext) -> [Command] {
        let themes = context.state.board.themes[step] ?? []
        guard var choice = picking else { return [] }
        switch key {
        case .up: choice = max(0, choice - 1)
        case .down: choice = min(themes.count, choice + 1)
        case .character(let c) where c.wholeNumberValue.map { $0 >= 1 && $0 <= themes.count } == true:
            choice = c.wholeNumberValue! - 1
            fallthrough
        case .enter:
            picking = nil
            let theme = choice < themes.count ? themes[choice].id : nil
            let notes = targets(context.session)
            marked = []
            return [.board(.putInTheme(notes, theme: theme))]
        case .escape: picking = nil; return []
        default: break
        }
        picking = choice
        return []
    }
}
