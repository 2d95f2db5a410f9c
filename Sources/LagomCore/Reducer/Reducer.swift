/// The pure reducer: checks a change against the plan and the state, and folds it in.
/// It either refuses (throws, changing nothing) or applies the whole change. Undo is not its
/// business: `Session` takes back transactions by folding the history without them.
extension SessionState {
    public mutating func apply(_ change: Change, at now: WallTime, by actor: Actor, plan: Plan) throws(Refusal) {
        try check(change, at: now, by: actor, plan: plan)
        fold(change, at: now, by: actor, plan: plan)
    }

    // MARK: - Rules

    /// Throws the reason `change` breaks a rule; does nothing otherwise.
    public func check(_ change: Change, at now: WallTime, by actor: Actor, plan: Plan) throws(Refusal) {
        switch change {
        case .stepEntered(let id):
            _ = try step(id, plan)
            if currentStep == id { throw .alreadyCurrent(id) }
        case .slideTurned(let id, let from):
            _ = try step(id, plan)
            guard from >= 0 else { throw .noSuchSlidePage(id, from: from) }
        case .stepStarted(let id):
            _ = try step(id, plan)
            let status = progress(id).status
            guard status == .pending || status == .done else { throw .stepNotStartable(id, status) }
        case .stepPaused(let id):
            _ = try step(id, plan)
            guard progress(id).status == .active else { throw .stepNotActive(id) }
        case .stepResumed(let id):
            _ = try step(id, plan)
            guard progress(id).status == .paused else { throw .stepNotPaused(id) }
        case .stepCompleted(let id):
            _ = try step(id, plan)
            let status = progress(id).status
            guard status == .active || status == .paused else { throw .stepNotRunning(id) }
        case .speakerChanged(let id, let index):
            let s = try step(id, plan)
            guard s.kind == .checkin else { throw .notACheckin(id) }
            guard index >= -1, index < plan.participants.count else { throw .noSuchSpeaker(index) }

        case .timerStarted(let key, let seconds):
            try checkTimerKey(key, plan)
            guard seconds > 0, seconds <= 24 * 3600 else { throw .badLength(seconds: seconds) }
            if let timer = countdown(key, at: now, plan: plan), !timer.isStopped {
                throw timer.isRunning ? .timerAlreadyRunning(key) : .timerNotRunning(key)
            }
        case .timerPaused(let key):
            try checkTimerKey(key, plan)
            guard countdown(key, at: now, plan: plan)?.isRunning == true else { throw .timerNotRunning(key) }
        case .timerResumed(let key):
            try checkTimerKey(key, plan)
            guard countdown(key, at: now, plan: plan)?.isPaused == true else { throw .timerNotPaused(key) }
        case .timerExtended(let key, let seconds):
            try checkTimerKey(key, plan)
            guard let timer = countdown(key, at: now, plan: plan) else { throw .timerNotStarted(key) }
            guard !timer.isStopped else { throw .timerStopped(key) }
            guard seconds != 0, abs(seconds) <= 24 * 3600 else { throw .badLength(seconds: seconds) }
            guard timer.total + Int64(seconds) * 1000 > 0 else { throw .timerWouldVanish(key, length: timer.total) }
        case .timerReset(let key):
            try checkTimerKey(key, plan)
            guard countdown(key, at: now, plan: plan) != nil else { throw .timerNotStarted(key) }
        case .timerStopped(let key):
            try checkTimerKey(key, plan)
            guard let timer = countdown(key, at: now, plan: plan) else { throw .timerNotStarted(key) }
            guard !timer.isStopped else { throw .timerStopped(key) }

        case .noteAdded(let id, let place, let text):
            guard note(id) == nil else { throw .duplicateNote(id) }
            try checkPlace(place, for: id, plan)
            try checkText(text, limit: try step(place.step, plan).noteCharacterLimit)
        case .noteEdited(let id, let text):
            guard let note = liveNote(id) else { throw .unknownNote(id) }
            try checkText(text, limit: plan.step(note.place.step)?.noteCharacterLimit ?? 500)
        case .noteDeleted(let id):
            guard liveNote(id) != nil else { throw .unknownNote(id) }
        case .noteMoved(let id, let place):
            guard liveNote(id) != nil else { throw .unknownNote(id) }
            try checkPlace(place, for: id, plan)

        case .votesTallied(let id, let tallies):
            let spec = try voteSpec(id, plan)
            guard spec.mode == .tally else { throw .wrongVoteMode(id, expected: spec.mode) }
            var seen: Set<NoteID> = []
            for tally in tallies {
                try checkRanked(tally.note, in: id, spec)
                guard seen.insert(tally.note).inserted else { throw .talliedTwice(tally.note) }
                guard tally.points >= 0 else { throw .negativePoints(tally.note, tally.points) }
                // A bound, so the sums of a ranking cannot overflow.
                guard tally.points <= Tally.maxPoints else {
                    throw .tooManyPoints(tally.note, tally.points, limit: Tally.maxPoints)
                }
            }
        case .ballotCast(let id, let voter, let dots):
            let spec = try voteSpec(id, plan)
            guard spec.mode == .ballots else { throw .wrongVoteMode(id, expected: spec.mode) }
            guard !voter.trimmingWhitespace.isEmpty else { throw .emptyVoter }
            guard dots.count <= spec.votesPerPerson else {
                throw .overBudget(voter: voter, used: dots.count, budget: spec.votesPerPerson)
            }
            var perNote: [NoteID: Int] = [:]
            for note in dots {
                try checkRanked(note, in: id, spec)
                perNote[note, default: 0] += 1
                if let cap = spec.maxPerItem, perNote[note]! > cap {
                    throw .overCap(note: note, dots: perNote[note]!, cap: cap)
                }
            }
        case .resultsRevealed(let id):
            let s = try step(id, plan)
            guard s.kind == .vote || s.kind == .brainwriting || s.vote != nil else { throw .nothingToReveal(id) }
            guard !revealed.contains(id) else { throw .alreadyRevealed(id) }

        case .rankingShown(let id, let position):
            let spec = try voteSpec(id, plan)
            guard position.list >= 0, position.list < spec.ranks.count, position.page >= 0,
                (position.fromBottom ?? 0) >= 0
            else { throw .badRankingPosition(id, lists: spec.ranks.count) }
        case .subjectsChosen(let id, let notes):
            let spec = try voteSpec(id, plan)
            var seen: Set<NoteID> = []
            for note in notes {
                try checkRanked(note, in: id, spec)
                guard seen.insert(note).inserted else { throw .subjectTwice(note) }
            }
        case .turnPassed, .turnExtended, .groupMarkedDone, .noteHidden, .themeCreated, .themeRenamed, .themeSummarised,
            .themeMoved, .noteThemed, .notesMerged, .noteSplit, .themesShown:
            try checkBoard(change, at: now, plan: plan)
        case .attendanceMarked, .guestAdded, .groupsFormed, .groupChanged, .groupLocked, .groupItemSet,
            .roundOrdered, .speakerCalled, .speakerPassed:
            try checkPeople(change, plan: plan)
        case .recordAdded, .recordEdited, .recordDeleted, .actionMarkedDone, .minutesShown:
            try checkMinutes(change, plan: plan)
        case .clockShifted(let seconds):
            guard abs(seconds) <= SessionState.maxClockShiftSeconds else { throw .clockShiftTooLarge(seconds) }
        }
    }

