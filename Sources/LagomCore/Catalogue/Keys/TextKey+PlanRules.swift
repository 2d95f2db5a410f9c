/// What a well-typed plan.json means that Lagom cannot run (`PlanValidator`), and the agenda's
/// warnings (`AgendaCheck`): shown by `lagom check` and whenever a plan is loaded, after the place
/// (`plan.json:14:18: steps[3].minutes: …`). Lower case, no full stop, in the command's language.
/// Field names are quoted as the plan writes them; {found}, {limit} and {max} are numbers as the
/// file writes them (never grouped: a JSON number has no thin space).
extension TextKey {
    /// A text field that is empty or only spaces.
    public static var planEmpty: TextKey { TextKey() }
    /// `days` is empty.
    public static var planNoDays: TextKey { TextKey() }
    /// `steps` is empty.
    public static var planNoSteps: TextKey { TextKey() }
    /// A date that is no real YYYY-MM-DD. {found}: the text, quoted.
    public static var planBadDate: TextKey { TextKey() }
    /// A list longer than its bound. {count}: its length; {limit}: the bound; {what}: planLimit….
    public static var planTooMany: TextKey { TextKey() }
    /// A number above its bound. {limit}: the bound; {what}: planLimit…; {found}: the number.
    public static var planAtMost: TextKey { TextKey() }
    /// In planTooMany: `participants`.
    public static var planLimitPeople: TextKey { TextKey() }
    /// In planTooMany: `days`.
    public static var planLimitDays: TextKey { TextKey() }
    /// In planTooMany: `steps`.
    public static var planLimitSteps: TextKey { TextKey() }
    /// In planTooMany: `bullets`, `prompts` and the other lines of a step.
    public static var planLimitLines: TextKey { TextKey() }
    /// In planTooMany: a step's `lists`.
    public static var planLimitLists: TextKey { TextKey() }
    /// In planTooMany: `vote.ranks`.
    public static var planLimitVoteLists: TextKey { TextKey() }
    /// In planAtMost: `secondsPerPerson`.
    public static var planLimitHour: TextKey { TextKey() }
    /// In planAtMost: `noteLimit`.
    public static var planLimitNoteCharacters: TextKey { TextKey() }
    /// In planAtMost: `groups`.
    public static var planLimitGroups: TextKey { TextKey() }
    /// In planAtMost: `groupSize.min` and `.max`.
    public static var planLimitGroupSize: TextKey { TextKey() }
    /// In planAtMost: `vote.votesPerPerson`.
    public static var planLimitVotes: TextKey { TextKey() }
    /// In planAtMost: `vote.advance`.
    public static var planLimitAdvance: TextKey { TextKey() }
    /// A participant's name twice. {name}: the name, quoted; {place}: where it was first (path and line:column).
    public static var planDuplicateParticipant: TextKey { TextKey() }
    /// `reason` for someone not absent.
    public static var planReasonNotAbsent: TextKey { TextKey() }
    /// `arrives` for someone not late.
    public static var planArrivesNotLate: TextKey { TextKey() }
    /// `"attendance": "late"` without `arrives`.
    public static var planLateWithoutArrives: TextKey { TextKey() }
    /// `leaves` not after `arrives`. {leaves}, {arrives}: the times.
    public static var planLeavesBeforeArrives: TextKey { TextKey() }
    /// A step that starts before the one before it. {start}: its start; {index}: the other step's position; {previous}: its start.
    public static var planStartBeforePrevious: TextKey { TextKey() }
    /// `returnAt` not after `start`. {back}, {start}: the times.
    public static var planReturnNotAfterStart: TextKey { TextKey() }
    /// A step id with a space. {id}: the id, quoted.
    public static var planIDHasSpaces: TextKey { TextKey() }
    /// A step id of only digits. {id}: the id, quoted.
    public static var planIDOnlyDigits: TextKey { TextKey() }
    /// A step id twice. {id}: the id, quoted; {place}: where it was first.
    public static var planDuplicateID: TextKey { TextKey() }
    /// A step's `day` the plan lacks. {day}: the day; {count}: the plan's days.
    public static var planNoSuchDay: TextKey { TextKey() }
    /// A step on an earlier day than the one before. {day}: its day; {previous}: the day before.
    public static var planDaysOutOfOrder: TextKey { TextKey() }
    /// A length or count of 0 or less. {found}: the number.
    public static var planNotPositive: TextKey { TextKey() }
    /// `minutes` or `minutesPerTurn` over a day. {max}: the most minutes; {found}: the number.
    public static var planMinutesRange: TextKey { TextKey() }
    /// `timer.warnPercent` outside 0–100. {found}: the number.
    public static var planWarnPercentRange: TextKey { TextKey() }
    /// `timer.warnMinutes` or `criticalMinutes` outside 0–a day. {max}: the most minutes; {found}: the number.
    public static var planTimerMinutesRange: TextKey { TextKey() }
    /// A step without a field its kind needs. {step}: planAStep/planAnInfoStep; {field}: the field.
    public static var planNeeds: TextKey { TextKey() }
    /// As planNeeds, for a list that needs an entry. {step}, {field}: as there.
    public static var planNeedsAtLeastOne: TextKey { TextKey() }
    /// A checkin step without `question` or `headings`. {step}: planAStep.
    public static var planNeedsQuestionOrHeadings: TextKey { TextKey() }
    /// A break step with neither `minutes` nor `returnAt`.
    public static var planBreakNeedsTime: TextKey { TextKey() }
    /// `roundBy` naming no attribute. {field}: what was written, quoted; {names}: the attributes.
    public static var planUnknownRoundBy: TextKey { TextKey() }
    /// An empty entry of `headings`.
    public static var planEmptyHeading: TextKey { TextKey() }
    /// An empty entry of `lists`.
    public static var planEmptyListName: TextKey { TextKey() }
    /// A list named twice in one step. {list}: the name, quoted.
    public static var planDuplicateList: TextKey { TextKey() }
    /// A count below 1. {found}: the number.
    public static var planAtLeastOne: TextKey { TextKey() }
    /// `groupSize.min` above `.max`. {min}, {max}: the numbers.
    public static var planMinAboveMax: TextKey { TextKey() }
    /// `mixBy` naming a field no participant has. {field}: what was written, quoted; {names}: the fields they have.
    public static var planNoSuchMixField: TextKey { TextKey() }
    /// After another problem: the likely word meant. {problem}: the problem; {word}: the word.
    public static var planDidYouMean: TextKey { TextKey() }
    /// A reference to a step id the plan lacks. {id}: the id, quoted.
    public static var planNoSuchStep: TextKey { TextKey() }
    /// `groupsFrom` naming this or a later step. {id}: the id, quoted.
    public static var planGroupsFromNotEarlier: TextKey { TextKey() }
    /// `groupsFrom` naming a step that forms no groups. {id}: the id, quoted.
    public static var planGroupsFromNoGroups: TextKey { TextKey() }
    /// `groupSize`, `groups` or `mixBy` beside `groupsFrom`. {key}: the field.
    public static var planNotWithGroupsFrom: TextKey { TextKey() }
    /// `pinnedRoles` naming someone not in `participants`. {name}: the name, quoted.
    public static var planNotAParticipant: TextKey { TextKey() }
    /// `pinnedRoles` naming a role the step lacks. {role}: the role, quoted; {roles}: its roles, or planNone.
    public static var planNoSuchRole: TextKey { TextKey() }
    /// In planNoSuchRole: the step has no roles.
    public static var planNone: TextKey { TextKey() }
    /// `itemsFrom` naming this or a later step. {id}: the id, quoted.
    public static var planItemsFromNotEarlier: TextKey { TextKey() }
    /// `itemsFrom` naming a step without a vote. {id}: the id, quoted.
    public static var planItemsFromNotAVote: TextKey { TextKey() }
    /// `vote.ranks` is empty.
    public static var planNoRanks: TextKey { TextKey() }
    /// `vote.maxPerItem` above `votesPerPerson`. {cap}: maxPerItem; {votes}: votesPerPerson.
    public static var planMaxPerItemAboveVotes: TextKey { TextKey() }
    /// `parentList` naming this or a later step. {id}: the id, quoted.
    public static var planParentListNotEarlier: TextKey { TextKey() }
    /// `vote.ranks` naming this or a later step. {id}: the id, quoted.
    public static var planRankNotEarlier: TextKey { TextKey() }
    /// A list reference to a step without notes. {id}: the id, quoted; {step}: planAStep.
    public static var planCollectsNoNotes: TextKey { TextKey() }
    /// `list` for a step without named lists. {id}: the id, quoted; {list}: the list written, quoted.
    public static var planNoNamedLists: TextKey { TextKey() }
    /// No `list` for a step with named lists. {id}: the id, quoted; {names}: its lists, quoted.
    public static var planMissingList: TextKey { TextKey() }
    /// A list the step lacks. {id}: the id, quoted; {list}: the list written, quoted; {names}: its lists.
    public static var planNoSuchList: TextKey { TextKey() }
    /// As planNoSuchList, with the likely list meant. {id}, {list}, {names}: as there; {word}: the list meant.
    public static var planNoSuchListDidYouMean: TextKey { TextKey() }

    /// Agenda warning: a start before the item before ends. {start}: the start; {other}: `steps[2] "Title"`; {end}: its end.
    public static var agendaOverlap: TextKey { TextKey() }
    /// Agenda warning: unplanned minutes between two items. {minutes}: how many; {other}: `steps[2] "Title"`; {end}: its end; {start}: this start.
    public static var agendaGap: TextKey { TextKey() }
    /// Agenda warning: sub-items that end after their item. {number}: the item's number; {end}: their end; {itemEnd}: the item's.
    public static var agendaSubItemsOverrun: TextKey { TextKey() }
    /// Agenda warning: a round whose speakers cannot fit. {who}: agendaSpeakers…; {seconds}: per speaker; {needed}: minutes needed; {minutes}: minutes planned; {each}: seconds that fit each.
    public static var agendaRoundCannotFit: TextKey { TextKey() }
    /// In agendaRoundCannotFit: everyone speaks. {count}: how many.
    public static var agendaSpeakersParticipants: TextKey { TextKey() }
    /// In agendaRoundCannotFit: one per site speaks. {count}: how many.
    public static var agendaSpeakersSites: TextKey { TextKey() }
}
