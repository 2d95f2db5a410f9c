import Synchronization

/// The last value a pure function gave and the key it gave it for: one slot, for a value asked for
/// again and again with the same key (a pane's frame parts between two ticks). The key holds
/// everything the value depends on and is compared with `==`, which costs no hashing.
final class KeptLast<Key: Equatable & Sendable, Value: Sendable>: Sendable {
    private let kept = Mutex<(key: Key, value: Value)?>(nil)

    init() {}

    func value(_ key: Key, _ make: () -> Value) -> Value {
        if let kept = kept.withLock({ $0 }), kept.key == key { return kept.value }
        let made = make()
        kept.withLock { $0 = (key, made) }
        return made
    }
}
