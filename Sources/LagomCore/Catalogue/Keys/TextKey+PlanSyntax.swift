/// What is wrong with plan.json's JSON, its fields and their types (`JSONParser`, `TreeReader`,
/// `PlanTreeDecoder`), shown by `lagom check` and whenever a plan is loaded, after the place:
/// `plan.json:14:18: steps[3].minutes: …`. Lower case, no full stop. In the command's language.
/// Field names, JSON words (true, false, null) and values from the file are quoted as written.
extension TextKey {
    /// A file that is not UTF-8. {byte}: the first bad byte, in hex.
    public static var jsonInvalidUTF8: TextKey { TextKey() }
    /// An empty file.
    public static var jsonEmpty: TextKey { TextKey() }
    /// More after the document's value. {found}: what stands there.
    public static var jsonTrailingContent: TextKey { TextKey() }
    /// In jsonExpectedFound/jsonBareWord: what the file should have here, at the document's start.
    public static var jsonExpectedValue: TextKey { TextKey() }
    /// In jsonExpectedFound/jsonBareWord: after a key's ':'.
    public static var jsonExpectedValueAfterColon: TextKey { TextKey() }
    /// In jsonExpectedFound/jsonBareWord: right after '['.
    public static var jsonExpectedValueOrClose: TextKey { TextKey() }
    /// In jsonExpectedFound/jsonBareWord: after an array's ','.
    public static var jsonExpectedValueAfterComma: TextKey { TextKey() }
    /// A value is missing. {expected}: jsonExpectedValue…; {found}: what stands there.
    public static var jsonExpectedFound: TextKey { TextKey() }
    /// A word without quotes where a value goes. {expected}: jsonExpectedValue…; {word}: the word.
    public static var jsonBareWord: TextKey { TextKey() }
    /// In "found …": the end of the file.
    public static var jsonEndOfFile: TextKey { TextKey() }
    /// A string in single quotes.
    public static var jsonSingleQuotes: TextKey { TextKey() }
    /// A comment (// or #).
    public static var jsonComment: TextKey { TextKey() }
    /// Objects or arrays nested too deep. {depth}: the most levels.
    public static var jsonTooDeep: TextKey { TextKey() }
    /// After '{': no key. {found}: what stands there.
    public static var jsonExpectedFirstKey: TextKey { TextKey() }
    /// After an object's ',': no key. {found}: what stands there.
    public static var jsonExpectedKeyAfterComma: TextKey { TextKey() }
    /// A key written twice in one object. {key}: the key, quoted; {first}: line:column of the first.
    public static var jsonDuplicateKey: TextKey { TextKey() }
    /// A key without ':'. {key}: the key, quoted; {found}: what stands there.
    public static var jsonExpectedColon: TextKey { TextKey() }
    /// A ',' right before '}' or ']'. {closing}: the bracket.
    public static var jsonTrailingComma: TextKey { TextKey() }
    /// Neither ',' nor the closing bracket. {closing}: the bracket; {what}: jsonAfter…; {found}: what stands there.
    public static var jsonExpectedCommaOrClose: TextKey { TextKey() }
    /// In jsonExpectedCommaOrClose: after a key and its value.
    public static var jsonAfterMember: TextKey { TextKey() }
    /// In jsonExpectedCommaOrClose: after a value in an array.
    public static var jsonAfterElement: TextKey { TextKey() }
    /// A string that runs to the end of the file.
    public static var jsonUnterminatedAtEndOfFile: TextKey { TextKey() }
    /// A string that runs to the end of its line.
    public static var jsonUnterminatedAtEndOfLine: TextKey { TextKey() }
    /// A tab character inside a string.
    public static var jsonTabInString: TextKey { TextKey() }
    /// Another control character inside a string. {code}: its four hex digits.
    public static var jsonControlInString: TextKey { TextKey() }
    /// `\uD83D` without its second half. {code}: the four hex digits.
    public static var jsonUnpairedSurrogate: TextKey { TextKey() }
    /// `\x` or another escape JSON lacks. {character}: the letter after the backslash.
    public static var jsonInvalidEscape: TextKey { TextKey() }
    /// `\u` without four hex digits.
    public static var jsonExpectedHexDigits: TextKey { TextKey() }
    /// A number like 09 (usually a time without quotes).
    public static var jsonLeadingZero: TextKey { TextKey() }
    /// A time like 9:30 without quotes.
    public static var jsonUnquotedTime: TextKey { TextKey() }
    /// Something that starts like a number but is none. {text}: what was written.
    public static var jsonInvalidNumber: TextKey { TextKey() }

