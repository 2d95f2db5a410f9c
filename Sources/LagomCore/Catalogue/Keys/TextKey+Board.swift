// The theme board's rules and the vattentrappa's turn: texts of the facilitator's board and of
// the speaking group's extra minutes.
extension TextKey {
    /// Refusal (screen and command line): a merge across lists. {note}, {into}: the notes (by text
    /// on a screen, by id on the command line). {list}, {intoList}: their lists.
    public static var refusalMergeAcrossLists: TextKey { TextKey() }
    /// Theme board footer, Space: the short word (the help overlay says it moves down too).
    public static var boardKeyMark: TextKey { TextKey() }
    /// Theme board footer, m: the short word for moving notes into a theme.
    public static var boardKeyMove: TextKey { TextKey() }
    /// Theme board footer, +: the short word for merging the marked notes into this one.
    public static var boardKeyMerge: TextKey { TextKey() }
}

extension TextKey {
    /// Refusal: +1/+5 on a vattentrappa while no group has the word. {step}: the step.
    public static var refusalNoTurnSpeaking: TextKey { TextKey() }
    /// Refusal: more time for a turn the word has passed on from. {step}: the step. {turn}: its number, from 1.
    public static var refusalTurnNotSpeaking: TextKey { TextKey() }
    /// Refusal: more time for a turn the plan gives no length. {step}: the step.
    public static var refusalTurnHasNoLength: TextKey { TextKey() }
    /// Refusal: −1 min on a turn shorter than that. {step}: the step. {length}: the turn's length, 5:00.
    public static var refusalTurnWouldVanish: TextKey { TextKey() }
    /// What an undo took back: the speaking group's turn made longer. {group}: its number.
    /// {step}: the step. {minutes}: how many.
    public static var undoTurnLengthened: TextKey { TextKey() }
    /// What an undo took back: the speaking group's turn made shorter. As `undoTurnLengthened`.
    public static var undoTurnShortened: TextKey { TextKey() }
    /// Key help on a vattentrappa (console and timekeeper): +1/+5 on the speaking group's turn. {minutes}.
    public static var keyTurnLonger: TextKey { TextKey() }
    /// Key help on a vattentrappa: −1 on the speaking group's turn. {minutes}.
    public static var keyTurnShorter: TextKey { TextKey() }
}
