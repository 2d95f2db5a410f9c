/// Why an event was refused. A refused event is never appended.
public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownStep(StepID)
    case alreadyCurrent(StepID)
    case noSuchStepToMoveTo(String)
    case stepNotStartable(StepID, StepStatus)
    case stepNotActive(StepID)
    case stepNotPaused(StepID)
    case stepNotRunning(StepID)
    case timerNotRunning(TimerKey)
    case timerNotPaused(TimerKey)
    case timerAlreadyRunning(TimerKey)
    case timerNotStarted(TimerKey)
    case timerStopped(TimerKey)
    /// Taking off more than the countdown's whole length (`length`, ms, extensions included).
    case timerWouldVanish(TimerKey, length: Int64)
    case timeIsUp(TimerKey)
    case badLength(seconds: Int)
    /// A start without a length, for a step whose plan gives none.
    case noLength(StepID)
    /// A start of a step that lasts until a return time, after that time.
    case returnTimePassed(step: StepID, ClockTime)
    case noSuchGroup(step: StepID, group: Int, groups: Int)
    case stepCollectsNoNotes(StepID)
    case unknownList(step: StepID, list: String, lists: [String])
    case unknownNote(NoteID)
    case duplicateNote(NoteID)
    case emptyNote
    case noteTooLong(length: Int, limit: Int)
    case parentCycle(NoteID)
    case notAVote(StepID)
    case wrongVoteMode(StepID, expected: VoteMode)
    case notRanked(step: StepID, note: NoteID)
    case negativePoints(NoteID, Int)
    case tooManyPoints(NoteID, Int, limit: Int)
    case talliedTwice(NoteID)
    case wrongChoiceCount(chosen: Int, needed: Int)
    /// A choice of what goes on from a vote whose plan gives no `advance`.
    case noAdvance(StepID)
    /// A timer asked of a vattentrappa, whose clock is the speaking group's turn.
    case turnsNotTimers(StepID)
    case overBudget(voter: String, used: Int, budget: Int)
    case overCap(note: NoteID, dots: Int, cap: Int)
    case emptyVoter
    case unknownVoter(String, suggestion: String?)
    case alreadyRevealed(StepID)
    case clockShiftTooLarge(Int)
    case nothingToReveal(StepID)
    case nothingToUndo
    case notACheckin(StepID)
    case noSuchSpeaker(Int)
    case unknownTransaction(String)
    case alreadyUndone(String)
    case undoOfAnUndo(String)
    case badRankingPosition(StepID, lists: Int)
    case subjectTwice(NoteID)
    // Notes: relay, silent writing, themes, moderation
    case notARelay(StepID)
    case noSuchTurn(step: StepID, turn: Int, groups: Int)
    case doneMarkUnchanged(group: Int, done: Bool)
    case noteHiddenUnchanged(NoteID, hidden: Bool)
    case duplicateTheme(String)
    case unknownTheme(String)
    case emptyThemeTitle
    case noSuchThemePosition(Int, themes: Int)
    case themeOfOtherStep(note: NoteID, theme: String)
    case mergeWithItself(NoteID)
    case mergeAcrossSteps(NoteID, NoteID)
    /// A note merged into one of another list would drop out of its own list (and its vote).
    case mergeAcrossLists(NoteID, list: String, into: NoteID, intoList: String)
    case alreadyMerged(NoteID)
    case holdsMergedNotes(NoteID)
    case notMerged(NoteID)
    case themesShownUnchanged(StepID, visible: Bool)
    case noSuchSlidePage(StepID, from: Int)
    case noThemesToShow(StepID)
    /// Attendance, groups, items and rounds (`PeopleRefusal`).
    case people(PeopleRefusal)
    case duplicateRecord(RecordID)
    case unknownRecord(RecordID)
    case recordKindChanged(RecordID, from: RecordKind)
    case emptyRecord(RecordKind)
    case actionNeedsOwner
    case badDueDate(String)
    case unknownHeading(step: StepID, heading: String, headings: [String])
    case notAnAction(RecordID)
    case actionDoneUnchanged(RecordID, done: Bool)
    case minutesShownUnchanged(Bool)

    public var description: String { message(.en) }

    /// The reason in words, naming steps, countdowns and notes as `names` says: by id (the command
    /// line, which scripts read) or by title and text (a screen, whose people know those).
    public func message(_ language: Language, names: RefusalNames = .ids) -> String {
        let sv = language == .sv
        func step(_ id: StepID) -> String { names.step(id) }
        func timer(_ key: TimerKey) -> String { names.timer(key, language) }
        func note(_ id: NoteID) -> String { names.note(id) }
        switch self {
        case .unknownStep(let s):
            return sv ? "det finns inget steg \"\(s)\" i planen" : "there is no step \"\(s)\" in the plan"
        case .alreadyCurrent(let s):
            return sv ? "steget \(step(s)) är redan aktuellt" : "step \(step(s)) is already the current step"
        case .noSuchStepToMoveTo(let direction):
            return sv
                ? "det finns inget \(direction == "next" ? "nästa" : "föregående") steg"
                : "there is no \(direction == "next" ? "next" : "previous") step"
        case .stepNotStartable(let s, let status):
            return sv
                ? "steget \(step(s)) kan inte startas: det är \(status.swedish)"
                : "step \(step(s)) cannot be started: it is \(status.rawValue)"
        case .stepNotActive(let s):
            return sv ? "steget \(step(s)) pågår inte" : "step \(step(s)) is not running"
        case .stepNotPaused(let s):
            return sv ? "steget \(step(s)) är inte pausat" : "step \(step(s)) is not paused"
        case .stepNotRunning(let s):
            return sv ? "steget \(step(s)) har inte startat" : "step \(step(s)) has not been started"
        case .timerNotRunning(let t):
            return sv ? "\(timer(t)) går inte" : "\(timer(t)) is not running"
        case .timerNotPaused(let t):
            return sv ? "\(timer(t)) är inte pausad" : "\(timer(t)) is not paused"
        case .timerAlreadyRunning(let t):
            return sv ? "\(timer(t)) går redan" : "\(timer(t)) is already running"
        case .timerNotStarted(let t):
            return sv ? "\(timer(t)) har inte startats" : "\(timer(t)) has not been started"
        case .timerStopped(let t):
            return sv ? "\(timer(t)) är stoppad" : "\(timer(t)) is stopped"
        case .timerWouldVanish(let t, let length):
            let whole = TimerMath.format(remaining: length)
            return sv
                ? "\(timer(t)) är \(whole) lång i allt och kan inte kortas med mer än så"
                : "\(timer(t)) is \(whole) long in all and cannot be shortened by more than that"
        case .timeIsUp(let t):
            return sv
                ? "tiden är ute för \(timer(t)) – ge +1 min eller återställ"
                : "the time is up for \(timer(t)) – +1 min or reset"
        case .badLength(let seconds):
            return sv ? "ogiltig längd: \(seconds) sekunder" : "invalid length: \(seconds) seconds"
        case .noLength(let s):
            return sv
                ? "steget \(step(s)) har ingen tid i planen: ange minuter (lagom timer start --minutes N)"
                : "step \(step(s)) has no length in the plan: give the minutes (lagom timer start --minutes N)"
        case .returnTimePassed(let s, let back):
            return sv
                ? "steget \(step(s)) varar till \(back.format(separator: ".")), som redan har passerat: ange minuter (+ i timern, eller --minutes N)"
                : "step \(step(s)) lasts until \(back), which has passed: give the minutes (+ in the timer, or --minutes N)"
        case .noSuchGroup(let s, let g, let count):
            return sv
                ? "steget \(step(s)) har \(count) grupper; det finns ingen grupp \(g)"
                : "step \(step(s)) has \(count) groups; there is no group \(g)"
        case .stepCollectsNoNotes(let s):
            return sv ? "steget \(step(s)) samlar inte in lappar" : "step \(step(s)) does not collect notes"
        case .unknownList(let s, let l, let lists):
            let known = lists.map { "\"\($0)\"" }.joined(separator: ", ")
            return sv
                ? "steget \(step(s)) har ingen lista \"\(l)\" (listor: \(known))"
                : "step \(step(s)) has no list \"\(l)\" (lists: \(known))"
        case .unknownNote(let n):
            return sv ? "det finns ingen lapp \(note(n))" : "there is no note \(note(n))"
        case .duplicateNote(let n):
            return sv ? "lappen \(note(n)) finns redan" : "note \(note(n)) already exists"
        case .emptyNote:
            return sv ? "lappen är tom" : "the note is empty"
        case .noteTooLong(let length, let limit):
            return sv
                ? "lappen har \(length) tecken; högst \(limit) får plats"
                : "the note has \(length) characters; the limit is \(limit)"
        case .parentCycle(let n):
            return sv ? "lappen \(note(n)) kan inte ligga under sig själv" : "note \(note(n)) cannot sit under itself"
        case .notAVote(let s):
            return sv ? "steget \(step(s)) är ingen röstning" : "step \(step(s)) is not a vote"
        case .wrongVoteMode(let s, let expected):
            let how = expected == .tally ? (sv ? "räknade poäng" : "counted tallies") : (sv ? "röstsedlar" : "ballots")
            return sv ? "röstningen \(step(s)) använder \(how)" : "vote \(step(s)) uses \(how)"
        case .notRanked(let s, let n):
            return sv
                ? "lappen \(note(n)) ingår inte i röstningen \(step(s))"
                : "note \(note(n)) is not one of the items of vote \(step(s))"
        case .negativePoints(let n, let p):
            return sv
                ? "poängen för \(note(n)) kan inte vara negativ (\(p))"
                : "points for \(note(n)) cannot be negative (\(p))"
        case .tooManyPoints(let n, let p, let limit):
            return sv
                ? "poängen för \(note(n)) är för hög (\(p)); högst \(limit) per punkt"
                : "points for \(note(n)) are too many (\(p)); at most \(limit) per item"
        case .talliedTwice(let n):
            return sv ? "lappen \(note(n)) har fått poäng två gånger" : "note \(note(n)) is given points twice"
        case .wrongChoiceCount(let chosen, let needed):
            return sv ? "välj \(needed) som går vidare, inte \(chosen)" : "choose \(needed) to go on, not \(chosen)"
        case .turnsNotTimers(let s):
            return sv
                ? "steget \(step(s)) är en vattentrappa: klockan är den talande gruppens tur, som processledaren lämnar vidare med s"
                : "step \(step(s)) is a water staircase: its clock is the speaking group's turn, handed on with s in the facilitator's console"
        case .noAdvance(let s):
            return sv
                ? "planen säger inte hur många som går vidare från \(step(s)) (advance): inget att välja"
                : "the plan says no number to go on from \(step(s)) (advance): nothing to choose"
        case .overBudget(let voter, let used, let budget):
            // Usually one dot too many, pressed one at a time: say the budget is spent.
            if used == budget + 1 {
                return sv
                    ? "\(voter) har redan lagt alla \(budget) röster"
                    : "\(voter) has already placed all \(budget) votes"
            }
            return sv ? "\(voter) har \(budget) röster, inte \(used)" : "\(voter) has \(budget) votes, not \(used)"
        case .overCap(let n, let dots, let cap):
            return sv
                ? "högst \(cap) röster per punkt; \(note(n)) fick \(dots)"
                : "at most \(cap) votes per item; \(note(n)) got \(dots)"
        case .emptyVoter:
            return sv ? "röstsedeln saknar namn" : "the ballot has no voter name"
        case .unknownVoter(let name, let suggestion):
            let hint = suggestion.map { sv ? " (menar du \"\($0)\"?)" : " (did you mean \"\($0)\"?)" } ?? ""
            return sv
                ? "\"\(name)\" finns inte bland planens deltagare\(hint); en anonym röstsedel anges med nummer"
                : "\"\(name)\" is not one of the plan's participants\(hint); give an anonymous ballot by number"
        case .clockShiftTooLarge(let seconds):
            let days = SessionState.maxClockShiftSeconds / 86_400
            return sv
                ? "rummets klocka kan flyttas högst \(days) dagar, inte \(seconds) sekunder"
                : "the room's clock moves at most \(days) days, not \(seconds) seconds"
        case .alreadyRevealed(let s):
            return sv ? "steget \(step(s)) är redan visat" : "step \(step(s)) is already revealed"
        case .nothingToReveal(let s):
            return sv ? "steget \(step(s)) har inget att visa" : "step \(step(s)) has nothing to reveal"
        case .notACheckin(let s):
            return sv ? "steget \(step(s)) är ingen incheckning" : "step \(step(s)) is not a check-in"
        case .noSuchSpeaker(let i):
            return sv ? "det finns ingen deltagare nummer \(i + 1)" : "there is no participant number \(i + 1)"
        case .nothingToUndo:
            return sv ? "det finns inget att ångra" : "there is nothing to undo"
        case .unknownTransaction(let tx):
            return sv ? "det finns ingen händelse \(tx)" : "there is no transaction \(tx)"
        case .alreadyUndone(let tx):
            return sv ? "\(tx) är redan ångrad" : "\(tx) is already undone"
        case .undoOfAnUndo(let tx):
            return sv ? "\(tx) är själv en ångring och kan inte ångras" : "\(tx) is itself an undo and cannot be undone"
        case .badRankingPosition(let s, let lists):
            return sv
                ? "ogiltig visning av rangordningen för \(step(s)) (listor: \(lists), sida och antal från 0)"
                : "invalid ranking view for \(step(s)) (lists: \(lists); page and count start at 0)"
        case .subjectTwice(let n):
            return sv ? "lappen \(note(n)) är vald två gånger" : "note \(note(n)) is chosen twice"
        case .notARelay(let s):
            return sv ? "steget \(step(s)) är ingen vattentrappa" : "step \(step(s)) is not a water staircase"
        case .noSuchTurn(let s, let turn, let groups):
            return sv
                ? "vattentrappan \(step(s)) har \(groups) grupper; det finns ingen tur \(turn + 1)"
                : "water staircase \(step(s)) has \(groups) groups; there is no turn \(turn + 1)"
        case .doneMarkUnchanged(let group, let done):
            return sv
                ? "grupp \(group) är redan \(done ? "klar" : "inte klar")"
                : "group \(group) is already \(done ? "done" : "not done")"
        case .noteHiddenUnchanged(let n, let hidden):
            return sv
                ? "lappen \(note(n)) är redan \(hidden ? "dold" : "synlig")"
                : "note \(note(n)) is already \(hidden ? "hidden" : "shown")"
        case .duplicateTheme(let t):
            return sv ? "temat \(t) finns redan" : "theme \(t) already exists"
        case .unknownTheme(let t):
            return sv ? "det finns inget tema \(t)" : "there is no theme \(t)"
        case .emptyThemeTitle:
            return sv ? "temat behöver ett namn" : "the theme needs a name"
        case .noSuchThemePosition(let position, let themes):
            return sv
                ? "det finns \(themes) teman; plats \(position + 1) finns inte"
                : "there are \(themes) themes; there is no place \(position + 1)"
        case .themeOfOtherStep(let n, let t):
            return sv
                ? "temat \(t) hör till ett annat steg än lappen \(note(n))"
                : "theme \(t) belongs to another step than note \(note(n))"
        case .mergeWithItself(let n):
            return sv
                ? "lappen \(note(n)) kan inte slås ihop med sig själv" : "note \(note(n)) cannot be merged with itself"
        case .mergeAcrossSteps(let a, let b):
            return sv
                ? "lapparna \(note(a)) och \(note(b)) hör till olika steg"
                : "notes \(note(a)) and \(note(b)) belong to different steps"
        case .mergeAcrossLists(let n, let list, let into, let intoList):
            return Localized(
                .refusalMergeAcrossLists, ["note": note(n), "list": list, "into": note(into), "intoList": intoList]
            ).text(language)
        case .alreadyMerged(let n):
            return sv
                ? "lappen \(note(n)) är redan ihopslagen med en annan"
                : "note \(note(n)) is already merged into another"
        case .holdsMergedNotes(let n):
            return sv
                ? "lappen \(note(n)) har egna dubletter; dela upp dem först"
                : "note \(note(n)) holds merged duplicates; split them first"
        case .notMerged(let n):
            return sv ? "lappen \(note(n)) är inte ihopslagen" : "note \(note(n)) is not merged"
        case .themesShownUnchanged(let s, let visible):
            return sv
                ? "sammanfattningen av \(step(s)) är redan \(visible ? "på" : "av") projektorn"
                : "the summary of \(step(s)) is already \(visible ? "on" : "off") the projector"
        case .noSuchSlidePage(let s, let from):
            return sv
                ? "steget \(step(s)) har inget stycke \(from + 1) att visa bilden från"
                : "step \(step(s)) has no paragraph \(from + 1) to show its slide from"
        case .noThemesToShow(let s):
            return sv
                ? "steget \(step(s)) har inga teman att visa; skapa ett först"
                : "step \(step(s)) has no themes to show; make one first"
        case .people(let refusal):
            return refusal.message(language)
        case .duplicateRecord, .unknownRecord, .recordKindChanged, .emptyRecord, .actionNeedsOwner, .badDueDate,
            .unknownHeading, .notAnAction, .actionDoneUnchanged, .minutesShownUnchanged:
            return minutesMessage(sv: sv)
        }
    }
}

extension StepStatus {
    public var swedish: String {
        switch self {
        case .pending: "inte påbörjat"
        case .active: "pågår"
        case .paused: "pausat"
        case .done: "klart"
        }
    }
}

/// How a refusal names what it is about. `.ids` for the command line; a screen passes titles
/// and texts (`ScreenMessages.refusal`), so no message is reworded by searching its text.
public struct RefusalNames {
    /// A step, quoted: `"syfte-1"`, or `"Syfte dag 1"`.
    public var step: (StepID) -> String
    /// A countdown with its article, in the language asked for: `timern grupparbete/2`, or
    /// `grupp 2:s timer i "Grupparbete"`.
    public var timer: (TimerKey, Language) -> String
    /// A note: `k3f9a`, or `"Tydliga mål"`.
    public var note: (NoteID) -> String

    public init(
        step: @escaping (StepID) -> String, timer: @escaping (TimerKey, Language) -> String,
        note: @escaping (NoteID) -> String
    ) {
        self.step = step
        self.timer = timer
        self.note = note
    }

    public static var ids: RefusalNames {
        RefusalNames(
            step: { "\"\($0)\"" },
            timer: { key, language in key.namedById.text(language) },
            note: { $0.rawValue })
    }
}
