import Glibc

/// Runs `body` on a new detached POSIX thread (the store's polling watcher): what
/// `Thread.detachNewThread` does, without Foundation's Thread.
func detachThread(_ body: @escaping @Sendable () -> Void) {
    final class Box: @unchecked Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
    let context = Unmanaged.passRetained(Box(body)).toOpaque()
    var thread = pthread_t()
    let started = pthread_create(
        &thread, nil,
        { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            box.body()
            return nil
        }, context)
    if started == 0 {
        pthread_detach(thread)
    } else {
        // No thread: run nothing and release the closure rather than leak it.
        Unmanaged<Box>.fromOpaque(context).release()
    }
}
