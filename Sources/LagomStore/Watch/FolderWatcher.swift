import FoundationEssentials
import Glibc

/// A descriptor that becomes readable when the session folder changes, for one `poll()` loop.
///
/// It watches the FOLDER with inotify, not the log: a file replaced by rename stops being watched.
/// Identical events coalesce (three appends may give one event), so callers read new lines, never
/// count events. Without inotify, a thread checks the log's size and inode every `pollInterval` and
/// signals a pipe (the inode: a log renamed over may have the same size).
final class FolderWatcher {
    enum Mode { case inotify, polling }

    let mode: Mode
    /// Readable when something changed; `drain()` after waking.
    let descriptor: Int32
    /// Polling mode: closing this tells the polling thread to stop.
    private let stopWriter: Int32?

    static let pollInterval: Int32 = 20

    init(folder: String, file: String, forcePolling: Bool = false) throws(StoreError) {
        if !forcePolling, let fd = Self.inotify(folder: folder) {
            mode = .inotify
            descriptor = fd
            stopWriter = nil
            return
        }
        var signal: [Int32] = [0, 0]
        var stop: [Int32] = [0, 0]
        guard Self.makePipe(&signal, nonBlockingRead: true) else { throw .system(folder, .watch) }
        guard Self.makePipe(&stop, nonBlockingRead: false) else {
            let failure = StoreError.system(folder, .watch)
            close(signal[0])
            close(signal[1])
            throw failure
        }
        mode = .polling
        descriptor = signal[0]
        stopWriter = stop[1]
        let (listener, notify, stopReader) = (signal[0], signal[1], stop[0])
        let path = "\(folder)/\(file)"
        let start = Self.look(at: path)
        detachThread {
            Self.poll(path: path, from: start, notify: notify, stop: stopReader)
            // Closed here, after the last write to `notify`, so that write can never hit a closed pipe.
            close(listener)
        }
    }

    deinit {
        if let stopWriter {
            // The thread sees the hang-up and closes every end of both pipes.
            close(stopWriter)
        } else {
            close(descriptor)
        }
    }

    /// Empties the descriptor so the next `poll()` waits for a new change.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    private static func inotify(folder: String) -> Int32? {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        let mask = UInt32(IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_DELETE | IN_CLOSE_WRITE)
        guard inotify_add_watch(fd, folder, mask) >= 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    private static func makePipe(_ ends: inout [Int32], nonBlockingRead: Bool) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        if nonBlockingRead { _ = fcntl(ends[0], F_SETFL, O_NONBLOCK) }
        return true
    }

    /// Size and inode of the log; all -1 when it is missing.
    private static func look(at path: String) -> [Int64] {
        var info = stat()
        guard stat(path, &info) == 0 else { return [-1, -1, -1] }
        return [Int64(info.st_size), Int64(bitPattern: UInt64(info.st_dev)), Int64(bitPattern: UInt64(info.st_ino))]
    }

    private static func poll(path: String, from start: [Int64], notify: Int32, stop: Int32) {
        var last = start
        var stopPoll = pollfd(fd: stop, events: Int16(POLLIN), revents: 0)
        // A timeout (0) means "look again"; the stop pipe's hang-up (> 0) means "quit".
        while Glibc.poll(&stopPoll, 1, pollInterval) <= 0 {
            let now = look(at: path)
            guard now != last else { continue }
            last = now
            var byte: UInt8 = 1
            _ = write(notify, &byte, 1)
        }
        close(stop)
        close(notify)
    }
}
