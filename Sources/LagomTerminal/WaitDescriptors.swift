/// The caller's descriptors for `Terminal.wait`, minus any that `wait` reported as not open:
/// passed again, one would make `poll` return POLLNVAL at once, every time (100 % CPU).
public struct WaitDescriptors: Equatable, Sendable {
    public private(set) var open: [Int32]
    /// True once a descriptor has been dropped: whatever it reported must now be checked otherwise.
    public private(set) var lostAny = false

    public init(_ descriptors: [Int32]) { open = descriptors }

    /// Drops the descriptors `reasons` call invalid.
    public mutating func drop(invalidIn reasons: [WakeReason]) {
        for case .invalidDescriptor(let fd) in reasons {
            open.removeAll { $0 == fd }
            lostAny = true
        }
    }
}
