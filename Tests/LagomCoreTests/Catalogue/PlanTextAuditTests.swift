import Foundation
import Testing

@testable import LagomCore

/// A plan's problems are catalogue texts: no file that explains one writes a sentence in place,
/// and nothing anywhere shows Lagom's own words through `Localized.verbatim`.
@Suite struct PlanTextAuditTests {
    @Test func noFileThatExplainsAPlanProblemWritesASentenceInPlace() throws {
        let sources = try CatalogueAudit.sourcesOutsideTheCatalogue()
        let explaining = sources.filter(CatalogueAudit.explainsPlanProblems)
        let paths = Set(explaining.map(\.path))
        for file in [
            "Plan/PlanValidator.swift", "Plan/TreeReader.swift", "JSON/JSONParser.swift", "Check/AgendaCheck.swift",
        ] {
            #expect(paths.contains("Sources/LagomCore/" + file), "\(file) is not audited")
        }
        for source in explaining {
            let prose = CatalogueAudit.prose(source.text)
            #expect(prose.isEmpty, "\(source.path): move into the catalogue (PlanSyntax/PlanRules): \(prose)")
        }
    }

    @Test func noFileShowsItsOwnWordsVerbatim() throws {
        let sources = try CatalogueAudit.sourcesOutsideTheCatalogue()
        for source in sources {
            let found = CatalogueAudit.verbatimWords(source.text)
            #expect(found.isEmpty, "\(source.path): \(found)")
        }
    }

    /// The audit finds the old ways of writing a plan problem, so the tests above can fail.
    @Test func theAuditFindsAPlanProblemWrittenInPlace() {
        #expect(CatalogueAudit.prose(#"report(path, "must not be empty")"#) == [#""must not be empty""#])
        #expect(!CatalogueAudit.prose(#"warn(path, "\(gap) min unplanned between \(a) and \(b)")"#).isEmpty)
        #expect(!CatalogueAudit.prose(#"throw error("väntade ett tal")"#).isEmpty)
        #expect(CatalogueAudit.prose(#"let key = "returnAt"; let names = a.joined(separator: ", ")"#).isEmpty)
        #expect(CatalogueAudit.prose("    // \"expected a number\" was the old way").isEmpty)
        #expect(CatalogueAudit.prose(#"case "true": return JSONNode(.bool(true), at: position)"#).isEmpty)
        #expect(CatalogueAudit.verbatimWords(#".verbatim("the plan could not be read")"#).count == 1)
        #expect(CatalogueAudit.verbatimWords(#"Localized.verbatim("found \(thing)")"#).count == 1)
        #expect(CatalogueAudit.verbatimWords(#".verbatim("")"#).isEmpty)
        #expect(CatalogueAudit.verbatimWords(#".verbatim(error.description)"#).isEmpty)
        #expect(CatalogueAudit.verbatimWords(#"message = .verbatim("\(error)")"#).isEmpty)
    }
}
