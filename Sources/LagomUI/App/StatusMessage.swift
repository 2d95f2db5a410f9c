import LagomCore

/// The one-line message under a screen: a confirmation, a refusal or a failure.
/// Refusals and failures carry a symbol as well as a style, so they read in monochrome.
public struct StatusMessage: Equatable, Sendable {
    public var text: Localized
    public var role: Role

    public init(_ text: Localized, role: Role) {
        self.text = text
        self.role = role
    }

    public init(_ outcome: Outcome) {
        switch outcome {
        case .done(let text): self.init(text, role: .ok)
        case .refused(let reason): self.init(Localized(sv: "⚠ " + reason, en: "⚠ " + reason), role: .warning)
        case .failed(let reason): self.init(Localized(sv: "‼ " + reason, en: "‼ " + reason), role: .critical)
        case .storeFailed(let failure, let detail):
            let said = Strings.storeFailure(failure)
            self.init(Localized(sv: "‼ " + said.sv + " — " + detail, en: "‼ " + said.en + " — " + detail), role: .critical)
        }
    }
}
