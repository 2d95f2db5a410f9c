import Synchronization

/// What a pure function gave for a key, kept so a frame does not work it out again: the wall's
/// layout for a session revision (`Session.revision`) and a size, a note's text wrapped to a
/// width. A key holds everything the value depends on, so a kept value is never stale; past
/// `most` keys the memo starts afresh (old revisions are never asked for again).
final class Memo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let table = Mutex<[Key: Value]>([:])
    let most: Int

    init(most: Int) { self.most = most }

    func value(_ key: Key, _ make: () -> Value) -> Value {
        if let known = table.withLock({ $0[key] }) { return known }
        let made = make()
        table.withLock { table in
            if table.count >= most { table.removeAll(keepingCapacity: true) }
            table[key] = made
        }
        return made
    }

    /// The value kept for `key`, if any: for a value grown from the one before.
    func kept(_ key: Key) -> Value? { table.withLock { $0[key] } }

    /// The value kept for `key`, taken out: grown in place, it is not copied (put it back with `set`).
    func take(_ key: Key) -> Value? { table.withLock { $0.removeValue(forKey: key) } }

    func set(_ key: Key, _ value: Value) {
        table.withLock { table in
            if table.count >= most { table.removeAll(keepingCapacity: true) }
            table[key] = value
        }
    }
}
