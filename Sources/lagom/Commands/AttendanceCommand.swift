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
            "List who is here, or mark one person: --absent [--reason R], --remote, --late 09.40, --leaves 11.00, --present, --guest.",
        discussion: """
            Without NAME: one line per person, tab-separated: name, site, status (present, absent, remote,
            late), then what is known (reason, arrives HH:MM, leaves HH:MM). A NAME may be written in any
            case, or as the start of one name. --guest adds NAME as a new participant (--site says where
            they come from).
            """)
    @OptionGroup var options: SessionOptions
    @Argument(help: "The person (any case, or the start of one name).") var name: String?
    @Flag(help: "Here in the room.") var present = false
    @Flag(help: "Not here (with --reason).") var absent = false
    @Option(help: "Why someone is absent.") var reason: String?
    @Flag(help: "Takes part digitally.") var remote = false
    @Option(help: "Arrives late, at this time (09.40).") var late: String?
    @Option(help: "Leaves early, at this time (11.00); \"none\" stays to the end.") var leaves: String?
    @Flag(help: "Add NAME as a guest, present.") var guest = false
    @Option(help: "Where a guest comes from.") var site: String?

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
