import LagomCore

/// The store failures people meet (a full disk, a folder they cannot write to, a log changed
/// behind Lagom's back), said in the screen's language; the runner adds the file detail after it.
public enum StoreFailure: Hashable, Sendable {
    case diskFull, readOnly, logChanged, other
}

extension Strings {
    /// The projector's bottom row once it cannot follow the session any more.
    public static func projectorLostTrack(_ why: Localized) -> Localized {
        Localized(
            sv: "‼ Visar inte längre det senaste – starta om projektorn. " + why.sv,
            en: "‼ No longer showing the latest – restart the projector. " + why.en)
    }

    public static func storeFailure(_ failure: StoreFailure) -> Localized {
        switch failure {
        case .diskFull:
            Localized(
                sv: "Disken är full: ändringen sparades INTE. Frigör utrymme och försök igen.",
                en: "The disk is full: the change was NOT saved. Free some space and try again.")
        case .readOnly:
            Localized(
                sv: "Den här panelen kan inte spara: ditt konto får inte skriva i sessionsmappen (eller disken är "
                    + "skrivskyddad). Inget sparas. Den som startade sessionen kan dela den: lagom share.",
                en: "This pane cannot save: your account may not write in the session folder (or the disk is "
                    + "read-only). Nothing is saved. Whoever started the session can share it: lagom share.")
        case .logChanged:
            Localized(
                sv: "Händelseloggen har ändrats utanför Lagom; inget skrevs. Kör lagom check.",
                en: "The event log was changed outside Lagom; nothing was written. Run lagom check.")
        case .other:
            Localized(
                sv: "Sessionens filer gick inte att läsa eller skriva.",
                en: "The session's files could not be read or written.")
        }
    }
}
