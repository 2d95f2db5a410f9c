import Foundation
import Glibc
import LagomCore
import Testing

@_spi(Benchmark) @testable import LagomStore

/// A `kill -9` in the middle of writing a checkpoint leaves its temporary file behind (7 MB at
/// 100,000 events). The next checkpoint removes such files once they are old enough that no process
/// can still be writing them, and leaves a fresh one (a write under way) alone.
@Suite struct AbandonedTemporariesTests {
    func makeTemporary(_ temp: TempSession, _ suffix: String, ageSeconds: Int) throws -> String {
        let path = "\(temp.folder)/\(SessionStore.checkpointFile).tmp-\(suffix)"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: 0, count: 64)))
        let then = timespec(tv_sec: time(nil) - ageSeconds, tv_nsec: 0)
        var times = [then, then]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        return path
    }

    @Test func theNextCheckpointRemovesAnAbandonedTemporaryOnly() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let abandoned = try makeTemporary(temp, "abandonedkill9xx", ageSeconds: 3_600)
        let underWay = try makeTemporary(temp, "underwayrightnow", ageSeconds: 5)
        let unrelated = "\(temp.folder)/notes.tmp-keepthisonefile"
        #expect(FileManager.default.createFile(atPath: unrelated, contents: Data()))
        var times = [timespec(tv_sec: time(nil) - 3_600, tv_nsec: 0), timespec(tv_sec: time(nil) - 3_600, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, unrelated, &times, 0) == 0)

        let writer = try temp.open()
        writer.checkpointEvery = 200
        for number in 0..<10 { try writer.addNote("Lapp \(number) – å ä ö") }
        #expect(FileManager.default.fileExists(atPath: "\(temp.folder)/\(SessionStore.checkpointFile)"))
        #expect(!FileManager.default.fileExists(atPath: abandoned), "the abandoned temporary is gone")
        #expect(FileManager.default.fileExists(atPath: underWay), "a write under way is left alone")
        #expect(FileManager.default.fileExists(atPath: unrelated), "only a checkpoint's temporaries go")
        // The session opens as before.
        #expect(try temp.open(seed: 8).session.state.notes.count == 10)
    }
}