    func step(_ id: StepID, _ plan: Plan) throws(Refusal) -> Step {
        guard let step = plan.step(id) else { throw .unknownStep(id) }
        return step
    }

    private func checkTimerKey(_ key: TimerKey, _ plan: Plan) throws(Refusal) {
        let s = try step(key.step, plan)
        if let group = key.group { try checkGroup(group, of: s, plan) }
    }

    func checkGroup(_ group: Int, of step: Step, _ plan: Plan) throws(Refusal) {
        let count = groupCount(of: step, plan: plan)
        guard group >= 1, group <= count else { throw .noSuchGroup(step: step.id, group: group, groups: count) }
    }

    private func checkPlace(_ place: NotePlace, for id: NoteID, _ plan: Plan) throws(Refusal) {
        let s = try step(place.step, plan)
        guard s.collectsNotes else { throw .stepCollectsNoNotes(s.id) }
        if s.lists.isEmpty {
            guard place.list.isEmpty else { throw .unknownList(step: s.id, list: place.list, lists: []) }
        } else {
            guard s.lists.contains(place.list) else { throw .unknownList(step: s.id, list: place.list, lists: s.lists) }
        }
        if let group = place.group { try checkGroup(group, of: s, plan) }
        if let parent = place.parent {
            guard liveNote(parent) != nil else { throw .unknownNote(parent) }
            // Walk up from the parent: reaching the note itself would make a loop.
            var cursor: NoteID? = parent
            var seen: Set<NoteID> = []
            while let current = cursor, seen.insert(current).inserted {
                if current == id { throw .parentCycle(id) }
                cursor = note(current)?.place.parent
            }
        }
    }

