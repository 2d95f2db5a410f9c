import Foundation
import Testing

/// Text passed on the command line must arrive as UTF-8 or not at all.
struct CommandLineEncodingTests {
    @Test func anArgumentThatIsNotUTF8IsRefusedAndNothingIsStored() throws {
        let session = try LagomProcess.scratchSession()
        // "L" then 0xA5 alone: the second byte of "å" without its first, as a broken shell passes it.
        let script = #""$0" note add "$1" --step enkat-grupparbete --list Riskfaktorer "$(printf 'L\245ngsiktig')""#
        let result = try Spawn.run(
            "/bin/sh", ["-c", script, LagomProcess.binary, session],
            environment: LagomProcess.environment)
        let errors = String(decoding: result.errors, as: UTF8.self)
        #expect(result.status == 64)
        #expect(errors.contains("argument 8 is not valid UTF-8: byte 0xA5 after \"L\""), "\(errors)")
        #expect(!FileManager.default.fileExists(atPath: session + "/events.jsonl"), "nothing may be written")

        let good = try LagomProcess.run([
            "note", "add", session, "--step", "enkat-grupparbete", "--list", "Riskfaktorer", "Långsiktig",
        ])
        #expect(good.status == 0, "\(good.err)")
    }
}
