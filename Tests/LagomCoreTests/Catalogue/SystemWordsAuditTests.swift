import Foundation
import Testing

@testable import LagomCore

/// The system's and libraries' own words stay out of a person's sentence: one file turns an errno
/// into words (LagomStore's `SystemReason`, catalogue texts with the errno's name), and no error's
/// English description is passed into a catalogue text.
@Suite struct SystemWordsAuditTests {
    static let systemReason = "Sources/LagomStore/Files/SystemReason.swift"

    @Test func onlySystemReasonCallsStrerror() throws {
        let sources = try CatalogueAudit.sourceTexts(root: CatalogueTests.root, excluding: "Tests/")
        #expect(sources.contains { $0.path == Self.systemReason }, "\(Self.systemReason) is not audited")
        for source in sources where source.path != Self.systemReason {
            #expect(
                !CatalogueAudit.saysTheSystemsWords(source.text),
                "\(source.path): say an errno with SystemReason.words(errno)")
        }
    }

    @Test func noErrorsDescriptionIsPutIntoACatalogueText() throws {
        let sources = try CatalogueAudit.sourcesOutsideTheCatalogue()
        for source in sources {
            let found = CatalogueAudit.describedErrors(source.text)
            #expect(found.isEmpty, "\(source.path): give the error words of its own (`words`): \(found)")
        }
    }

    /// The audit finds what it looks for, so the tests above can fail.
    @Test func theAuditFindsTheSystemsWords() {
        #expect(CatalogueAudit.saysTheSystemsWords(#"let why = String(cString: strerror(errno))"#))
        #expect(CatalogueAudit.saysTheSystemsWords("x = strerror (code)"))
        #expect(!CatalogueAudit.saysTheSystemsWords("// strerror(errno) was the old way"))
        #expect(!CatalogueAudit.saysTheSystemsWords("reason: SystemReason.words(errno)"))
        #expect(
            CatalogueAudit.describedErrors(#"Localized(.cliTemplateProblem, ["problem": "\(failure)"])"#).count == 1)
        #expect(CatalogueAudit.describedErrors(#"["file": f, "error": error.description]"#).count == 1)
        #expect(CatalogueAudit.describedErrors(#"["reason": "\(error)"]"#).count == 1)
        #expect(CatalogueAudit.describedErrors(#"["error": error.words, "step": "\(step)"]"#).isEmpty)
        #expect(CatalogueAudit.describedErrors(#"message = .verbatim("\(error)")"#).count == 1)
        #expect(CatalogueAudit.describedErrors(#"Localized.verbatim(failure.description)"#).count == 1)
        #expect(CatalogueAudit.describedErrors(#"notice(.verbatim( "\(storeError)" ))"#).count == 1)
        #expect(CatalogueAudit.describedErrors(#"x = .verbatim(error.localizedDescription)"#).count == 1)
        #expect(CatalogueAudit.describedErrors(#".verbatim(folder)"#).isEmpty)
        #expect(CatalogueAudit.describedErrors(#".verbatim(Sanitiser.sanitiseSingleLine($0.text))"#).isEmpty)
    }
}

extension CatalogueAudit {
    /// Whether code (not comments) calls `strerror`: the system's own, English words.
    static func saysTheSystemsWords(_ text: String) -> Bool {
        code(text).contains(try! Regex(#"\bstrerror\s*\("#))
    }

    /// Catalogue arguments made of an error's description (`"reason": "\(error)"`,
    /// `"error": error.description`), and texts shown as an error describes itself
    /// (`.verbatim("\(error)")`, `.verbatim(error.localizedDescription)`): English words on a screen
    /// or stderr of either language.
    static func describedErrors(_ text: String) -> [String] {
        let described =
            #"("\\\(\s*\w*(error|failure|Error|Failure)\s*\)"|\w*(error|failure|Error|Failure)\.(description|localizedDescription)\b)"#
        let pattern = try! Regex(#"("\w+":|\.verbatim\()\s*"# + described)
        return code(text).matches(of: pattern).map { String($0.output[0].substring ?? "") }
    }

    /// The text without its comment lines.
    static func code(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter {
            !$0.drop(while: { $0.isWhitespace }).hasPrefix("//")
        }.joined(separator: "\n")
    }
}
