import Foundation
import LagomCore
import LagomStore

/// `lagom-bench recheckpoint DIR`: writes the session's checkpoint again, in the format of this build, at
/// the log offset the one there covers (any format's header names it), so that sessions `make-session`
/// wrote before a format change are measured as they were: the same log, the same tail after the
/// checkpoint. The log is cut at that offset, folded, checkpointed, then put back whole.
enum Recheckpoint {
    static func run(_ arguments: [String]) {
        guard let folder = arguments.first, !folder.hasPrefix("-") else { fail("usage: lagom-bench recheckpoint DIR") }
        let logPath = "\(folder)/\(SessionStore.logFile)"
        let checkpointPath = "\(folder)/\(SessionStore.checkpointFile)"
        guard FileManager.default.fileExists(atPath: checkpointPath) else {
            return say("\(folder): no checkpoint, nothing to write again")
        }
        guard let checkpoint = FileManager.default.contents(atPath: checkpointPath),
            let newline = checkpoint.firstIndex(of: UInt8(ascii: "\n")),
            let header = try? JSONSerialization.jsonObject(with: checkpoint[..<newline]) as? [String: Any],
            let covered = (header["logBytes"] as? NSNumber)?.intValue, covered > 0
        else { fail("recheckpoint: \(checkpointPath) has no header naming the log bytes it covers") }
        guard let log = FileManager.default.contents(atPath: logPath), log.count >= covered else {
            fail("recheckpoint: \(logPath) is shorter than the \(covered) bytes its checkpoint covers")
        }
        do {
            try log.prefix(covered).write(to: URL(fileURLWithPath: logPath))
            try FileManager.default.removeItem(atPath: checkpointPath)
            let store = try SessionStore(folder: folder, clock: SystemClock(), ids: SystemIDSource())
            try store.writeCheckpoint()
            try log.write(to: URL(fileURLWithPath: logPath))
        } catch {
            // Whatever happened, the log goes back whole.
            try? log.write(to: URL(fileURLWithPath: logPath))
            fail("recheckpoint: \(error)")
        }
        say("\(folder): checkpoint written again at byte \(covered) of \(log.count)")
    }
}
