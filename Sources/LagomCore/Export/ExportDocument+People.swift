extension ExportDocument {
    /// A person, as the plan lists them (with every field of theirs) and as the day found them.
    public struct ParticipantEntry: Codable, Equatable, Sendable {
        public var name: String
        public var site: String
        /// The plan's other fields of the person, written beside `name` and `site` under their own keys.
        public var fields: [String: String]
        public var attendance: AttendanceEntry
        /// Added on the day, not in the plan.
        public var guest: Bool

        public init(_ person: Participant, attendance: Attendance, guest: Bool) {
            name = person.name
            site = person.site
            fields = person.fields
            self.attendance = AttendanceEntry(attendance)
            self.guest = guest
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: FieldKey.self)
            name = try c.decode(String.self, forKey: FieldKey("name"))
            site = try c.decode(String.self, forKey: FieldKey("site"))
            attendance = try c.decode(AttendanceEntry.self, forKey: FieldKey("attendance"))
            guest = try c.decode(Bool.self, forKey: FieldKey("guest"))
            var fields: [String: String] = [:]
            for key in c.allKeys where !["name", "site", "attendance", "guest"].contains(key.stringValue) {
                fields[key.stringValue] = try c.decode(String.self, forKey: key)
            }
            self.fields = fields
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: FieldKey.self)
            try c.encode(name, forKey: FieldKey("name"))
            try c.encode(site, forKey: FieldKey("site"))
            // A plan field named like one of ours would be written twice: ours win.
            for (key, value) in fields where !["name", "site", "attendance", "guest"].contains(key) {
                try c.encode(value, forKey: FieldKey(key))
            }
            try c.encode(attendance, forKey: FieldKey("attendance"))
            try c.encode(guest, forKey: FieldKey("guest"))
        }
    }

    public struct AttendanceEntry: Codable, Equatable, Sendable {
        /// `present`, `absent`, `remote` or `late` (expected, not here yet).
        public var status: String
        public var reason: String?
        /// "09:40": when someone late is expected.
        public var arrives: String?
        /// "11:00": when someone leaves early.
        public var leaves: String?

        init(_ attendance: Attendance) {
            status = attendance.status.rawValue
            reason = attendance.reason
            arrives = attendance.arrives?.description
            leaves = attendance.leaves?.description
        }

        enum CodingKeys: String, CodingKey { case status, reason, arrives, leaves }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(status, forKey: .status)
            try c.encode(reason, forKey: .reason)
            try c.encode(arrives, forKey: .arrives)
            try c.encode(leaves, forKey: .leaves)
        }
    }

    /// One group of a step: its number, its members with their roles, the item it works on.
    public struct GroupEntry: Codable, Equatable, Sendable {
        public var number: Int
        public var members: [MemberEntry]
        public var item: ItemEntry?
        public var locked: Bool

        enum CodingKeys: String, CodingKey { case number, members, item, locked }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number)
            try c.encode(members, forKey: .members)
            try c.encode(item, forKey: .item)
            try c.encode(locked, forKey: .locked)
        }

        /// The step's groups as they now are; [] until formed; nil for a step without groups.
        static func all(of step: Step, in session: Session) -> [GroupEntry]? {
            guard step.formsGroups else { return nil }
            let state = session.state
            // Kept from an earlier step and not formed here yet: those groups, roles not handed out.
            guard var formed = state.groups(of: step, plan: session.plan) else { return [] }
            if state.people.groups[step.id] == nil {
                formed.groups = formed.groups.map { $0.map { GroupMember(name: $0.name) } }
            }
            return formed.groups.enumerated().map { index, members in
                let number = index + 1
                return GroupEntry(
                    number: number, members: members.map { MemberEntry(name: $0.name, role: $0.role) },
                    item: state.item(ofGroup: number, step: step).map {
                        ItemEntry(note: $0.id.rawValue, text: $0.text)
                    },
                    locked: formed.locked.contains(number))
            }
        }
    }

    public struct MemberEntry: Codable, Equatable, Sendable {
        public var name: String
        public var role: String?
        enum CodingKeys: String, CodingKey { case name, role }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(role, forKey: .role)
        }
    }

    public struct ItemEntry: Codable, Equatable, Sendable {
        public var note: String
        public var text: String
    }
}
