import Glibc
import LagomCore
import Testing

@testable import LagomStore

/// The store's errors say what went wrong with which file in the language of whoever shows them,
/// with the system's reason as a catalogue text and the errno's name (docs/store.md).
@Suite struct SystemReasonTests {
    @Test func aCommonErrnoIsACatalogueTextWithItsName() {
        #expect(SystemReason.words(ENOSPC).sv == "disken är full (ENOSPC)")
        #expect(SystemReason.words(ENOSPC).en == "the disk is full (ENOSPC)")
        #expect(SystemReason.words(EACCES).sv == "ditt konto har inte behörighet (EACCES)")
        #expect(SystemReason.words(EPERM).en == "your account has no permission (EPERM)")
        #expect(SystemReason.words(EROFS).sv == "disken går bara att läsa (EROFS)")
        #expect(SystemReason.words(ENOENT).sv == "filen eller mappen finns inte (ENOENT)")
        #expect(SystemReason.words(EDQUOT).sv == "ditt konto har använt hela sin diskkvot (EDQUOT)")
        #expect(SystemReason.words(EIO).en == "disk or file-system failure (EIO)")
    }

    @Test func everyCommonErrnoHasItsOwnTextInBothLanguages() {
        let common = [
            ENOSPC, EDQUOT, EACCES, EPERM, EROFS, ENOENT, ELOOP, EEXIST, EIO, ENOTDIR, EISDIR, ENAMETOOLONG, EMFILE,
            ENFILE, EBUSY, ETXTBSY, ENOTEMPTY,
        ]
        for code in common {
            #expect(SystemReason.key(code) != nil, "\(SystemReason.name(code))")
            for language in Language.allCases {
                let words = SystemReason.words(code).text(language)
                #expect(words.hasSuffix("(\(SystemReason.name(code)))"), "\(words)")
                #expect(!words.contains(String(cString: strerror(code))), "\(language): \(words)")
            }
        }
    }

    /// A rare errno keeps the system's words, marked as such, with its name.
    @Test func aRareErrnoIsTheSystemsWordsWithItsName() {
        #expect(SystemReason.key(EXDEV) == nil)
        let system = String(cString: strerror(EXDEV))
        #expect(SystemReason.words(EXDEV).sv == "systemet svarar \"\(system)\" (EXDEV)")
        #expect(SystemReason.words(EXDEV).en == "the system says \"\(system)\" (EXDEV)")
        #expect(SystemReason.name(9999) == "errno 9999")
    }

    @Test func aFailedCallNamesTheFileWhatFailedAndWhy() {
        let open = StoreError.io(file: "dag/events.jsonl", operation: .open, errno: EACCES)
        #expect(open.message(.sv) == "dag/events.jsonl kunde inte öppnas: ditt konto har inte behörighet (EACCES)")
        #expect(open.message(.en) == "dag/events.jsonl could not be opened: your account has no permission (EACCES)")
        let sync = StoreError.io(file: "dag/events.jsonl", operation: .sync, errno: EIO)
        #expect(
            sync.message(.sv)
                == "dag/events.jsonl kunde inte skrivas klart till disken: fel på disken eller filsystemet (EIO); ändringen sparades INTE"
        )
        #expect(sync.description == sync.message(.en))
        // A full quota is not a full disk, and the save did not happen.
        let quota = StoreError.system("dag/events.jsonl", .write, EDQUOT)
        #expect(
            quota.message(.en).hasSuffix(
                "your account has used all of its disk quota (EDQUOT); the change was NOT saved"))
        #expect(StoreError.system("dag/events.jsonl", .write, ENOSPC).message(.sv).contains("disken är full"))
        guard case .link = StoreError.system("dag/events.jsonl", .open, ELOOP) else {
            Issue.record("ELOOP is a link")
            return
        }
    }

    @Test func everyOperationHasWordsInBothLanguages() {
        let all: [FileOperation] = [
            .open, .create, .read, .write, .sync, .rename, .examine, .lock, .remove, .link, .list, .watch,
            .changeGroup, .changePermissions,
        ]
        for language in Language.allCases {
            let words = all.map { $0.words.text(language) }
            #expect(Set(words).count == all.count, "\(language): \(words)")
            #expect(!words.contains { $0.contains("{") })
        }
    }

    @Test func aReadOnlyFolderAndADamagedLogSayWhyInTheirLanguage() {
        let viewer = StoreError.readOnly(folder: "dag", reason: Localized(.storeReadOnlyViewing))
        #expect(
            viewer.message(.sv) == "sessionsmappen dag går bara att läsa (öppnad bara för att visas); inget sparades")
        #expect(
            viewer.message(.en) == "the session folder dag is read-only (opened for viewing only); nothing was saved")
        let counted = StoreError.damagedLog(
            file: "dag/events.jsonl", line: 12,
            reason: Localized(.storeDamagedCountDiffers, ["found": 1, "read": 10_000]))
        #expect(
            counted.message(.sv)
                == "dag/events.jsonl:12: den har 1 händelse där 10\u{202F}000 lästes in: den ändrades utanför Lagom; loggen ändrades inte"
        )
        #expect(counted.message(.en).hasPrefix("dag/events.jsonl:12: it holds 1 event where 10,000 were read"))
    }
}
