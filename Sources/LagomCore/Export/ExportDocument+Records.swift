extension ExportDocument {
    /// A decision or action as the export writes it (docs/export-format.md). Every field is
    /// written, `null` included.
    public struct RecordEntryOut: Codable, Equatable, Sendable {
        public var id: String
        public var kind: String
        public var step: String
        public var text: String
        public var owner: String?
        public var due: String?
        /// Actions: marked done. Always false for other kinds.
        public var done: Bool
        public var speaker: String?
        public var heading: String?
        public var author: String
        public var addedAt: Int64

        public init(_ record: MinuteRecord) {
            id = record.id.rawValue
            kind = record.entry.kind.rawValue
            step = record.entry.step.rawValue
            text = record.entry.text
            owner = record.entry.owner
            due = record.entry.due
            done = record.done
            speaker = record.entry.speaker
            heading = record.entry.heading
            author = record.by.description
            addedAt = record.addedAt.milliseconds
        }

        enum CodingKeys: String, CodingKey {
            case id, kind, step, text, owner, due, done, speaker, heading, author, addedAt
        }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(kind, forKey: .kind)
            try c.encode(step, forKey: .step)
            try c.encode(text, forKey: .text)
            try c.encode(owner, forKey: .owner)
            try c.encode(due, forKey: .due)
            try c.encode(done, forKey: .done)
            try c.encode(speaker, forKey: .speaker)
            try c.encode(heading, forKey: .heading)
            try c.encode(author, forKey: .author)
            try c.encode(addedAt, forKey: .addedAt)
        }
    }
}
