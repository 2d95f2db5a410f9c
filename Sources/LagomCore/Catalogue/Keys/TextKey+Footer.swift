// Shorter words for the footer where the `?` overlay's wording would crowd a key out at 80
// columns (`KeyBinding.footer`). The overlay keeps the full words (`TextKey+KeyHelp`).
extension TextKey {
    /// Footer of the facilitator's console: `n` (the overlay says `keyNextStep`).
    public static var footerNext: TextKey { TextKey() }
    /// Footer of the facilitator's console: `b` (the overlay says `keyPrevious`).
    public static var footerBack: TextKey { TextKey() }
}
