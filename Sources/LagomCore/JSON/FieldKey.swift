/// A coding key named at run time: for objects whose extra keys are data (a participant's own
/// fields, such as `"enhet": "Barn"`, which the plan reads and the export writes back flat).
struct FieldKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
