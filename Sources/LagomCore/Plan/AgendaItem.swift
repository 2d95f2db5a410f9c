/// What an agenda meeting writes next to an item: its number, purpose, material and preparation.
/// A workshop step leaves all of it out.
public struct AgendaItem: Codable, Equatable, Sendable {
    /// As the meeting knows it: "4"; a trailing letter makes a sub-item of "4" ("4b").
    public var number: String?
    /// Why the item is on the agenda (information, discussion, decision).
    public var purpose: String?
    /// Documents to read, links.
    public var material: [String]
    /// What the participants prepare.
    public var preparation: String?

    public init(number: String? = nil, purpose: String? = nil, material: [String] = [], preparation: String? = nil) {
        self.number = number
        self.purpose = purpose
        self.material = material
        self.preparation = preparation
    }

    /// The item a sub-item belongs to: "4" for "4b" and "4.b", nil for a main item.
    public var parentNumber: String? {
        guard let number, let last = number.last, last.isLetter else { return nil }
        var parent = String(number.dropLast())
        while let end = parent.last, end == "." || end == ")" || end == " " { parent.removeLast() }
        return parent.isEmpty ? nil : parent
    }

    public var isSubItem: Bool { parentNumber != nil }
}

extension Step {
    /// The title as the meeting knows the item: "4b Savings"; a step without a number, its title.
    public var numberedTitle: String { agenda.number.map { $0 + " " + title } ?? title }
}
