import Foundation
import Glibc
import Testing

/// A session the store cannot open or write is refused in the plan's language, whatever the locale,
/// and the system's reason inside the sentence is in that language too (docs/terminology.md).
@Suite struct StoreErrorLanguageTests {
    /// A Swedish and an English session, run under the other language's locale: the plan wins.
    static let swedishPlan = "planeringsdagar-2024"
    static let englishPlan = "team-day-en"

    static func addNote(_ session: String, locale: String) throws -> (out: String, err: String, status: Int32) {
        let step = session.contains("sv-") ? "balanskollen" : "pains"
        return try LagomProcess.run(["note", "add", session, "--step", step, "--group", "1", "Lapp"], locale: locale)
    }

    static func session(_ plan: String) throws -> String {
        let folder = try LagomProcess.scratchSession(plan)
        let named =
            (folder as NSString).deletingLastPathComponent + "/" + (plan == swedishPlan ? "sv-" : "en-")
            + (folder as NSString).lastPathComponent
        try FileManager.default.moveItem(atPath: folder, toPath: named)
        return named
    }

    @Test func aLinkWhereTheLogShouldBeIsRefusedInThePlansLanguage() throws {
        let swedish = try Self.session(Self.swedishPlan)
        let english = try Self.session(Self.englishPlan)
        defer { for folder in [swedish, english] { try? FileManager.default.removeItem(atPath: folder) } }
        for folder in [swedish, english] {
            FileManager.default.createFile(atPath: folder + "/elsewhere.jsonl", contents: Data())
            try FileManager.default.createSymbolicLink(
                atPath: folder + "/events.jsonl", withDestinationPath: folder + "/elsewhere.jsonl")
        }
        let sv = try Self.addNote(swedish, locale: "en_GB.UTF-8")
        #expect(sv.status != 0)
        #expect(
            sv.err.hasPrefix("Fel: \(swedish)/events.jsonl är en symbolisk länk; Lagom öppnar inga länkar"), "\(sv.err)"
        )
        let en = try Self.addNote(english, locale: "sv_SE.UTF-8")
        #expect(en.status != 0)
        #expect(
            en.err.hasPrefix("Error: \(english)/events.jsonl is a symbolic link; Lagom opens no links"), "\(en.err)")
        // Nothing was written through the link.
        #expect(try Data(contentsOf: URL(fileURLWithPath: swedish + "/elsewhere.jsonl")).isEmpty)
    }

    /// The system's reason (here EISDIR) is a catalogue text inside the sentence, with the errno's name.
    @Test func theSystemsReasonIsSaidInThePlansLanguage() throws {
        let swedish = try Self.session(Self.swedishPlan)
        let english = try Self.session(Self.englishPlan)
        defer { for folder in [swedish, english] { try? FileManager.default.removeItem(atPath: folder) } }
        for folder in [swedish, english] {
            try FileManager.default.createDirectory(
                atPath: folder + "/events.jsonl", withIntermediateDirectories: false)
        }
        let sv = try Self.addNote(swedish, locale: "C.UTF-8")
        #expect(sv.status != 0)
        #expect(
            sv.err == "Fel: \(swedish)/events.jsonl kunde inte öppnas: det är en mapp, inte en fil (EISDIR)\n",
            "\(sv.err)")
        let log = try LagomProcess.run(["log", swedish])
        #expect(log.err.contains("kunde inte läsas: det är en mapp, inte en fil (EISDIR)"), "\(log.err)")
        let en = try Self.addNote(english, locale: "sv_SE.UTF-8")
        #expect(
            en.err == "Error: \(english)/events.jsonl could not be opened: it is a folder, not a file (EISDIR)\n",
            "\(en.err)")
        // `--lang` still wins over the plan.
        let asked = try LagomProcess.run(["log", english, "--lang", "sv"])
        #expect(asked.err.contains("kunde inte läsas: det är en mapp, inte en fil (EISDIR)"), "\(asked.err)")
    }

    @Test(.enabled(if: geteuid() != 0, "chmod denies nothing to root; LagomStoreTests inject a read-only disk"))
    func aReadOnlySessionFolderIsRefusedInThePlansLanguage() throws {
        let swedish = try Self.session(Self.swedishPlan)
        let english = try Self.session(Self.englishPlan)
        defer {
            for folder in [swedish, english] {
                chmod(folder, 0o755)
                try? FileManager.default.removeItem(atPath: folder)
            }
        }
        for folder in [swedish, english] { #expect(chmod(folder, 0o555) == 0) }
        let sv = try Self.addNote(swedish, locale: "C.UTF-8")
        #expect(sv.status != 0)
        #expect(sv.err.hasPrefix("Fel: sessionsmappen \(swedish) går bara att läsa ("), "\(sv.err)")
        #expect(sv.err.contains("ditt konto har inte behörighet (EACCES)"), "\(sv.err)")
        let en = try Self.addNote(english, locale: "sv_SE.UTF-8")
        #expect(en.err.hasPrefix("Error: the session folder \(english) is read-only ("), "\(en.err)")
        #expect(en.err.contains("your account has no permission (EACCES)"), "\(en.err)")
    }
}
