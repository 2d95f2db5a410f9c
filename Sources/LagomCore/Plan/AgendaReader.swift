/// The line-by-line state of `AgendaImport`: where in the agenda a line is, and what it adds.
struct AgendaReader {
    private let forcedLanguage: Language?
    private var title: String?
    private var header: [String: String] = [:]
    private var participants: [Participant] = []
    private var steps: [Step] = []
    private var unplaced: [String] = []
    private var inParticipants = false
    private var mainNumber: String?
    private var usedIDs: Set<String> = []
    private var swedishScore = 0

    init(language: Language?) { forcedLanguage = language }

    mutating func read(_ raw: String, line: Int) {
        let indented = raw.first == " " || raw.first == "\t"
        var text = String(raw.trimmedText)
        guard !text.isEmpty else { return }
        let lowered = text.lowercased()
        swedishScore += AgendaWords.swedishHints.filter { lowered.contains($0) }.count
        if text.hasPrefix("#") {
            let heading = String(text.drop { $0 == "#" }.trimmedText)
            let word = String(heading.lowercased().filter { $0 != ":" })
            if title == nil && text.hasPrefix("# ") { title = heading; return }
            if AgendaWords.participants.contains(word) { inParticipants = true; return }
            if AgendaWords.agenda.contains(word) { inParticipants = false; return }
            unplaced.append("line \(line): \(JSONValue.quoted(text, limit: 60)) (a heading Lagom does not know)")
            return
        }
        // Header facts, possibly several on one line: "Date: … · Place: …".
        let facts = text.split(separator: "·").map { String($0).trimmedText }
        if facts.allSatisfy({ field(of: $0) != nil }) {
            for fact in facts { if let (key, value) = field(of: fact) { apply(key, value, line: line, raw: text) } }
            return
        }
        if inParticipants, text.hasPrefix("- ") || text.hasPrefix("* ") {
            text.removeFirst(2)
            if let person = participant(text) {
                participants.append(person)
            } else {
                unplaced.append(
                    "line \(line): \(JSONValue.quoted(raw, limit: 60)) (a participant needs a unit: \"Name (Unit)\")")
            }
            return
        }
        if item(text, indented: indented) { return }
        unplaced.append("line \(line): \(JSONValue.quoted(text, limit: 60)) (no time, number or field Lagom knows)")
    }

