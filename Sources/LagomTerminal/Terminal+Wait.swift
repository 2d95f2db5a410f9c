import Glibc

extension Terminal {
    /// Sleeps in ONE `poll` on the keyboard, the signal pipe and the caller's descriptors
    /// (e.g. the store's inotify fd) until something happens or `timeoutMs` passes.
    /// `nil` waits forever: an idle screen costs no wake-ups at all. After `.input`, call
    /// `readEvents()`; after `.hangup` or `.quitRequested`, save and shut down.
    public func wait(extraDescriptors: [Int32] = [], timeoutMs: Int?) -> [WakeReason] {
        let readable = Int16(POLLIN)
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: readable, revents: 0),
            pollfd(fd: signalPipe, events: readable, revents: 0),
        ]
        descriptors += extraDescriptors.map { pollfd(fd: $0, events: readable, revents: 0) }
        let clock = ContinuousClock()
        let deadline = timeoutMs.map { clock.now + .milliseconds(max(0, $0)) }

        while true {
            let timeout = deadline.map { Self.pollTimeout(until: $0, now: clock.now) } ?? -1
            let ready = poll(&descriptors, nfds_t(descriptors.count), timeout)
            if ready == 0 { return [.timeout] }
            if ready > 0 { break }
            // EINTR: a signal arrived; its handler has written to the pipe, so the next
            // poll returns at once. Anything else means poll cannot wait for us any more:
            // quitting cleanly beats spinning.
            if errno != EINTR && errno != EAGAIN { return [.hangup] }
        }
        return wakeReasons(from: descriptors)
    }

    private func wakeReasons(from descriptors: [pollfd]) -> [WakeReason] {
        let failed = Int16(POLLHUP | POLLERR | POLLNVAL)
        let readable = Int16(POLLIN)
        var reasons: [WakeReason] = []
        let keyboard = descriptors[0].revents
        if keyboard & failed != 0 {
            reasons.append(.hangup)
        } else if keyboard & readable != 0 {
            reasons.append(.input)
        }
        if descriptors[1].revents != 0 {
            for signal in drainSignals() {
                // Back from Ctrl-Z: ncurses repainted the screen it knows, which holds no frame.
                if signal == SIGCONT { needsFullRepaint = true }
                reasons.append(Self.reason(forSignal: signal))
            }
        }
        for descriptor in descriptors.dropFirst(2) where descriptor.revents != 0 {
            if descriptor.revents & Int16(POLLNVAL) != 0 {
                reasons.append(.invalidDescriptor(descriptor.fd))
            } else {
                reasons.append(.descriptor(descriptor.fd))
            }
        }
        var seen = Set<WakeReason>()
        return reasons.filter { seen.insert($0).inserted }
    }

    static func reason(forSignal signal: Int32) -> WakeReason {
        switch signal {
        case SIGINT: return .quitRequested(.interrupt)
        case SIGTERM: return .quitRequested(.terminate)
        case SIGHUP: return .quitRequested(.hangup)
        default: return .input  // SIGWINCH: get_wch will report KEY_RESIZE; SIGCONT: repaint
        }
    }

    /// Milliseconds from now to the deadline, rounded up so we never wake just before it.
    static func pollTimeout(until deadline: ContinuousClock.Instant, now: ContinuousClock.Instant) -> Int32 {
        let remaining = now.duration(to: deadline)
        guard remaining > .zero else { return 0 }
        let (seconds, attoseconds) = remaining.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }
}
