import Foundation
import Glibc
import LagomCore

@testable import LagomStore

/// File-system failures injected into a store, for what `chmod` cannot show when the tests run as
/// root (root may write anywhere) and for a disk that refuses a write half-way through a save.
extension FileSystemCalls {
    /// Every open for writing or creating fails with EROFS, as on a read-only mount; reading works.
    static var readOnlyDisk: FileSystemCalls {
        var calls = FileSystemCalls()
        let system = calls.open
        calls.open = { path, flags in
            flags & (O_WRONLY | O_RDWR | O_CREAT) != 0 ? .failed(EROFS) : system(path, flags)
        }
        return calls
    }

    /// Files whose names start with one of `prefixes` open fine when asked for writing, but read-only,
    /// so every write to them fails (EBADF) the way a full disk fails a save after the open.
    static func failingWrites(to prefixes: [String]) -> FileSystemCalls {
        var calls = FileSystemCalls()
        let system = calls.open
        calls.open = { path, flags in
            let name = (path as NSString).lastPathComponent
            guard prefixes.contains(where: name.hasPrefix), flags & (O_WRONLY | O_RDWR) != 0 else {
                return system(path, flags)
            }
            return system(path, flags & ~(O_WRONLY | O_RDWR) | O_RDONLY)
        }
        return calls
    }
}

extension TempSession {
    /// A store opened through `calls`.
    func open(
        calls: FileSystemCalls, access: SessionStore.Access = .readWrite, seed: UInt64 = 7
    ) throws(StoreError) -> SessionStore {
        try SessionStore(
            folder: folder, clock: FixedClock(), ids: SeededIDSource(seed: seed), access: access, calls: calls)
    }

    /// The folder holding `plan.json` only, as `lagom new` never leaves it but a hand-made session is.
    func removeLogAndLock() throws {
        for name in [SessionStore.logFile, SessionStore.lockFile] {
            try FileManager.default.removeItem(atPath: "\(folder)/\(name)")
        }
    }
}

/// A disk that takes `budget` more bytes and then fails every write with `code`, until `budget` is nil
/// (the space came back). Shared with the store's `FileSystemCalls`, so a test moves it between saves.
final class WriteFaults: @unchecked Sendable {
    var budget: Int?
    var code: Int32 = ENOSPC
    /// fsync fails with this, when set.
    var syncFailure: Int32?

    /// Writes through to the real files, cut as the fault says; no room is reserved, so a failure can
    /// fall on any byte.
    var calls: FileSystemCalls {
        var calls = FileSystemCalls()
        calls.reserve = { _, _, _ in 0 }
        calls.write = { [self] fd, bytes in
            guard let budget else { return Glibc.write(fd, bytes.baseAddress, bytes.count) }
            guard budget > 0 else {
                errno = code
                return -1
            }
            let written = Glibc.write(fd, bytes.baseAddress, min(budget, bytes.count))
            if written > 0 { self.budget = budget - written }
            return written
        }
        calls.sync = { [self] fd in
            if let syncFailure {
                errno = syncFailure
                return -1
            }
            return fsync(fd)
        }
        return calls
    }
}

/// `LAGOM_FAULTS=full swift test --filter Fault` runs the fault suite in full (docs/reliability.md);
/// a plain `swift test` runs a faster part of every experiment.
enum FaultRun {
    static let full = ProcessInfo.processInfo.environment["LAGOM_FAULTS"] == "full"
}
