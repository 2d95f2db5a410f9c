import LagomCore

/// The projector's wall grown by an arriving note instead of made again (`LiveWall.grown`): the
/// wall last made is kept with what it was made from, and the next revision's wall is grown from
/// it when only notes were added since.
extension StageView {
    /// The wall last made, to grow the next revision's from.
    private struct LastWall: Sendable {
        var epoch: UInt64
        var step: StepID
        var lists: [String]
        var language: Language
        /// How many shown notes it was made from.
        var shown: Int
        /// No note of it hangs under a demand: a section per list, or one.
        var plain: Bool
        var wall: LiveWall
    }

    private struct LastKey: Hashable, Sendable {
        var epoch: UInt64
        var step: StepID
    }

    /// Per notes epoch, so two sessions in one process (a test's fresh fold) keep their own.
    private static let lastWalls = Memo<LastKey, LastWall>(most: 8)

    /// `plain`: whether no note hangs under a demand, when known (else looked at).
    func keepToGrow(_ wall: LiveWall, _ context: ScreenContext, shown: [Int], plain: Bool?) {
        let notes = context.state.notes
        let plain = plain ?? !wall.sections.contains { $0.notes.contains { notes[$0.index].place.parent != nil } }
        let last = LastWall(
            epoch: context.session.notesEpoch, step: step.id, lists: step.lists, language: context.language,
            shown: shown.count, plain: plain, wall: wall)
        Self.lastWalls.set(LastKey(epoch: last.epoch, step: last.step), last)
    }

    /// The last wall grown by the notes shown since, when it is of this step, language and notes
    /// epoch (so its notes, their texts and the board are as they were, and the shown notes only
    /// grew) and no note hangs under a demand; nil when the wall must be made afresh.
    func grownWall(_ context: ScreenContext, shown: [Int]) -> LiveWall? {
        guard let kept = Self.lastWalls.kept(LastKey(epoch: context.session.notesEpoch, step: step.id)), kept.plain,
            kept.epoch == context.session.notesEpoch,
            kept.step == step.id, kept.lists == step.lists, kept.language == context.language,
            kept.shown <= shown.count
        else { return nil }
        let state = context.state
        let sections = kept.wall.sections
        // The oldest notes past `LiveWall.most`: each the first of its section still on the wall.
        var taken = Array(repeating: 0, count: sections.count)
        var dropping: [Int] = []
        for index in shown[max(0, kept.shown - LiveWall.most)..<max(0, shown.count - LiveWall.most)] {
            guard
                let s = sections.indices.first(where: {
                    taken[$0] < sections[$0].notes.count && sections[$0].notes[taken[$0]].index == index
                })
            else { return nil }
            taken[s] += 1
            dropping.append(s)
        }
        var labels: [Int: String] = [:]
        // Merges renew the epoch, so none names a new note; looked up all the same, as a new wall would.
        let merges = state.board.mergedInto.isEmpty ? [:] : state.board.mergeCounts
        var adding: [(section: Int, note: LiveWall.Note)] = []
        for index in shown[kept.shown...] {
            let note = state.notes[index]
            let s =
                step.lists.count > 1
                ? sections.firstIndex { $0.heading == note.place.list }
                : (sections.count == 1 && sections[0].heading == nil ? 0 : nil)
            guard note.place.parent == nil, let s else { return nil }
            adding.append((s, wallNote(note, index: index, byParent: false, merges, &labels, context)))
        }
        return kept.wall.grown(dropping: dropping, adding: adding, olderLeftOut: max(0, shown.count - LiveWall.most))
    }
}