    /// One problem of the plan, as `lagom check` and a failed load say it. {place}: `plan.json:14:18: steps[3].minutes`; {problem}: json…/plan…/agenda….
    public static var planErrorLine: TextKey { TextKey() }
    /// A plan that could not be read, when no other error says why.
    public static var planUnreadable: TextKey { TextKey() }
    /// A value of the wrong type. {expected}: planA…; {found}: the value, or planFoundArray/planFoundObject.
    public static var planExpectedFound: TextKey { TextKey() }
    /// In planExpectedFound: a text in double quotes.
    public static var planAString: TextKey { TextKey() }
    /// In planExpectedFound.
    public static var planANumber: TextKey { TextKey() }
    /// In planExpectedFound: a number without decimals.
    public static var planAWholeNumber: TextKey { TextKey() }
    /// In planExpectedFound: a yes/no field.
    public static var planTrueOrFalse: TextKey { TextKey() }
    /// In planExpectedFound: a time of day, for a text that is none.
    public static var planATime: TextKey { TextKey() }
    /// In planExpectedFound: a time of day, for a number.
    public static var planAQuotedTime: TextKey { TextKey() }
    /// In planExpectedFound: a time of day, for anything else.
    public static var planATimeOfDay: TextKey { TextKey() }
    /// In planExpectedFound.
    public static var planAnObject: TextKey { TextKey() }
    /// In planExpectedFound's {found}: a list `[…]`.
    public static var planFoundArray: TextKey { TextKey() }
    /// In planExpectedFound's {found}: an object `{…}`.
    public static var planFoundObject: TextKey { TextKey() }
    /// A time range where a number goes. {found}: the text; {start}, {end}: its two times.
    public static var planNumberNotRange: TextKey { TextKey() }
    /// A time range where one time goes. {found}: the text; {start}, {end}: its two times.
    public static var planOneTimeNotRange: TextKey { TextKey() }
    /// A word the field does not take. {noun}: planNoun…; {value}: the word, quoted; {names}: the words it takes.
    public static var planUnknownWord: TextKey { TextKey() }
    /// In planUnknownWord: `language`.
    public static var planNounLanguage: TextKey { TextKey() }
    /// In planUnknownWord: a step's `kind`.
    public static var planNounStepKind: TextKey { TextKey() }
    /// In planUnknownWord: a participant's `attendance`.
    public static var planNounAttendance: TextKey { TextKey() }
    /// In planUnknownWord: `vote.mode`.
    public static var planNounVoteMode: TextKey { TextKey() }
    /// In planUnknownWord: `roundOrder`.
    public static var planNounRoundOrder: TextKey { TextKey() }
    /// In planUnknownWord: `timer.stop`.
    public static var planNounStopMode: TextKey { TextKey() }
    /// Not a list where the plan wants one. {noun}: planNoun…s; {found}: the value.
    public static var planExpectedArray: TextKey { TextKey() }
    /// As planExpectedArray, for one text that should be a list of one. {noun}: planNoun…s; {found}: the text, quoted.
    public static var planExpectedArrayOfOne: TextKey { TextKey() }
    /// In planExpectedArray: `days`.
    public static var planNounDays: TextKey { TextKey() }
    /// In planExpectedArray: `participants`.
    public static var planNounParticipants: TextKey { TextKey() }
    /// In planExpectedArray: `steps`.
    public static var planNounSteps: TextKey { TextKey() }
    /// In planExpectedArray: a step's `roles`.
    public static var planNounRoles: TextKey { TextKey() }
    /// In planExpectedArray: `vote.ranks`.
    public static var planNounRanks: TextKey { TextKey() }
    /// In planExpectedArray: `bullets`, `prompts` and other lists of lines.
    public static var planNounStrings: TextKey { TextKey() }
    /// A field the format does not have. {key}: the key, quoted; {valid}: planValidFields/planStepFields/planKindFields.
    public static var planUnknownField: TextKey { TextKey() }
    /// As planUnknownField, for an end time under another name. {key}: the key, quoted; {valid}: as there.
    public static var planUnknownFieldEndTime: TextKey { TextKey() }
    /// As planUnknownField, for a likely typo. {key}: the key, quoted; {suggestion}: the field meant; {valid}: as there.
    public static var planUnknownFieldDidYouMean: TextKey { TextKey() }
    /// In planUnknownField: the fields of this object. {fields}: their names.
    public static var planValidFields: TextKey { TextKey() }
    /// In planUnknownField: a step of unknown kind's fields. {fields}: their names.
    public static var planStepFields: TextKey { TextKey() }
    /// In planUnknownField: the fields of a step of one kind. {step}: planAStep/planAnInfoStep; {fields}: their names.
    public static var planKindFields: TextKey { TextKey() }
    /// "a groupwork step". {kind}: the kind, as the plan writes it.
    public static var planAStep: TextKey { TextKey() }
    /// "an info step".
    public static var planAnInfoStep: TextKey { TextKey() }
    /// A required field written as null. {key}: the field.
    public static var planNullField: TextKey { TextKey() }
    /// A required field left out. {key}: the field.
    public static var planMissingField: TextKey { TextKey() }
    /// A step field for other kinds of step. {key}: the field, quoted; {kind}: the step's kind; {kinds}: the kinds that read it.
    public static var planFieldNotForKind: TextKey { TextKey() }
}