    private func checkText(_ text: String, limit: Int) throws(Refusal) {
        guard !text.trimmingWhitespace.isEmpty else { throw .emptyNote }
        guard text.count <= limit else { throw .noteTooLong(length: text.count, limit: limit) }
    }

    private func voteSpec(_ id: StepID, _ plan: Plan) throws(Refusal) -> VoteSpec {
        let s = try step(id, plan)
        guard let spec = s.vote else { throw .notAVote(id) }
        return spec
    }

    private func checkRanked(_ id: NoteID, in step: StepID, _ spec: VoteSpec) throws(Refusal) {
        guard let note = liveNote(id) else { throw .unknownNote(id) }
        guard spec.ranks.contains(ListRef(step: note.place.step, list: note.place.list)) else {
            throw .notRanked(step: step, note: id)
        }
    }

    // MARK: - Folding

    /// Applies a change already checked. Never fails.
    mutating func fold(_ change: Change, at now: WallTime, by actor: Actor, plan: Plan) {
        eventCount += 1
        if let key = change.timerKey { settleTimer(key, at: now, plan: plan) }
        switch change {
        case .stepEntered(let id):
            currentStep = id
            // The minutes on the projector were the item's: the next item shows its own slide.
            minutes.onProjector = false
            slideStarts[id] = nil
        case .slideTurned(let id, let from):
            slideStarts[id] = from == 0 ? nil : from
        case .stepStarted(let id):
            var p = progress(id)
            p.status = .active
            p.firstStartedAt = p.firstStartedAt ?? now
            p.completedAt = nil
            steps[id] = p
            // Started again after it was done: a held vattentrappa turn runs on from where it stood.
            board.turns[id]?.resume(at: now)
        case .stepPaused(let id):
            steps[id, default: StepProgress()].status = .paused
            board.turns[id]?.pause(at: now)
        case .stepResumed(let id):
            steps[id, default: StepProgress()].status = .active
            board.turns[id]?.resume(at: now)
        case .stepCompleted(let id):
            var p = progress(id)
            p.status = .done
            p.completedAt = now
            steps[id] = p
            // The speaking group's clock stops with the step, as a pause holds it.
            board.turns[id]?.pause(at: now)
            // A finished step's countdowns stop with it.
            for (key, timer) in timers where key.step == id && !timer.isStopped {
                timers[key]?.phase = .stopped(remaining: timer.remaining(at: now, stop: plan.stopMode(of: id)))
            }
        case .speakerChanged(let id, let index):
            // An older log's word by place in the plan's list: folded as the name it meant.
            let name = plan.participants.indices.contains(index) ? plan.participants[index].name : nil
            foldPeople(.speakerCalled(step: id, person: name), at: now, plan: plan)

        case .timerStarted(let key, let seconds):
            let ms = Int64(seconds) * 1000
            timers[key] = TimerState(phase: .running(deadline: now + ms), total: ms, planned: ms, startedAt: now)
            // A countdown started from the timekeeper's pane or the command line means the step has
            // begun, even if the facilitator has not pressed start: the agenda's actual time counts from here.
            if progress(key.step).status == .pending {
                steps[key.step] = StepProgress(status: .active, firstStartedAt: now)
            }
        case .timerPaused(let key):
            guard let timer = timers[key] else { break }
            timers[key]?.phase = .paused(remaining: timer.remaining(at: now))
            // Paused in the same breath as its step (the step's pause comes first in the transaction).
            let withStep = progress(key.step).status == .paused
            timers[key]?.heldByStep = withStep
        case .timerResumed(let key):
            guard let timer = timers[key] else { break }
            timers[key]?.phase = .running(deadline: now + timer.remaining(at: now))
            timers[key]?.heldByStep = false
        case .timerExtended(let key, let seconds):
            guard var timer = timers[key] else { break }
            let ms = Int64(seconds) * 1000
            // In overtime, "one more minute" is a minute from now, not a minute off the overrun.
            let overrun = max(0, -timer.remaining(at: now))
            let added = ms > 0 ? ms + overrun : ms
            // A hard stop held at zero (not by its step's pause) runs again with the time given:
            // "+1 min" when the time is up means one more minute now, as the screens say.
            let heldAtZero = timer.isHeldAtZero(stop: plan.stopMode(of: key.step)) && !timer.heldByStep
            timer.total += added
            switch timer.phase {
            case .running(let deadline): timer.phase = .running(deadline: deadline + added)
            case .paused(let remaining) where heldAtZero && ms > 0:
                timer.phase = .running(deadline: now + max(0, remaining) + added)
            case .paused(let remaining): timer.phase = .paused(remaining: remaining + added)
            case .stopped: break
            }
            timers[key] = timer
        case .timerReset(let key):
            guard var timer = timers[key] else { break }
            timer.total = timer.planned
            timer.phase = .paused(remaining: timer.planned)
            timers[key] = timer
        case .timerStopped(let key):
            guard let timer = timers[key] else { break }
            timers[key]?.phase = .stopped(remaining: timer.remaining(at: now))

        case .noteAdded(let id, let place, let text):
            insert(Note(id: id, place: place, text: text, addedAt: now, by: actor))
            tagTurn(id, place: place, at: now, plan: plan)
        case .noteEdited(let id, let text):
            updateNote(id) { $0.text = text }
        case .noteDeleted(let id):
            updateNote(id) { $0.deleted = true }
        case .noteMoved(let id, let place):
            updateNote(id) { $0.place = place }

        case .votesTallied(let id, let list):
            for tally in list { tallies[id, default: [:]][tally.note] = tally.points }
        case .ballotCast(let id, let voter, let dots):
            ballots[id, default: [:]][voter] = dots
        case .resultsRevealed(let id):
            revealed.insert(id)

        case .rankingShown(let id, let position):
            rankingPositions[id] = position
        case .subjectsChosen(let id, let notes):
            subjects[id] = notes
        case .turnPassed, .turnExtended, .groupMarkedDone, .noteHidden, .themeCreated, .themeRenamed, .themeSummarised,
            .themeMoved, .noteThemed, .notesMerged, .noteSplit, .themesShown:
            foldBoard(change, at: now, plan: plan)
        case .attendanceMarked, .guestAdded, .groupsFormed, .groupChanged, .groupLocked, .groupItemSet,
            .roundOrdered, .speakerCalled, .speakerPassed:
            foldPeople(change, at: now, plan: plan)
        case .recordAdded, .recordEdited, .recordDeleted, .actionMarkedDone, .minutesShown:
            foldMinutes(change, at: now, by: actor)
        case .clockShifted(let seconds):
            clockShiftSeconds = seconds == 0 ? nil : seconds
        }
    }
}

extension String {
    var trimmingWhitespace: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
