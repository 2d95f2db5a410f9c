/// What is wrong with an organisation's Word template (`lagom export --format docx --template F`),
/// after "{file}: " (`cliTemplateProblem`).
extension TextKey {
    /// The template has no styles part.
    public static var wordTemplateNoStyles: TextKey { TextKey() }
    /// A part of the template is not UTF-8 text. {part}: its path inside the zip (word/styles.xml).
    public static var wordTemplateNotText: TextKey { TextKey() }
}
