import Foundation
import LagomCore
import Testing

@testable import LagomStore

/// Where a session named on the command line is found, and the sample's working copy.
@Suite struct SessionPlacesTests {
    /// A scratch tree: a working folder, a user data folder and an older-layout `Sessions/`.
    struct Tree {
        let root = NSTemporaryDirectory() + "lagom-places-" + UUID().uuidString
        var working: String { root + "/work" }
        var user: String { root + "/data/lagom/sessions" }
        var sessionsRoot: String { working + "/Sessions" }
        func remove() { try? FileManager.default.removeItem(atPath: root) }

        func places(bundled: [BundledSession] = []) -> SessionPlaces {
            SessionPlaces(workingFolder: working, userSessions: user, bundled: bundled)
        }

        func session(at folder: String) throws {
            try SessionStore.create(folder: folder, planBytes: Self.planBytes)
        }

        static let planBytes: [UInt8] = {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return [UInt8](try! encoder.encode(testPlan))
        }()
    }

    let sample = BundledSession(name: "provdag", plan: Tree.planBytes)

    @Test func aNameIsTheFolderHereThenYourSessionThenTheOlderLayout() throws {
        let tree = Tree()
        defer { tree.remove() }
        try tree.session(at: tree.sessionsRoot + "/dag")
        #expect(try tree.places().open("dag").folder == tree.working + "/Sessions/dag")
        try tree.session(at: tree.user + "/dag")
        #expect(try tree.places().open("dag").folder == tree.user + "/dag")
        try tree.session(at: tree.working + "/dag")
        #expect(try tree.places().open("dag").folder == tree.working + "/dag")
        #expect(try tree.places().open(tree.user + "/dag").folder == tree.user + "/dag")
    }

    @Test func aMissingSessionNamesEveryPlaceLookedInInOrder() throws {
        let tree = Tree()
        defer { tree.remove() }
        do {
            _ = try tree.places().open("finns-inte")
            Issue.record("opened a session that exists nowhere")
        } catch {
            #expect(
                error.description == "no session \"finns-inte\" (looked in \(tree.working)/finns-inte/plan.json, "
                    + "\(tree.user)/finns-inte/plan.json, \(tree.working)/Sessions/finns-inte/plan.json)")
        }
    }

    /// The sample is a template: opened by name it becomes the user's working copy, even where a
    /// `Sessions/` folder holds the template (the repository), which stays exactly as it was.
    @Test func aBundledSampleOpensAsAWorkingCopyAndTheTemplateIsNeverOpened() throws {
        let tree = Tree()
        defer { tree.remove() }
        try tree.session(at: tree.sessionsRoot + "/provdag")
        let shipped = try FileManager.default.contentsOfDirectory(atPath: tree.sessionsRoot + "/provdag").sorted()

        let first = try tree.places(bundled: [sample]).open("provdag")
        #expect(first == .init(folder: tree.user + "/provdag", madeWorkingCopy: true))
        #expect(FileManager.default.contents(atPath: first.folder + "/plan.json") == Data(Tree.planBytes))
        let again = try tree.places(bundled: [sample]).open("provdag")
        #expect(again == .init(folder: tree.user + "/provdag", madeWorkingCopy: false))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.sessionsRoot + "/provdag").sorted() == shipped)
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.user).sorted() == ["provdag"])
    }

    @Test func aSampleThatShipsHistoryKeepsItInTheWorkingCopy() throws {
        let tree = Tree()
        defer { tree.remove() }
        let store = try SessionStore(
            folder: {
                try tree.session(at: tree.root + "/src"); return tree.root + "/src"
            }(),
            clock: FixedClock(), ids: SeededIDSource(seed: 1))
        try store.commit(by: .facilitator) { _, _ throws(Refusal) in [.stepStarted(step: "intro")] }
        let log = [UInt8](try Data(contentsOf: URL(fileURLWithPath: tree.root + "/src/events.jsonl")))
        let results = BundledSession(name: "resultat", plan: Tree.planBytes, log: log)

        let folder = try tree.places(bundled: [results]).open("resultat").folder
        let copy = try SessionStore(
            folder: folder, clock: FixedClock(), ids: SeededIDSource(seed: 2), access: .readOnly)
        #expect(copy.session.eventCount == 1)
    }

    /// Two panes started at once both make the copy: one wins, the other uses it, nothing is left over.
    @Test func aWorkingCopyMadeTwiceIsOneWholeCopy() throws {
        let tree = Tree()
        defer { tree.remove() }
        try SessionPlaces.materialize(sample, at: tree.user + "/provdag")
        try SessionPlaces.materialize(sample, at: tree.user + "/provdag")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.user) == ["provdag"])
    }

    @Test func newSessionsAreMadeAmongYourSessionsFromAnyFolder() throws {
        let tree = Tree()
        defer { tree.remove() }
        let places = tree.places(bundled: [sample])
        #expect(try places.newSessionFolder("dag") == tree.user + "/dag")
        #expect(try places.newSessionFolder("./dag") == "./dag")
        // The template's plan, without making a working copy of it.
        #expect(try places.planBytes(of: "provdag") == Tree.planBytes)
        #expect(!FileManager.default.fileExists(atPath: tree.user + "/provdag"))
        let homeless = SessionPlaces(workingFolder: tree.working, userSessions: nil, bundled: [sample])
        #expect(throws: StoreError.self) { try homeless.newSessionFolder("dag") }
        #expect(throws: StoreError.self) { try homeless.open("provdag") }
    }

    @Test func yourSessionsFollowXDGDataHomeElseHome() {
        func folder(_ variables: [String: String]) -> String? { SessionPlaces.userSessionsFolder { variables[$0] } }
        #expect(folder(["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/lagom/sessions")
        #expect(folder(["XDG_DATA_HOME": "relativ", "HOME": "/h"]) == "/h/.local/share/lagom/sessions")
        #expect(folder(["HOME": "/h"]) == "/h/.local/share/lagom/sessions")
        #expect(folder([:]) == nil)
    }
}
