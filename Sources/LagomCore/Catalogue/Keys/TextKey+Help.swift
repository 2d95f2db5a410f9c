/// The command line's help (`lagom --help`, `lagom help COMMAND`, `lagom COMMAND --help`): the
/// printer's own words, the options many commands share, the screens and the step, note and timer
/// commands, and ArgumentParser's mistakes said again in the command's language (HelpPrinter).
extension TextKey {
    /// Every `--help`: the heading over a command's summary.
    public static var helpOverview: TextKey { TextKey() }
    /// Every `--help`: the heading of the usage line.
    public static var helpUsage: TextKey { TextKey() }
    /// Every `--help`: the heading over a command's arguments.
    public static var helpArguments: TextKey { TextKey() }
    /// Every `--help`: the heading over a command's options.
    public static var helpOptions: TextKey { TextKey() }
    /// Every `--help` of a command with subcommands: the heading over them.
    public static var helpSubcommands: TextKey { TextKey() }
    /// Every `--help` of a command with subcommands: the usage line's word for one of them.
    public static var helpSubcommandWord: TextKey { TextKey() }
    /// Every `--help`: after an option's text, its value when left out. {value}: the value.
    public static var helpDefaultValue: TextKey { TextKey() }
    /// `lagom --help`: after the command `lagom` runs when none is named.
    public static var helpDefaultSubcommand: TextKey { TextKey() }
    /// Every `--help` of a command with subcommands, last line. {command}: `lagom help` and the command, e.g. `lagom help vote`; {subcommand}: helpSubcommandWord.
    public static var helpSeeSubcommand: TextKey { TextKey() }
    /// Every `--help`: -h, --help.
    public static var helpFlagHelp: TextKey { TextKey() }
    /// `lagom --help`: --version.
    public static var helpFlagVersion: TextKey { TextKey() }
    /// Every `--help`: --lang, which every command takes.
    public static var helpOptionLang: TextKey { TextKey() }
    /// `lagom --help`: the help command.
    public static var helpHelp: TextKey { TextKey() }
    /// stderr, after a mistake on the command line. {usage}: the command's usage line.
    public static var helpUsageAfterMistake: TextKey { TextKey() }
    /// stderr, last line after a mistake on the command line. {command}: the command, e.g. `lagom vote cast`.
    public static var helpSeeHelp: TextKey { TextKey() }
    /// Every session command's `--help`: <session>.
    public static var helpSessionArgument: TextKey { TextKey() }
    /// `lagom repair|share --help`: <session>.
    public static var helpSessionHereArgument: TextKey { TextKey() }
    /// Every writing command's `--help`: --as. {roles}: the roles, as typed.
    public static var helpAsOption: TextKey { TextKey() }
    /// Every screen's `--help`: --theme.
    public static var helpThemeOption: TextKey { TextKey() }
    /// `lagom note|decision|action|minute list --help`: --json.
    public static var helpJSONFlag: TextKey { TextKey() }
    /// `lagom timer|groups … --help`: --step.
    public static var helpStepOrCurrent: TextKey { TextKey() }
    /// `lagom decision|action|minute edit|delete --help`: <id>.
    public static var helpIdArgument: TextKey { TextKey() }
    /// `lagom note edit|delete|move --help`: <id>.
    public static var helpNoteIdArgument: TextKey { TextKey() }
    /// `lagom groups lock|unlock|item --help`: --group.
    public static var helpGroupOption: TextKey { TextKey() }
    /// `lagom --help`: what Lagom is.
    public static var helpLagom: TextKey { TextKey() }
    /// `lagom --help`: sessions, the default command and the language.
    public static var helpLagomMore: TextKey { TextKey() }
    /// `lagom facilitator --help`: its summary.
    public static var helpFacilitator: TextKey { TextKey() }
    /// `lagom projector --help`: its summary.
    public static var helpProjector: TextKey { TextKey() }
    /// `lagom timekeeper --help`: its summary.
    public static var helpTimekeeper: TextKey { TextKey() }
    /// `lagom timekeeper --help`: its keys.
    public static var helpTimekeeperMore: TextKey { TextKey() }
    /// `lagom timekeeper --help`: --group.
    public static var helpTimekeeperGroup: TextKey { TextKey() }
    /// `lagom timekeeper --help`: --quiet.
    public static var helpTimekeeperQuiet: TextKey { TextKey() }
    /// `lagom secretary --help`: its summary.
    public static var helpSecretary: TextKey { TextKey() }
    /// `lagom secretary --help`: --group.
    public static var helpSecretaryGroup: TextKey { TextKey() }
    /// `lagom minutes --help`: its summary.
    public static var helpMinutes: TextKey { TextKey() }
    /// `lagom minutes --help`: how the pane works.
    public static var helpMinutesMore: TextKey { TextKey() }
    /// `lagom check --help`: its summary.
    public static var helpCheck: TextKey { TextKey() }
    /// `lagom check --help`: the warnings.
    public static var helpCheckMore: TextKey { TextKey() }
    /// `lagom new --help`: its summary.
    public static var helpNew: TextKey { TextKey() }
    /// `lagom new --help`: where the session is made.
    public static var helpNewMore: TextKey { TextKey() }
    /// `lagom new --help`: <name>.
    public static var helpNewName: TextKey { TextKey() }
    /// `lagom new --help`: --from.
    public static var helpNewFrom: TextKey { TextKey() }
    /// `lagom new --help`: --from-agenda.
    public static var helpNewFromAgenda: TextKey { TextKey() }
    /// `lagom step --help`: its summary.
    public static var helpStep: TextKey { TextKey() }
    /// `lagom step start --help`: its summary.
    public static var helpStepStart: TextKey { TextKey() }
    /// `lagom step pause --help`: its summary.
    public static var helpStepPause: TextKey { TextKey() }
    /// `lagom step resume --help`: its summary.
    public static var helpStepResume: TextKey { TextKey() }
    /// `lagom step done --help`: its summary.
    public static var helpStepDone: TextKey { TextKey() }
    /// `lagom step next --help`: its summary.
    public static var helpStepNext: TextKey { TextKey() }
    /// `lagom step back --help`: its summary.
    public static var helpStepBack: TextKey { TextKey() }
    /// `lagom step goto --help`: its summary.
    public static var helpStepGoto: TextKey { TextKey() }
    /// `lagom step goto --help`: <step>.
    public static var helpStepGotoStep: TextKey { TextKey() }
    /// `lagom note --help`: its summary.
    public static var helpNote: TextKey { TextKey() }
    /// `lagom note add --help`: its summary.
    public static var helpNoteAdd: TextKey { TextKey() }
    /// `lagom note add --help`: --step.
    public static var helpNoteAddStep: TextKey { TextKey() }
    /// `lagom note add --help`: --list.
    public static var helpNoteAddList: TextKey { TextKey() }
    /// `lagom note add --help`: --group.
    public static var helpNoteAddGroup: TextKey { TextKey() }
    /// `lagom note add --help`: --parent.
    public static var helpNoteAddParent: TextKey { TextKey() }
    /// `lagom note add --help`: <text>.
    public static var helpNoteAddText: TextKey { TextKey() }
    /// `lagom note edit --help`: its summary.
    public static var helpNoteEdit: TextKey { TextKey() }
    /// `lagom note edit --help`: <text>.
    public static var helpNoteEditText: TextKey { TextKey() }
    /// `lagom note delete --help`: its summary.
    public static var helpNoteDelete: TextKey { TextKey() }
    /// `lagom note move --help`: its summary.
    public static var helpNoteMove: TextKey { TextKey() }
    /// `lagom note move --help`: --step.
    public static var helpNoteMoveStep: TextKey { TextKey() }
    /// `lagom note move --help`: --list.
    public static var helpNoteMoveList: TextKey { TextKey() }
    /// `lagom note move --help`: --group.
    public static var helpNoteMoveGroup: TextKey { TextKey() }
    /// `lagom note move --help`: --parent.
    public static var helpNoteMoveParent: TextKey { TextKey() }
    /// `lagom note move --help`: --no-parent.
    public static var helpNoteMoveNoParent: TextKey { TextKey() }
    /// `lagom note list --help`: its summary.
    public static var helpNoteList: TextKey { TextKey() }
    /// `lagom note list --help`: --step.
    public static var helpNoteListStep: TextKey { TextKey() }
    /// `lagom note list --help`: --list.
    public static var helpNoteListList: TextKey { TextKey() }
    /// `lagom note list --help`: --group.
    public static var helpNoteListGroup: TextKey { TextKey() }
    /// `lagom timer --help`: its summary.
    public static var helpTimer: TextKey { TextKey() }
    /// `lagom timer … --help`: --group.
    public static var helpTimerGroup: TextKey { TextKey() }
    /// `lagom timer start --help`: its summary.
    public static var helpTimerStart: TextKey { TextKey() }
    /// `lagom timer start --help`: --minutes. {max}: the longest countdown.
    public static var helpTimerStartMinutes: TextKey { TextKey() }
    /// `lagom timer pause --help`: its summary.
    public static var helpTimerPause: TextKey { TextKey() }
    /// `lagom timer resume --help`: its summary.
    public static var helpTimerResume: TextKey { TextKey() }
    /// `lagom timer extend --help`: its summary.
    public static var helpTimerExtend: TextKey { TextKey() }
    /// `lagom timer extend --help`: --minutes. {max}: the most minutes.
    public static var helpTimerExtendMinutes: TextKey { TextKey() }
    /// `lagom timer reset --help`: its summary.
    public static var helpTimerReset: TextKey { TextKey() }
    /// `lagom timer stop --help`: its summary.
    public static var helpTimerStop: TextKey { TextKey() }
}
