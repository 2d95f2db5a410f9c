extension TextKey {
    /// Record export (Markdown, Word, PDF)
    public static var recDate: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recPlace: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recLedBy: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recChair: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recMinutes: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recPoints: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recNotScored: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recGoOn: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF). {list}: list
    public static var recOthers: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recAttendance: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recSite: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recPresent: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recNotPresent: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recRemote: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recGroups: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recGroup: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recMembers: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recNotes: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recDecisions: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recActions: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recAction: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recOwner: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recDue: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recDone: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recYes: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recInNoTheme: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recQuestion: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF). {list}: list
    public static var recRanked: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF). {parent}: parent, {lowercased}: child.lowercased()
    public static var recResultsAndRanking: TextKey { TextKey() }
    /// Record export (Markdown, Word, PDF)
    public static var recWithoutParent: TextKey { TextKey() }
    /// Meeting minutes export
    public static var minTime: TextKey { TextKey() }
    /// Meeting minutes export
    public static var minMinuteTaker: TextKey { TextKey() }
    /// Meeting minutes export
    public static var minRemote: TextKey { TextKey() }
    /// Meeting minutes export
    public static var minLate: TextKey { TextKey() }
    /// Meeting minutes export
    public static var minLeftEarly: TextKey { TextKey() }
    /// Meeting minutes export
    public static var minAbsent: TextKey { TextKey() }
    /// Meeting minutes export
    public static var minResponsible: TextKey { TextKey() }
    /// Meeting minutes export
    public static var minPurpose: TextKey { TextKey() }
    /// Meeting minutes export
    public static var minMaterial: TextKey { TextKey() }
    /// Meeting minutes export
    public static var minWhat: TextKey { TextKey() }
    /// Meeting minutes export
    public static var minWho: TextKey { TextKey() }
    /// Meeting minutes export
    public static var minWhen: TextKey { TextKey() }
    /// Meeting minutes export
    public static var minItem: TextKey { TextKey() }
    /// Meeting minutes export
    public static var minNoTime: TextKey { TextKey() }
    /// Meeting minutes export. {span}: span, {length}: length
    public static var minPlanned: TextKey { TextKey() }
    /// Meeting minutes export. {minutes}: minutes
    public static var minTook: TextKey { TextKey() }
    /// Meeting minutes export
    public static var minNotReached: TextKey { TextKey() }
    /// Meeting minutes export. {time}: time
    public static var minFrom: TextKey { TextKey() }
    /// Meeting minutes export. {time}: time
    public static var minUntil: TextKey { TextKey() }
    /// Record, attendance: who was there. {here}, {all}: people.
    public static var recHereCount: TextKey { TextKey() }
    /// Record, attendance, some remote. {here}, {all}, {remote}: people.
    public static var recHereCountRemote: TextKey { TextKey() }
    /// Record: the groups a note came from. {count}: how many; {list}: 1, 3.
    public static var recGroupList: TextKey { TextKey() }
    /// Record: notes hidden on the theme board. {count}: notes.
    public static var recHiddenNotes: TextKey { TextKey() }
    /// Facilitator's console and lagom check: notes a plan edit left without a place. {count}: notes.
    public static var orphanedNotes: TextKey { TextKey() }
}
