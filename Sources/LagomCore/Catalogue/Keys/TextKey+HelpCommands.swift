/// The command line's help, continued: the vote, record, rehearse, export, attendance, groups,
/// round, repair, share and ssh commands. A command's `abstract`, `discussion` and each option's
/// `help` name these keys (HelpPrinter).
extension TextKey {
    /// `lagom vote --help`: its summary.
    public static var helpVote: TextKey { TextKey() }
    /// `lagom vote … --help`: --step.
    public static var helpVoteStep: TextKey { TextKey() }
    /// `lagom vote tally --help`: its summary.
    public static var helpVoteTally: TextKey { TextKey() }
    /// `lagom vote tally --help`: <points>.
    public static var helpVoteTallyPoints: TextKey { TextKey() }
    /// `lagom vote cast --help`: its summary.
    public static var helpVoteCast: TextKey { TextKey() }
    /// `lagom vote cast --help`: --voter.
    public static var helpVoteCastVoter: TextKey { TextKey() }
    /// `lagom vote cast --help`: --clear.
    public static var helpVoteCastClear: TextKey { TextKey() }
    /// `lagom vote cast --help`: <notes>.
    public static var helpVoteCastNotes: TextKey { TextKey() }
    /// `lagom vote results --help`: its summary.
    public static var helpVoteResults: TextKey { TextKey() }
    /// `lagom vote choose --help`: its summary.
    public static var helpVoteChoose: TextKey { TextKey() }
    /// `lagom vote choose --help`: <notes>.
    public static var helpVoteChooseNotes: TextKey { TextKey() }
    /// `lagom reveal --help`: its summary.
    public static var helpReveal: TextKey { TextKey() }
    /// `lagom reveal --help`: --step.
    public static var helpRevealStep: TextKey { TextKey() }
    /// `lagom undo --help`: its summary.
    public static var helpUndo: TextKey { TextKey() }
    /// `lagom decision --help`: its summary.
    public static var helpDecision: TextKey { TextKey() }
    /// `lagom decision add --help`: its summary.
    public static var helpDecisionAdd: TextKey { TextKey() }
    /// `lagom decision add --help`: --step.
    public static var helpDecisionAddStep: TextKey { TextKey() }
    /// `lagom decision add --help`: <text>.
    public static var helpDecisionAddText: TextKey { TextKey() }
    /// `lagom decision edit --help`: its summary.
    public static var helpDecisionEdit: TextKey { TextKey() }
    /// `lagom decision delete --help`: its summary.
    public static var helpDecisionDelete: TextKey { TextKey() }
    /// `lagom decision list --help`: its summary.
    public static var helpDecisionList: TextKey { TextKey() }
    /// `lagom action --help`: its summary.
    public static var helpAction: TextKey { TextKey() }
    /// `lagom action add --help`: its summary.
    public static var helpActionAdd: TextKey { TextKey() }
    /// `lagom action add --help`: --step.
    public static var helpActionAddStep: TextKey { TextKey() }
    /// `lagom action add --help`: --owner.
    public static var helpActionAddOwner: TextKey { TextKey() }
    /// `lagom action add --help`: --due.
    public static var helpActionAddDue: TextKey { TextKey() }
    /// `lagom action add --help`: <text>.
    public static var helpActionAddText: TextKey { TextKey() }
    /// `lagom action edit --help`: its summary.
    public static var helpActionEdit: TextKey { TextKey() }
    /// `lagom action delete --help`: its summary.
    public static var helpActionDelete: TextKey { TextKey() }
    /// `lagom action list --help`: its summary.
    public static var helpActionList: TextKey { TextKey() }
    /// `lagom action done --help`: its summary.
    public static var helpActionDone: TextKey { TextKey() }
    /// `lagom action done --help`: <id>.
    public static var helpActionDoneId: TextKey { TextKey() }
    /// `lagom action done --help`: --open.
    public static var helpActionDoneOpen: TextKey { TextKey() }
    /// `lagom minute --help`: its summary.
    public static var helpMinute: TextKey { TextKey() }
    /// `lagom minute add --help`: its summary.
    public static var helpMinuteAdd: TextKey { TextKey() }
    /// `lagom minute add --help`: --step.
    public static var helpMinuteAddStep: TextKey { TextKey() }
    /// `lagom minute add --help`: --speaker.
    public static var helpMinuteAddSpeaker: TextKey { TextKey() }
    /// `lagom minute add --help`: --heading.
    public static var helpMinuteAddHeading: TextKey { TextKey() }
    /// `lagom minute add --help`: <text>.
    public static var helpMinuteAddText: TextKey { TextKey() }
    /// `lagom minute edit --help`: its summary.
    public static var helpMinuteEdit: TextKey { TextKey() }
    /// `lagom minute delete --help`: its summary.
    public static var helpMinuteDelete: TextKey { TextKey() }
    /// `lagom minute list --help`: its summary.
    public static var helpMinuteList: TextKey { TextKey() }
    /// `lagom action|decision|minute edit --help`: --owner.
    public static var helpRecordEditOwner: TextKey { TextKey() }
    /// `lagom action|decision|minute edit --help`: --due.
    public static var helpRecordEditDue: TextKey { TextKey() }
    /// `lagom action|decision|minute edit --help`: <text>.
    public static var helpRecordEditText: TextKey { TextKey() }
    /// `lagom action|decision|minute list --help`: --step.
    public static var helpRecordListStep: TextKey { TextKey() }
    /// `lagom rehearse --help`: its summary.
    public static var helpRehearse: TextKey { TextKey() }
    /// `lagom rehearse --help`: what it changes.
    public static var helpRehearseMore: TextKey { TextKey() }
    /// `lagom rehearse --help`: --day.
    public static var helpRehearseDay: TextKey { TextKey() }
    /// `lagom rehearse --help`: --off.
    public static var helpRehearseOff: TextKey { TextKey() }
    /// `lagom log --help`: its summary.
    public static var helpLog: TextKey { TextKey() }
    /// `lagom export --help`: its summary.
    public static var helpExport: TextKey { TextKey() }
    /// `lagom export --help`: --format.
    public static var helpExportFormat: TextKey { TextKey() }
    /// `lagom export --help`: --output.
    public static var helpExportOutput: TextKey { TextKey() }
    /// `lagom export --help`: --force.
    public static var helpExportForce: TextKey { TextKey() }
    /// `lagom export --help`: --template.
    public static var helpExportTemplate: TextKey { TextKey() }
    /// `lagom export --help`: --include-unrevealed.
    public static var helpExportIncludeUnrevealed: TextKey { TextKey() }
    /// `lagom attendance --help`: its summary.
    public static var helpAttendance: TextKey { TextKey() }
    /// `lagom attendance --help`: its output and names.
    public static var helpAttendanceMore: TextKey { TextKey() }
    /// `lagom attendance --help`: <name>.
    public static var helpAttendanceName: TextKey { TextKey() }
    /// `lagom attendance --help`: --present.
    public static var helpAttendancePresent: TextKey { TextKey() }
    /// `lagom attendance --help`: --absent.
    public static var helpAttendanceAbsent: TextKey { TextKey() }
    /// `lagom attendance --help`: --reason.
    public static var helpAttendanceReason: TextKey { TextKey() }
    /// `lagom attendance --help`: --remote.
    public static var helpAttendanceRemote: TextKey { TextKey() }
    /// `lagom attendance --help`: --late.
    public static var helpAttendanceLate: TextKey { TextKey() }
    /// `lagom attendance --help`: --leaves.
    public static var helpAttendanceLeaves: TextKey { TextKey() }
    /// `lagom attendance --help`: --guest.
    public static var helpAttendanceGuest: TextKey { TextKey() }
    /// `lagom attendance --help`: --site.
    public static var helpAttendanceSite: TextKey { TextKey() }
    /// `lagom groups --help`: its summary.
    public static var helpGroups: TextKey { TextKey() }
    /// `lagom groups form --help`: its summary.
    public static var helpGroupsForm: TextKey { TextKey() }
    /// `lagom groups form --help`: --seed.
    public static var helpGroupsFormSeed: TextKey { TextKey() }
    /// `lagom groups show --help`: its summary.
    public static var helpGroupsShow: TextKey { TextKey() }
    /// `lagom groups move --help`: its summary.
    public static var helpGroupsMove: TextKey { TextKey() }
    /// `lagom groups move --help`: <name>.
    public static var helpGroupsMoveName: TextKey { TextKey() }
    /// `lagom groups move --help`: --to.
    public static var helpGroupsMoveTo: TextKey { TextKey() }
    /// `lagom groups swap --help`: its summary.
    public static var helpGroupsSwap: TextKey { TextKey() }
    /// `lagom groups swap --help`: <first>.
    public static var helpGroupsSwapFirst: TextKey { TextKey() }
    /// `lagom groups swap --help`: <second>.
    public static var helpGroupsSwapSecond: TextKey { TextKey() }
    /// `lagom groups lock --help`: its summary.
    public static var helpGroupsLock: TextKey { TextKey() }
    /// `lagom groups unlock --help`: its summary.
    public static var helpGroupsUnlock: TextKey { TextKey() }
    /// `lagom groups item --help`: its summary.
    public static var helpGroupsItem: TextKey { TextKey() }
    /// `lagom groups item --help`: <note>.
    public static var helpGroupsItemNote: TextKey { TextKey() }
    /// `lagom round --help`: its summary.
    public static var helpRound: TextKey { TextKey() }
    /// `lagom round next --help`: its summary.
    public static var helpRoundNext: TextKey { TextKey() }
    /// `lagom round next --help`: what it prints.
    public static var helpRoundNextMore: TextKey { TextKey() }
    /// `lagom round next --help`: --step.
    public static var helpRoundNextStep: TextKey { TextKey() }
    /// `lagom round pass --help`: its summary.
    public static var helpRoundPass: TextKey { TextKey() }
    /// `lagom round pass --help`: what it prints.
    public static var helpRoundPassMore: TextKey { TextKey() }
    /// `lagom round pass|order --help`: --step.
    public static var helpRoundCheckinStep: TextKey { TextKey() }
    /// `lagom round order --help`: its summary.
    public static var helpRoundOrder: TextKey { TextKey() }
    /// `lagom round order --help`: what it prints.
    public static var helpRoundOrderMore: TextKey { TextKey() }
    /// `lagom round order --help`: --seed.
    public static var helpRoundOrderSeed: TextKey { TextKey() }
    /// `lagom round order --help`: <order>.
    public static var helpRoundOrderOrder: TextKey { TextKey() }
    /// `lagom repair --help`: its summary.
    public static var helpRepair: TextKey { TextKey() }
    /// `lagom repair --help`: where the lines go.
    public static var helpRepairMore: TextKey { TextKey() }
    /// `lagom share --help`: its summary.
    public static var helpShare: TextKey { TextKey() }
    /// `lagom share --help`: what it changes.
    public static var helpShareMore: TextKey { TextKey() }
    /// `lagom share --help`: --group.
    public static var helpShareGroup: TextKey { TextKey() }
    /// `lagom ssh-line --help`: its summary.
    public static var helpSSHLine: TextKey { TextKey() }
    /// `lagom ssh-line --help`: where the line goes.
    public static var helpSSHLineMore: TextKey { TextKey() }
    /// `lagom ssh-line --help`: --group.
    public static var helpSSHLineGroup: TextKey { TextKey() }
    /// `lagom ssh-line --help`: --projector.
    public static var helpSSHLineProjector: TextKey { TextKey() }
    /// `lagom ssh-line --help`: <key-file>.
    public static var helpSSHLineKeyFile: TextKey { TextKey() }
    /// `lagom ssh-pane --help`: its summary.
    public static var helpSSHPane: TextKey { TextKey() }
    /// `lagom ssh-pane --help`: <folder>.
    public static var helpSSHPaneFolder: TextKey { TextKey() }
    /// `lagom ssh-pane --help`: <role>.
    public static var helpSSHPaneRole: TextKey { TextKey() }
    /// `lagom ssh-pane --help`: <group>.
    public static var helpSSHPaneGroup: TextKey { TextKey() }
    /// stderr: a required argument is missing. {argument}: its name, e.g. <session>.
    public static var parseMissingArgument: TextKey { TextKey() }
    /// stderr: one of several arguments is missing. {arguments}: their names.
    public static var parseMissingOneOf: TextKey { TextKey() }
    /// stderr: an option the command does not have. {option}: what was typed.
    public static var parseUnknownOption: TextKey { TextKey() }
    /// stderr: an option the command does not have, close to one it has. {option}: what was typed; {guess}: the close one.
    public static var parseUnknownOptionGuess: TextKey { TextKey() }
    /// stderr: an option without its value. {option}: the option.
    public static var parseMissingValue: TextKey { TextKey() }
    /// stderr: a word the command does not take. {value}: the word.
    public static var parseUnexpectedArgument: TextKey { TextKey() }
    /// stderr: words the command does not take. {count}: how many; {values}: the words.
    public static var parseUnexpectedArguments: TextKey { TextKey() }
    /// stderr: a value an option or argument cannot take. {value}: the value; {option}: the option.
    public static var parseInvalidValue: TextKey { TextKey() }
    /// stderr: a value given to a flag. {option}: the flag; {value}: the value.
    public static var parseFlagTakesNoValue: TextKey { TextKey() }
    /// stderr: a command that needs a subcommand got none.
    public static var parseMissingSubcommand: TextKey { TextKey() }
}
