import ArgumentParser
import FoundationEssentials
import Glibc
import LagomCore
import LagomStore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: TextKey.helpCheck.name,
        discussion: TextKey.helpCheckMore.name)
    @Argument(help: SessionLocation.argumentHelp) var session: String

    func run() throws {
        let folder: String
        folder = try SessionLocation.folder(session)
        let planPath = folder + "/plan.json"
        let data: [UInt8]
        do { data = try SessionStore.planBytes(folder: folder) } catch { throw CommandFailure(error) }
        SessionLocation.speakTheLanguage(of: data)
        let problems = PlanLoader.validate(data, file: planPath)
        if !problems.isEmpty {
            for problem in problems { printError(problem.text(CommandLanguage.current)) }
            throw ExitCode(1)
        }
        let store: SessionStore
        do {
            store = try SessionStore(
                folder: folder, clock: SystemClock(session: folder, saveAnchor: false), ids: SystemIDSource(),
                access: .readOnly)
        } catch { throw CommandFailure(error) }
        let logPath = "\(folder)/\(SessionStore.logFile)"
        let damage = store.damage.map { $0.notice(file: logPath) }
        for notice in store.notices where !damage.contains(notice) { warn(notice) }
        for line in damage { printError(Localized(.cliErrorLine, ["text": line]).text(CommandLanguage.current)) }
        let unnamed: [String]
        do { unnamed = try store.tornCopiesNoMarkerNames() } catch { throw CommandFailure(error) }
        for copy in unnamed {
            warn(Localized(.cliTornCopyUnnamed, ["file": "\(folder)/\(copy)"]))
        }
        // The agenda's times: overlaps, gaps, rounds that cannot fit.
        let agenda = PlanLoader.warnings(data, file: planPath)
        for warning in agenda { warn(warning.localized) }
        let session = store.session
        // Notes the plan has no place for any more (a list renamed, a step removed) vanish from every
        // screen and from the export without an error: name them, with the log line that put them there.
        // The log is read a second time only to name the lines of notes the folded state shows to be out of place.
        var orphans: [OrphanedNote] = []
        if OrphanedNotes.count(in: session) > 0 {
            let history: [(line: Int, event: Event)]
            do { history = try store.historyWithLines() } catch { throw CommandFailure(error) }
            orphans = OrphanedNotes.find(plan: session.plan, events: history, isUndone: session.isUndone)
        }
        for line in OrphanedNotes.messages(orphans, file: "\(folder)/\(SessionStore.logFile)") { warn(line) }
        let plan = session.plan
        let summary = Localized(
            .cliCheckSummary,
            [
                "folder": Sanitiser.sanitiseSingleLine(folder),
                "steps": Localized(.cliCountSteps, ["count": plan.steps.count]),
                "days": Localized(.cliCountDays, ["count": plan.days.count]),
                "participants": Localized(.cliCountParticipants, ["count": plan.participants.count]),
                "events": Localized(.cliCountEvents, ["count": session.eventCount]),
            ])
        if !damage.isEmpty {
            let lines = store.damage.reduce(0) { $0 + $1.lines }
            say(
                Localized(
                    .cliCheckDamaged,
                    ["summary": summary, "lines": lines, "folder": Sanitiser.sanitiseSingleLine(folder)]))
            throw ExitCode(1)
        }
        if orphans.isEmpty && agenda.isEmpty {
            say(Localized(.cliCheckOK, ["summary": summary]))
        } else if orphans.isEmpty {
            say(Localized(.cliCheckAgendaWarnings, ["summary": summary, "count": agenda.count]))
        } else {
            say(Localized(.cliCheckOrphans, ["summary": summary, "count": orphans.count]))
        }
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: TextKey.helpNew.name,
        discussion: TextKey.helpNewMore.name)
    @Argument(help: .key(TextKey.helpNewName)) var name: String
    @Option(
        help:
            .key(TextKey.helpNewFrom)
    )
    var from: String = BundledSamples.defaultName
    @Option(help: .key(TextKey.helpNewFromAgenda))
    var fromAgenda: String?
    // `--lang sv|en` (taken off the line before parsing: `CommandLanguage`) is also the agenda's
    // language; without it, the agenda's words tell.

    func run() throws {
        let places = SessionLocation.places
        do {
            let plan =
                try fromAgenda.map {
                    try MeetingPlanFiles.fromAgenda($0, language: CommandLanguage.chosen)
                } ?? MeetingPlanFiles.carriedOver(from)
                ?? places.planBytes(of: from)
            let target = try places.newSessionFolder(name)
            try SessionStore.create(folder: target, planBytes: plan)
            print(Sanitiser.sanitiseSingleLine(target))
        } catch {
            throw CommandFailure(error)
        }
    }
}
