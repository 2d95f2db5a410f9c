import Glibc

/// Work run on a second thread while the caller goes on with its own, then waited for (`result()`):
/// the hash of the log's bytes a checkpoint covers, beside the checkpoint's decoding, so opening takes
/// the longer of the two rather than their sum. Without a thread (`pthread_create` failed) the work
/// runs in `result()`, on the caller's thread.
final class AsideWork<Value>: @unchecked Sendable {
    private var work: (() -> Value)?
    private var value: Value?
    private var thread: pthread_t?

    init(_ work: @escaping () -> Value) {
        self.work = work
        let runner = AsideRunner { self.value = work() }
        let context = Unmanaged.passRetained(runner).toOpaque()
        var handle = pthread_t()
        let started = pthread_create(
            &handle, nil,
            { raw in
                Unmanaged<AsideRunner>.fromOpaque(raw!).takeRetainedValue().body()
                return nil
            }, context)
        if started == 0 {
            thread = handle
        } else {
            Unmanaged<AsideRunner>.fromOpaque(context).release()
        }
    }

    /// The work's result, once it is done; the same on every call.
    func result() -> Value {
        if let thread {
            pthread_join(thread, nil)
            self.thread = nil
        }
        if value == nil, let work { value = work() }
        work = nil
        return value!
    }
}

/// What the new thread runs (not generic: a C function pointer cannot use a generic context).
private final class AsideRunner {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}
