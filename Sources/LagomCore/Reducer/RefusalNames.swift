/// How a refusal names what it is about. `.ids` for the command line; a screen passes titles
/// and texts (`ScreenMessages.refusal`), so no message is reworded by searching its text.
public struct RefusalNames {
    /// A step, quoted: `"syfte-1"`, or `"Syfte dag 1"`.
    public var step: (StepID) -> String
    /// A countdown with its article: `timern grupparbete/2`, or `grupp 2:s timer i "Grupparbete"`.
    public var timer: (TimerKey) -> Localized
    /// A note: `k3f9a`, or `"Tydliga mål"`.
    public var note: (NoteID) -> String

    public init(
        step: @escaping (StepID) -> String, timer: @escaping (TimerKey) -> Localized,
        note: @escaping (NoteID) -> String
    ) {
        self.step = step
        self.timer = timer
        self.note = note
    }

    public static var ids: RefusalNames {
        RefusalNames(
            step: { "\"\($0)\"" },
            timer: { $0.namedById },
            note: { $0.rawValue })
    }
}
