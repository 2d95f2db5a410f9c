import FoundationEssentials
import LagomCore
import LagomStore

/// The plans `lagom new` makes for agenda meetings: read from an agenda file, or carried over
/// from the last meeting.
enum MeetingPlanFiles {
    /// The agenda read into plan.json's bytes; what it could not place is said on standard error.
    static func fromAgenda(_ path: String, language: Language?) throws -> [UInt8] {
        let data: [UInt8]
        do { data = try SessionStore.givenFileBytes(path) } catch { throw CommandFailure(error) }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw CommandFailure(Localized(.cliAgendaNotUTF8, ["file": path]))
        }
        let result = AgendaImport.read(text, language: language)
        for line in result.unplaced {
            printError(
                Localized(.cliAgendaLineNotPlaced, ["file": path, "line": Sanitiser.sanitiseSingleLine(line)]).text(
                    CommandLanguage.current))
        }
        guard !result.plan.steps.isEmpty else {
            throw CommandFailure(Localized(.cliAgendaEmpty, ["file": path]))
        }
        let bytes = try encode(result.plan)
        if let problem = PlanLoader.validate(bytes, file: "plan.json").first {
            throw CommandFailure(Localized(.cliAgendaPlanInvalid, ["file": path, "problem": problem.localized]))
        }
        return bytes
    }

    /// The next meeting's plan, when `source` is a meeting's session with a history; nil otherwise.
    static func carriedOver(_ source: String) throws -> [UInt8]? {
        // Looked up without making anything: a bundled sample is only a template here.
        guard let folder = SessionLocation.places.existingFolder(source),
            let store = try? SessionStore(
                folder: folder, clock: SystemClock(session: folder, saveAnchor: false),
                ids: SystemIDSource(), access: .readOnly),
            store.session.eventCount > 0
        else { return nil }
        let next = NextMeeting.plan(after: store.session)
        return next == store.session.plan ? nil : try encode(next)
    }

    static func encode(_ plan: Plan) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(plan)) + Array("\n".utf8)
    }
}
