/// A record's people: who was there (when attendance was marked on the day) and each step's
/// groups (when formed). Names only: why someone was away is nobody's business in a record.
extension WorkshopRecordBuilder {
    /// "Närvaro": how many were here, then site by site who was and who was not; nil when no
    /// attendance was marked and nobody joined on the day (then nothing is known beyond the plan).
    func attendanceSection() -> RecordSection? {
        let people = state.people
        guard !people.attendance.isEmpty || !people.guests.isEmpty else { return nil }
        let roster = Roster(plan: plan, state: state)
        let everyone = roster.everyone
        let status = { (person: Participant) in roster.attendance(of: person.name).status }
        let here = everyone.filter { [.present, .remote].contains(status($0)) }
        let remote = here.filter { status($0) == .remote }.count
        var sites: [String] = []
        for person in everyone where !sites.contains(person.site) { sites.append(person.site) }
        func names(_ people: [Participant]) -> [String] {
            people.map { clean($0.name) + (status($0) == .remote ? " " + text(RecordWords.remoteMark) : "") }
        }
        let table = RecordTable(
            columns: [.init(text(RecordWords.site)), .init(text(RecordWords.present)), .init(text(RecordWords.away))],
            rows: sites.map { site in
                let atSite = everyone.filter { $0.site == site }
                return [
                    RecordCell(clean(site)),
                    RecordCell(names(atSite.filter { here.contains($0) }).joined(separator: ", ")),
                    RecordCell(names(atSite.filter { !here.contains($0) }).joined(separator: ", ")),
                ]
            })
        return RecordSection(
            .attendance,
            blocks: [
                .heading(level: 1, text: text(RecordWords.attendance)),
                .paragraph([RecordSpan(text(RecordWords.hereCount(here.count, of: everyone.count, remote: remote)))]),
                .table(table),
            ])
    }

    /// The step's groups as they worked: group number, then its members (role in brackets).
    func groupBlocks(_ step: Step) -> [RecordBlock] {
        guard state.people.groups[step.id] != nil, let formed = state.groups(of: step, plan: plan),
            !formed.groups.isEmpty
        else { return [] }
        let table = RecordTable(
            columns: [.init(text(RecordWords.group), numeric: true), .init(text(RecordWords.members))],
            rows: formed.groups.enumerated().map { index, members in
                [
                    .number(index + 1),
                    RecordCell(
                        members.map { clean($0.name) + ($0.role.map { " (\(clean($0)))" } ?? "") }.joined(
                            separator: ", ")),
                ]
            })
        return [.heading(level: 3, text: text(RecordWords.groups)), .table(table)]
    }
}
