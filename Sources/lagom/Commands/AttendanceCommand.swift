import ArgumentParser
import LagomCore
import LagomStore

/// `lagom attendance SESSION` lists who is here; with a NAME and one mark it changes that person's
/// attendance (and the groups formed for steps still to come: a late arrival is placed, a leaver
/// taken out).
struct AttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract:
            TextKey.helpAttendance.name,
        discussion: TextKey.helpAttendanceMore.name)
    @OptionGroup var options: SessionOptions
    @Argument(help: .key(TextKey.helpAttendanceName)) var name: String?
    @Flag(help: .key(TextKey.helpAttendancePresent)) var present = false
    @Flag(help: .key(TextKey.helpAttendanceAbsent)) var absent = false
    @Option(help: .key(TextKey.helpAttendanceReason)) var reason: String?
    @Flag(help: .key(TextKey.helpAttendanceRemote)) var remote = false
    @Option(help: .key(TextKey.helpAttendanceLate)) var late: String?
    @Option(help: .key(TextKey.helpAttendanceLeaves)) var leaves: String?
    @Flag(help: .key(TextKey.helpAttendanceGuest)) var guest = false
    @Option(help: .key(TextKey.helpAttendanceSite)) var site: String?

    /// What is wrong with the options, if anything; said once the session (and its language) is open.
    func mistake() -> Localized? {
        let marks = [present, absent, remote, late != nil, leaves != nil, guest].filter { $0 }.count
        if name == nil {
            guard marks == 0, reason == nil, site == nil else {
                return Localized(.cliAttendanceNameFirst, ["option": "--" + firstMark])
            }
            return nil
        }
        guard marks == 1 else {
            return marks == 0 ? Localized(.cliAttendanceWhatToMark) : Localized(.cliAttendanceOneMark, ["count": marks])
        }
        if reason != nil, !absent { return Localized(.cliReasonWithAbsent) }
        if site != nil, !guest { return Localized(.cliSiteWithGuest) }
        if let late, ClockTime(parsing: late) == nil { return Localized(.cliLateNotATime, ["found": late]) }
        if let leaves, leaves != "none", ClockTime(parsing: leaves) == nil {
            return Localized(.cliLeavesNotATime, ["found": leaves])
        }
        return nil
    }

    private var firstMark: String {
        present
            ? "present"
            : absent
                ? "absent"
                : remote
                    ? "remote"
                    : late != nil
                        ? "late" : leaves != nil ? "leaves" : guest ? "guest" : reason != nil ? "reason" : "site"
    }

    func run() throws {
        guard let name else {
            let store = try options.open(.readOnly)
            if let mistake = mistake() { throw usageMistake(mistake) }
            let roster = Roster(plan: store.session.plan, state: store.session.state)
            for person in roster.everyone {
                print(Self.line(person, roster.attendance(of: person.name), guest: roster.isGuest(person.name)))
            }
            return
        }
        let store = try options.open()
        if let mistake = mistake() { throw usageMistake(mistake) }
        let action: AttendanceAction
        if guest {
            // Stored in the session: the plan's word, whatever the command speaks.
            action = .addGuest(name: name, site: site ?? Localized(.guestSite).text(store.session.plan.language))
        } else if present {
            action = .mark(person: name, .present)
        } else if absent {
            action = .mark(person: name, .absent(reason: reason))
        } else if remote {
            action = .mark(person: name, .remote)
        } else if let late, let time = ClockTime(parsing: late) {
            action = .mark(person: name, .late(time))
        } else {
            action = .mark(person: name, .leaves(leaves.flatMap(ClockTime.init(parsing:))))
        }
        let events = try commit(store, by: options.author) { session, _ throws(Refusal) in
            try action.changes(in: session)
        }
        let roster = Roster(plan: store.session.plan, state: store.session.state)
        var person = name
        for event in events {
            switch event.change {
            case .attendanceMarked(let marked, let attendance):
                person = marked
                print(
                    Self.line(
                        roster.person(marked) ?? Participant(name: marked, site: ""), attendance,
                        guest: roster.isGuest(marked)))
            case .guestAdded(let added, _):
                person = added
                if let guest = roster.person(added) { print(Self.line(guest, .present, guest: true)) }
            case .groupChanged(let step, let group, let members):
                let joined = members.contains { $0.name == person }
                let change = joined ? Localized(.cliJoinedGroup) : Localized(.cliLeftGroup)
                let words = [Localized(.cliRoundGroup, ["group": group]), change].map {
                    $0.text(CommandLanguage.current)
                }
                print("\(step)\t\(words[0])\t\(words[1])")
            default:
                break
            }
        }
    }

    /// `Vera Wahlgren<TAB>Norrhamn<TAB>absent<TAB>föräldraledig`
    static func line(_ person: Participant, _ attendance: Attendance, guest: Bool) -> String {
        let language = CommandLanguage.current
        var cells = [person.name, person.site, StatusWords.attendance(attendance.status).text(language)].map(
            Sanitiser.sanitiseSingleLine)
        if let reason = attendance.reason { cells.append(Sanitiser.sanitiseSingleLine(reason)) }
        if let arrives = attendance.arrives { cells.append(Localized(.cliArrives, ["time": arrives]).text(language)) }
        if let leaves = attendance.leaves { cells.append(Localized(.cliLeaves, ["time": leaves]).text(language)) }
        if guest { cells.append(Localized(.cliGuest).text(language)) }
        return cells.joined(separator: "\t")
    }
}
