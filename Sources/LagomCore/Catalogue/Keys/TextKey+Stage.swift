// The agenda, the stage every role shows, and the words of steps and countdowns.
extension TextKey {
    /// Agenda sidebar and projector: the heading over the day's steps.
    public static var agendaHeading: TextKey { TextKey() }
    /// Agenda and projector: "Dag 2", the day a step is on. {day}: its number.
    public static var dayNumber: TextKey { TextKey() }
    /// Stage before the first step.
    public static var dayNotStarted: TextKey { TextKey() }
    /// Agenda header: the day runs to plan.
    public static var onSchedule: TextKey { TextKey() }
    /// Agenda header: how late the day runs. {minutes}: whole minutes.
    public static var behindSchedule: TextKey { TextKey() }
    /// Agenda header: how early the day runs. {minutes}: whole minutes.
    public static var aheadOfSchedule: TextKey { TextKey() }
    /// A step's length, everywhere. {minutes}: whole minutes.
    public static var minutesShort: TextKey { TextKey() }
    /// Stage of a step that lasts until a return time. {time}: the time of day.
    public static var backAt: TextKey { TextKey() }
    /// A break not started yet: its length. {minutes}: whole minutes.
    public static var breakLength: TextKey { TextKey() }
    /// Agenda and timekeeper: a step not started.
    public static var stepPending: TextKey { TextKey() }
    /// Agenda and timekeeper: the step runs.
    public static var stepRunning: TextKey { TextKey() }
    /// Agenda and timekeeper: the step is paused.
    public static var stepPaused: TextKey { TextKey() }
    /// Agenda and timekeeper: the step is over.
    public static var stepDone: TextKey { TextKey() }
    /// Stage and projector when a step is over.
    public static var stepDoneMark: TextKey { TextKey() }
    /// Countdown label near its end.
    public static var timerEndingSoon: TextKey { TextKey() }
    /// Countdown label in its last minutes. {minutes}: more than one.
    public static var timerLastMinutes: TextKey { TextKey() }
    /// Countdown label in its last minute.
    public static var timerLastMinute: TextKey { TextKey() }
    /// Countdown label past zero.
    public static var timerOvertime: TextKey { TextKey() }
    /// Countdown label when paused.
    public static var timerPaused: TextKey { TextKey() }
    /// Countdown label of a hard stop held at zero.
    public static var timerTimeUp: TextKey { TextKey() }
    /// Countdown label when stopped.
    public static var timerStopped: TextKey { TextKey() }
    /// Kind of step, in the agenda and the stage's heading.
    public static var kindInfo: TextKey { TextKey() }
    public static var kindCheckin: TextKey { TextKey() }
    public static var kindGroupwork: TextKey { TextKey() }
    public static var kindVattentrappa: TextKey { TextKey() }
    public static var kindBrainwriting: TextKey { TextKey() }
    public static var kindVote: TextKey { TextKey() }
    public static var kindBreak: TextKey { TextKey() }
    /// Stage of a check-in: the heading over its question.
    public static var checkinQuestion: TextKey { TextKey() }
    /// Stage of a check-in: the heading over the list of people.
    public static var checkinRound: TextKey { TextKey() }
    /// Stage of a check-in: who speaks now.
    public static var checkinSpeaking: TextKey { TextKey() }
    /// Stage of a check-in: time each. {minutes}: whole minutes.
    public static var perPersonMinutes: TextKey { TextKey() }
    /// Stage of a check-in: time each. {seconds}: seconds, not whole minutes.
    public static var perPersonSeconds: TextKey { TextKey() }
    /// Stage of group work: the heading over the task.
    public static var stageTask: TextKey { TextKey() }
    /// Stage of group work: the heading over the roles.
    public static var stageRoles: TextKey { TextKey() }
    /// Stage: "22 par", the pairs to form. {count}: pairs; {mix}: ", blandade …" or empty.
    public static var pairsToForm: TextKey { TextKey() }
    /// Stage: "6 grupper om 7–8". {count}: groups; {sizes}: "7–8"; {mix}: ", blandade …" or empty.
    public static var groupsOfSize: TextKey { TextKey() }
    /// Stage: groups whose size is not known. {count}: groups; {mix}: ", blandade …" or empty.
    public static var groupsToForm: TextKey { TextKey() }
    /// Stage: a step's time box. {minutes}: whole minutes.
    public static var timeBox: TextKey { TextKey() }
    /// Stage: a step with a length and a return time. {minutes}: the exercise's length.
    public static var exerciseThenBreak: TextKey { TextKey() }
    /// Stage and projector: notes written so far. {count}: notes.
    public static var notesSoFar: TextKey { TextKey() }
    /// Everywhere notes are counted. {count}: notes.
    public static var notesCount: TextKey { TextKey() }
    /// A group's name everywhere. {group}: its number.
    public static var groupNumber: TextKey { TextKey() }
    /// Stage of a vattentrappa: each turn's length. {minutes}: whole minutes.
    public static var perTurn: TextKey { TextKey() }
    /// Stage of a vattentrappa: how it goes.
    public static var vattentrappaBrief: TextKey { TextKey() }
    /// Stage of silent writing, before the notes are shown.
    public static var brainwritingBrief: TextKey { TextKey() }
    /// Stage of silent writing, once the notes are shown.
    public static var brainwritingShared: TextKey { TextKey() }
    /// Stage of a vote: everyone's votes. {votes}: votes each.
    public static var voteBrief: TextKey { TextKey() }
    /// Stage of a vote with a cap per item. {votes}: votes each; {cap}: at most per item.
    public static var voteBriefCapped: TextKey { TextKey() }
    /// Stage of a vote before its result is shown.
    public static var resultsHidden: TextKey { TextKey() }
    /// Vote results: an item that got no points.
    public static var withoutPoints: TextKey { TextKey() }
    /// Vote results: the heading of a ranked list.
    public static var ranked: TextKey { TextKey() }
    /// Stage: the heading over who leads a step.
    public static var ledBy: TextKey { TextKey() }
    /// The end of a list that did not fit. {count}: the items not shown.
    public static var moreNotShown: TextKey { TextKey() }
    /// Stage of a vattentrappa before the first turn.
    public static var noTurnYet: TextKey { TextKey() }
    /// Message after an undo that names nothing.
    public static var undone: TextKey { TextKey() }
    /// Message after a paste too long for a note. {kib}: the KiB kept.
    public static var pasteCut: TextKey { TextKey() }
    /// Message after a save.
    public static var saved: TextKey { TextKey() }
    /// Facilitator's footer in present mode.
    public static var presentMode: TextKey { TextKey() }
}

