// A secretary's unsaved text: which step it belongs to, and bringing it to another on purpose.
extension TextKey {
    /// Secretary, back in a step: the text typed there before the day moved on is in the editor again.
    public static var draftBackInItsStep: TextKey { TextKey() }
    /// Secretary, under the step's questions: text typed for another step waits there. {step}: its title.
    public static var draftWaitsInItsStep: TextKey { TextKey() }
    /// Secretary, after Ctrl-T: the text of another step is in the editor now. {step}: its title.
    public static var draftBrought: TextKey { TextKey() }
    /// Secretary, Ctrl-T with nothing set aside.
    public static var noDraftElsewhere: TextKey { TextKey() }
    /// Secretary, Ctrl-T while text is being typed here.
    public static var saveBeforeBringingDraft: TextKey { TextKey() }
    /// Secretary, waiting screen: the unsaved text and the step it waits for. {step}: its title. {text}: the text.
    public static var draftWaitsForStep: TextKey { TextKey() }
    /// Secretary's `?`: what Ctrl-T does.
    public static var bringDraftKey: TextKey { TextKey() }
}
