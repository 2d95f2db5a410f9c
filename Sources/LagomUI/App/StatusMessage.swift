import LagomCore

/// The one-line message under a screen: a confirmation, a refusal or a failure.
/// Refusals and failures carry a symbol as well as a style, so they read in monochrome.
///
/// A message is news, not a label: it goes after `lifetime` (a confirmation after 5 s, a
/// refusal after 10 s) by the injected clock; the runner (`ScreenLoop`) dates and expires it, the
/// same on every screen. A failure (`‼`, the store could not
/// write) needs action and stays until the next key.
public struct StatusMessage: Equatable, Sendable {
    public var text: Localized
    public var role: Role
    /// When it was first shown; nil until a frame dates it (`aged(at:)`).
    public var at: WallTime?

    public init(_ text: Localized, role: Role, at: WallTime? = nil) {
        self.text = text
        self.role = role
        self.at = at
    }

    public init(_ outcome: Outcome) {
        switch outcome {
        case .done(let text): self.init(text, role: .ok)
        case .refused(let reason): self.init(Localized(.msgWarning, ["text": reason]), role: .warning)
        case .storeFailed(let failure, let detail):
            self.init(
                Localized(.msgStoreFailure, ["failure": Strings.storeFailure(failure), "detail": detail]),
                role: .critical)
        }
    }

    /// Something a person should know that answers no command (a paste cut short, a torn write
    /// copied aside): marked ⚠, and it goes like a refusal.
    public static func notice(_ text: Localized) -> StatusMessage {
        StatusMessage(Localized(.msgWarning, ["text": text]), role: .warning)
    }

    /// How long the message stays, in milliseconds; nil: until the next key.
    public var lifetime: Int64? {
        switch role {
        case .critical: nil
        case .warning, .overtime: 10_000
        default: 5_000
        }
    }

    /// Whether it is still shown at `now` (an undated message is: it has not been shown yet).
    public func isShown(at now: WallTime) -> Bool {
        guard let at, let lifetime else { return true }
        return now - at < lifetime
    }

    /// The message dated with the first frame that shows it, or nil once it has expired.
    public func aged(at now: WallTime) -> StatusMessage? {
        var dated = self
        if dated.at == nil { dated.at = now }
        return dated.isShown(at: now) ? dated : nil
    }

    /// Milliseconds until it goes, so the screen redraws then; nil if it stays.
    public func expiresIn(at now: WallTime) -> Int64? {
        guard let lifetime else { return nil }
        guard let at else { return lifetime }
        return max(0, at + lifetime - now)
    }
}
