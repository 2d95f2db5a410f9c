import LagomCore

/// Identifiers from the system's cryptographic random source, so ids made by several processes at
/// the same instant do not collide.
public struct SystemIDSource: IDSource {
    private var generator = SystemRandomNumberGenerator()

    public init() {}

    public mutating func next(length: Int) -> String {
        IDAlphabet.make(length: length) { generator.next() }
    }
}
