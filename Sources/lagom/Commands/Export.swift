import ArgumentParser
import FoundationEssentials
import Glibc
import LagomCore
import LagomStore

/// `lagom export`: the derived state (JSON) or the day's record (docs/export-format.md), to
/// standard output or to a file that is never overwritten without `--force`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: TextKey.helpExport.name)
    @OptionGroup var options: SessionOptions
    @Option(
        help:
            .key(TextKey.helpExportFormat)
    )
    var format: String = "json"
    @Option(help: .key(TextKey.helpExportOutput))
    var output: String?
    @Flag(help: .key(TextKey.helpExportForce))
    var force = false
    @Option(help: .key(TextKey.helpExportTemplate))
    var template: String?
    @Flag(
        help:
            .key(TextKey.helpExportIncludeUnrevealed)
    )
    var includeUnrevealed = false

    enum Format: String, CaseIterable {
        case json, markdown, html, docx, csv
        init?(option: String) {
            switch option.lowercased() {
            case "md": self = .markdown
            default: self.init(rawValue: option.lowercased())
            }
        }
    }

    /// What is wrong with the options, if anything; said once the session (and its language) is open.
    func mistake() -> Localized? {
        guard let chosen = Format(option: format) else {
            let formats = Format.allCases.map(\.rawValue).joined(separator: ", ") + ", md"
            return Localized(.cliFormatUnknown, ["found": format, "formats": formats])
        }
        if force && output == nil { return Localized(.cliForceWithOutput) }
        if chosen == .docx && output == nil { return Localized(.cliDocxNeedsOutput) }
        if template != nil && chosen != .docx { return Localized(.cliTemplateWithDocx) }
        return nil
    }

    func run() throws {
        let store = try options.open(.readOnly)
        if let mistake = mistake() { throw usageMistake(mistake) }
        let session = store.session.forExport(includeUnrevealed ? .included : .leftOut)
        let chosen = Format(option: format) ?? .json
        if chosen == .json {
            // Written as it is made: memory stays flat however long the day was.
            return try OutputFile.stream(to: output, overwrite: force) { sink in
                try ExportJSONStream.write(session, now: store.clock.now, to: &sink)
            }
        }
        // An agenda meeting's record is its minutes; a workshop day's, its compilation.
        let isMeeting = MeetingMinutes.isMeeting(session.plan)
        if chosen == .docx {
            let document = isMeeting ? MeetingMinutes.document(session) : WorkshopRecord.document(session)
            let bytes = try ZipPackage.bytes(WordRenderer.parts(document, template: try wordTemplate()))
            guard let output else { return try OutputFile.writeStandardOutput(bytes) }
            return try OutputFile.write(bytes, to: output, overwrite: force)
        }
        // The text formats are written as they are made, like JSON: a row or a list item at a time, and a
        // workshop day's record a section at a time.
        try OutputFile.stream(to: output, overwrite: force) { sink in
            func out(_ text: String) throws { try sink.append(text) }
            switch chosen {
            case .csv: try NoteTable.write(session, to: out)
            case .markdown where isMeeting:
                try MarkdownRenderer.write(MeetingMinutes.document(session), to: out)
            case .markdown: try MarkdownRenderer.write(WorkshopRecord.sections(of: session), to: out)
            case .html where isMeeting:
                try HTMLRenderer.write(MeetingMinutes.document(session), to: out)
            case .html: try HTMLRenderer.write(WorkshopRecord.sections(of: session), to: out)
            case .json, .docx: return  // written above
            }
        }
    }

    func wordTemplate() throws -> WordTemplate? {
        guard let template else { return nil }
        do { return try WordTemplate(parts: try ZipPackage.parts(ofFile: template)) } catch let failure
            as WordTemplate.Failure
        {
            throw CommandFailure(Localized(.cliTemplateProblem, ["file": template, "problem": failure.words]))
        }
    }
}
