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
