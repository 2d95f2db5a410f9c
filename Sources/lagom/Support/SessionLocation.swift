import ArgumentParser
import LagomCore
import LagomStore

/// The samples carried inside the binary (see Package.swift): templates, never run in place.
enum BundledSamples {
    static let all: [BundledSession] = [
        BundledSession(name: "planeringsdagar-2024", plan: PackageResources.planeringsdagar_2024_plan_json),
        BundledSession(
            name: "planeringsdagar-2024-resultat", plan: PackageResources.planeringsdagar_2024_resultat_plan_json,
            log: PackageResources.planeringsdagar_2024_resultat_events_jsonl),
        BundledSession(name: "team-day-en", plan: PackageResources.team_day_en_plan_json),
    ]

    /// What `lagom` with no command opens.
    static let defaultName = "planeringsdagar-2024"
}

/// The one way a command finds the session it was given (SessionPlaces explains the order).
enum SessionLocation {
    static let places = SessionPlaces.standard(bundled: BundledSamples.all)

    /// The folder of the session named on the command line. Opening a sample the first time makes
    /// the user's working copy of it, and says where (stderr, so it stays readable after a screen).
    static func folder(_ nameOrPath: String) throws -> String {
        let found: SessionPlaces.Found
        do { found = try places.open(nameOrPath) } catch { throw CommandFailure(error) }
        if found.madeWorkingCopy {
            // Said in the sample's language: the notice comes before the session is opened.
            if let sample = BundledSamples.all.first(where: { $0.name == nameOrPath }) {
                speakTheLanguage(of: sample.plan)
            }
            printError(
                Localized(.cliWorkingCopyMade, ["name": nameOrPath, "folder": found.folder]).text(
                    CommandLanguage.current))
        }
        return found.folder
    }
}

extension SessionLocation {
    /// A command that reads a session's files before it opens the session (check, repair, share)
    /// speaks the plan's language from the start, when the plan names one, even a plan with
    /// mistakes (`PlanLoader.language(of:)`), so `lagom check` explains them in it.
    static func speakTheLanguage(of planBytes: [UInt8]) {
        if let language = PlanLoader.language(of: planBytes) { CommandLanguage.planIsWritten(in: language) }
    }

    /// Opens the session in `folder`: from then on the command speaks its plan's language. A session
    /// that cannot be opened (a log that is a link, a folder it may not read) is refused in the plan's
    /// language too, when the plan can be read.
    static func open(
        _ folder: String, clock: SystemClock, access: SessionStore.Access,
        preparedToUndo: SessionStore.UndoPreparation? = nil, checkpointNotes: CheckpointNoteLoading = .atOnce
    ) throws -> SessionStore {
        do {
            let store = try SessionStore(
                folder: folder, clock: clock, ids: SystemIDSource(), access: access, preparedToUndo: preparedToUndo,
                checkpointNotes: checkpointNotes)
            CommandLanguage.opened(store.session.plan)
            return store
        } catch {
            speakTheLanguage(ofFolder: folder)
            throw CommandFailure(error)
        }
    }

    static func speakTheLanguage(ofFolder folder: String) {
        if let bytes = try? SessionStore.planBytes(folder: folder) { speakTheLanguage(of: bytes) }
    }

    static let argumentHelp = ArgumentHelp.key(TextKey.helpSessionArgument)
}
