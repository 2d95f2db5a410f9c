import FoundationEssentials
import LagomCore

/// One commit is one line of the log, so that it is saved whole or not at all: a line counts only
/// with its newline, which is the last byte written (see docs/store.md, "Writing").
///
/// A commit of one event is that event's line, as it always was. A commit of several events is
/// `{"transaction":[{…},{…}]}`: a full disk, a failing disk or a `kill -9` that cuts it anywhere leaves
/// a line without its newline, which no reader folds, never the first events of the commit without
/// the rest.
struct TransactionLine: Codable, Equatable, Sendable {
    var transaction: [Event]

    static let prefix = Array(#"{"transaction":["#.utf8)
    private static let suffix = Array("]}".utf8)
    /// How every event object of the canonical encoding starts (keys are sorted, `at` first). Inside
    /// a JSON string a quote is always escaped, so `,{"at":` can only be the start of the next event.
    private static let separator = Array(#",{"at":"#.utf8)

    /// The bytes of a commit: its line, newline included.
    static func encode(_ events: [Event], with encoder: EventLineEncoder) -> [UInt8] {
        events.count == 1 ? encoder.line(events[0]) : encoder.line(TransactionLine(transaction: events))
    }

    /// The events of one line (without its newline), or nil when it is not a readable commit.
    /// Canonical lines take the fast path; anything else (another spelling, a kind of change the fast
    /// path does not know) is decoded by Codable, which defines the format.
    static func decode(_ text: ArraySlice<UInt8>, decoder: JSONDecoder) -> [Event]? {
        if text.starts(with: prefix) {
            if let events = fastTransaction(text) { return events }
            guard let line = try? decoder.decode(TransactionLine.self, from: Data(text)),
                !line.transaction.isEmpty
            else { return nil }
            return line.transaction
        }
        if let event = text.withUnsafeBufferPointer({ EventLineDecoder.decode($0) }) { return [event] }
        let data = Data(text)
        if let event = try? decoder.decode(Event.self, from: data) { return [event] }
        guard let line = try? decoder.decode(TransactionLine.self, from: data), !line.transaction.isEmpty else {
            return nil
        }
        return line.transaction
    }

    /// Splits a canonical transaction line at the starts of its events and reads each by the fast path.
    private static func fastTransaction(_ text: ArraySlice<UInt8>) -> [Event]? {
        guard text.count > prefix.count + suffix.count, text.hasSuffix(suffix) else { return nil }
        let body = text[(text.startIndex + prefix.count)..<(text.endIndex - suffix.count)]
        var events: [Event] = []
        var start = body.startIndex
        while start < body.endIndex {
            let end = body[(start + 1)...].firstRange(of: separator)?.lowerBound ?? body.endIndex
            guard let event = body[start..<end].withUnsafeBufferPointer({ EventLineDecoder.decode($0) }) else {
                return nil
            }
            events.append(event)
            start = end == body.endIndex ? end : end + 1
        }
        return events
    }
}

private extension ArraySlice<UInt8> {
    func hasSuffix(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(endIndex - suffix.count)...].elementsEqual(suffix)
    }
}