// Attendance and groups.
extension TextKey {
    /// Stage: how groups are mixed, after their count ("6 grupper, blandade …"). {mix}: the mix.
    public static var mixedList: TextKey { TextKey() }
    /// Stage and group board: groups mixed by the participants' site.
    public static var mixedBySite: TextKey { TextKey() }
    /// Stage and group board: groups mixed by another field of the plan. {field}: its name there.
    public static var mixedByField: TextKey { TextKey() }
    /// Group board: how well mixed the groups are, by site. {span}: "3–4"; {most}: the larger count.
    public static var mixQualitySites: TextKey { TextKey() }
    /// Group board: how well mixed, by another field. {span}: "3–4"; {field}: the plan's name.
    public static var mixQualityField: TextKey { TextKey() }
    /// Group board heading. {title}: the step's title.
    public static var groupsOfStep: TextKey { TextKey() }
    /// Group board: a member who takes part from afar.
    public static var remoteMember: TextKey { TextKey() }
    /// Group board's pages. {page}: this page; {pages}: all.
    public static var pageOf: TextKey { TextKey() }
    /// Group board: the item a group works on. {item}: its text.
    public static var groupItem: TextKey { TextKey() }
    /// Secretary pane: the group's label before its members. {group}: its number.
    public static var yourGroup: TextKey { TextKey() }
    /// Facilitator's console and projector
    public static var stageNoRound: TextKey { TextKey() }
    /// Facilitator's console and projector
    public static var stageNoNotes: TextKey { TextKey() }
    /// Facilitator's console and projector
    public static var stageQuit: TextKey { TextKey() }
    /// Closing screen (projector, present mode, secretary) once the last step is done.
    public static var closingThanks: TextKey { TextKey() }
    /// Closing screen under the workshop's name, when the end time is not known.
    public static var closingDayOver: TextKey { TextKey() }
    /// Closing screen under the workshop's name. {time}: when the last step was done.
    public static var closingDayEnded: TextKey { TextKey() }
    /// Console help: PgDn and → turn a long slide's page, and past its last page change the step.
    public static var keySlideForward: TextKey { TextKey() }
    /// Console help: PgUp and ← turn back, and before the first page go to the previous step.
    public static var keySlideBack: TextKey { TextKey() }
}
