/// A record as renderers read it: the head (language, title, facts) up front, then the sections
/// one after another. A `RecordDocument` is one, held whole; `WorkshopRecord.sections(of:)` is one
/// that makes each section only as it is written, so a long day's export never holds all its
/// notes at once (issue 18: memory flat in the session's size).
public protocol RecordSource {
    var language: Language { get }
    var title: String { get }
    var facts: [RecordFact] { get }
    /// Calls `body` with each section, in order.
    func forEachSection(_ body: (RecordSection) throws -> Void) rethrows
}

extension RecordDocument: RecordSource {
    public func forEachSection(_ body: (RecordSection) throws -> Void) rethrows {
        for section in sections { try body(section) }
    }
}
