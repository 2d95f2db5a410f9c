/// The name of one text in the catalogue. Keys are declared in `Keys/TextKey+Area.swift`, one
/// computed member each, whose comment says where the text shows and what its placeholders are:
///
///     /// Agenda header: the day runs to plan.
///     public static var onSchedule: TextKey { TextKey() }
///
/// The key's name is the member's own name (`#function`), so it cannot be misspelt, and the
/// catalogue tests find every use of it in Sources by that name.
public struct TextKey: Hashable, Sendable, CustomStringConvertible {
    public let name: String

    init(_ name: String = #function) { self.name = name }

    public var description: String { name }
}