    private func field(of text: String) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = String(text[..<colon]).trimmedText.lowercased()
        guard let name = AgendaWords.fields[key] else { return nil }
        return (name, String(text[text.index(after: colon)...]).trimmedText)
    }

    private mutating func apply(_ key: String, _ value: String, line: Int, raw: String) {
        switch key {
        case "date", "place", "chair", "minuteTaker":
            header[key] = value
        default:
            guard !steps.isEmpty else {
                unplaced.append("line \(line): \(JSONValue.quoted(raw, limit: 60)) (\(key) before any item)")
                return
            }
            var step = steps.removeLast()
            switch key {
            case "purpose": step.agenda.purpose = value
            case "preparation": step.agenda.preparation = value
            case "material": step.agenda.material += list(value, separators: ";")
            case "owners": step.owners += list(value)
            default:
                step.headings = list(value)
                step.kind = .checkin
                step.roundBy = "site"
            }
            steps.append(step)
        }
    }

    /// Split on ";", or on "," when the text has no ";".
    private func list(_ value: String, separators: String? = nil) -> [String] {
        let marks = separators ?? (value.contains(";") ? ";" : ",")
        return value.split(whereSeparator: { marks.contains($0) }).map { String($0).trimmedText }.filter { !$0.isEmpty }
    }

    /// "Vera Lindqvist (North clinic)" or "Vera Lindqvist, North clinic".
    private func participant(_ text: String) -> Participant? {
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let name = String(text[..<open]).trimmedText
            let unit = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmedText
            return name.isEmpty || unit.isEmpty ? nil : Participant(name: name, site: unit)
        }
        let parts = text.split(separator: ",", maxSplits: 1).map { String($0).trimmedText }
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
            ? Participant(name: parts[0], site: parts[1]) : nil
    }

    /// An item line: [number] [time or range] title [(owner)], in any order of number and time.
    private mutating func item(_ line: String, indented: Bool) -> Bool {
        var rest = Substring(line)
        if rest.hasPrefix("- ") || rest.hasPrefix("* ") { rest = rest.dropFirst(2) }
        var number: String?
        var times: (start: ClockTime, end: ClockTime?)?
        for _ in 0..<2 {
            rest = rest.drop { $0 == " " }
            if times == nil, let found = AgendaReader.times(&rest) { times = found; continue }
            if number == nil, let found = AgendaReader.number(&rest) { number = found; continue }
        }
        rest = rest.drop { $0 == " " || $0 == "–" || $0 == "-" || $0 == ":" }
        // "Paus 10.00–10.10": the time after the title.
        if times == nil, let range = AgendaReader.trailingTimes(&rest) { times = range }
        var title = String(rest).trimmedText
        var owners: [String] = []
        if title.hasSuffix(")"), let open = title.lastIndex(of: "(") {
            owners = list(String(title[title.index(after: open)..<title.index(before: title.endIndex)]))
            title = String(title[..<open]).trimmedText
        }
        guard !title.isEmpty, number != nil || times != nil else { return false }
        let isBreak = AgendaWords.breaks.contains { title.lowercased().hasPrefix($0) }
        let fullNumber: String?
        if let number, indented, number.allSatisfy(\.isLetter), let main = mainNumber {
            fullNumber = main + number
        } else {
            fullNumber = number
            if number != nil { mainNumber = number }
        }
        var step = Step(
            id: StepID(freshID(fullNumber, title)), kind: isBreak ? .break : .info, title: title,
            start: times?.start, owners: owners, agenda: AgendaItem(number: isBreak ? nil : fullNumber))
        if let start = times?.start, let end = times?.end, end > start {
            if isBreak {
                step.returnAt = end
            } else {
                step.minutes = end.minutesSinceMidnight - start.minutesSinceMidnight
            }
        }
        if isBreak, step.minutes == nil, step.returnAt == nil { step.minutes = 10 }
        steps.append(step)
        return true
    }

    private mutating func freshID(_ number: String?, _ title: String) -> String {
        let base =
            number.map { "item-" + $0.lowercased().filter { $0.isLetter || $0.isNumber } }
            ?? String(title.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }.prefix(24))
        var id = base.isEmpty || base.allSatisfy(\.isNumber) ? "item" : base
        var counter = 2
        while usedIDs.contains(id) { id = "\(base)-\(counter)"; counter += 1 }
        usedIDs.insert(id)
        return id
    }

    /// "4.", "4)", "4b", "a)", "§ 4" at the start.
    private static func number(_ rest: inout Substring) -> String? {
        var text = rest
        if text.hasPrefix("§") { text = text.dropFirst().drop { $0 == " " } }
        let digits = text.prefix { $0.isNumber }
        var candidate = text[..<digits.endIndex]
        var after = text[digits.endIndex...]
        if digits.isEmpty {
            guard let letter = text.first, letter.isLetter,
                text.dropFirst().first == ")" || text.dropFirst().first == "."
            else { return nil }
            candidate = text.prefix(1)
            after = text.dropFirst()
        } else if let letter = after.first, letter.isLetter, after.dropFirst().first.map({ !$0.isLetter }) ?? true {
            candidate = text[..<after.index(after: after.startIndex)]
            after = after.dropFirst()
        }
        guard let mark = after.first, mark == "." || mark == ")" || mark == " " else { return nil }
        // A time like "9.00" is no item number.
        if mark == ".", after.dropFirst().first?.isNumber == true { return nil }
        rest = after.dropFirst()
        return String(candidate)
    }

    /// "09.00–09.15", "9:00-9:15", "09.00" at the start.
    private static func times(_ rest: inout Substring) -> (ClockTime, ClockTime?)? {
        let token = rest.prefix { $0.isNumber || $0 == "." || $0 == ":" || $0 == "-" || $0 == "–" || $0 == " " }
        let compact = String(token).filter { $0 != " " }
        if let range = FieldHint.timeRange(compact) { rest = rest[token.endIndex...]; return (range.start, range.end) }
        let first = rest.prefix { $0.isNumber || $0 == "." || $0 == ":" }
        if let time = ClockTime(parsing: String(first)) { rest = rest[first.endIndex...]; return (time, nil) }
        return nil
    }

    /// A time range at the end of a title ("Paus 10.00–10.10").
    private static func trailingTimes(_ rest: inout Substring) -> (ClockTime, ClockTime?)? {
        let words = rest.split(separator: " ")
        for count in [3, 1] where words.count > count {
            let tail = words.suffix(count).joined()
            if let range = FieldHint.timeRange(tail) {
                rest = rest[..<words[words.count - count].startIndex]
                return (range.start, range.end)
            }
        }
        return nil
    }

    /// An item whose sub-items carry the times keeps its start but no length of its own.
    private func withItemHeaders(_ steps: [Step]) -> [Step] {
        var steps = steps
        for index in steps.indices.dropLast() {
            let next = steps[index + 1]
            guard let number = steps[index].agenda.number, next.agenda.parentNumber == number,
                next.start == nil || next.start == steps[index].start
            else { continue }
            steps[index].minutes = nil
        }
        return steps
    }

    func result() -> AgendaImport.Result {
        let language = forcedLanguage ?? (swedishScore >= 2 ? .sv : .en)
        let fallback = Catalogue.text(.importedMeetingTitle, language)
        let plan = Plan(
            title: title ?? fallback, language: language, days: [Day(title: fallback, date: header["date"])],
            participants: participants, steps: withItemHeaders(steps),
            date: header["date"], place: header["place"], chair: header["chair"], minuteTaker: header["minuteTaker"])
        return AgendaImport.Result(plan: plan, unplaced: unplaced)
    }
}

extension StringProtocol {
    /// Without the whitespace around it, as a String.
    var trimmedText: String { String(String(self).trimmingWhitespace) }
}
