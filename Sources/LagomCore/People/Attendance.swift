/// Whether a person is in the room: the plan may say what is known beforehand, the facilitator
/// changes it on the day (`attendanceMarked`). Times are the plan's clock times, not wall time.
public struct Attendance: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// Here in the room (the default when nothing is known).
        case present
        /// Not coming (or gone); `reason` says why.
        case absent
        /// Takes part digitally: counted in groups and rounds, marked so nobody forgets them.
        case remote
        /// Expected at `arrives`; not here until marked present.
        case late
    }

    public var status: Status
    /// Why someone is absent ("sjuk", "kurs").
    public var reason: String?
    /// When a late person is expected.
    public var arrives: ClockTime?
    /// When someone leaves early; from then on they are no longer counted.
    public var leaves: ClockTime?

    public init(status: Status = .present, reason: String? = nil, arrives: ClockTime? = nil, leaves: ClockTime? = nil) {
        self.status = status
        self.reason = reason
        self.arrives = arrives
        self.leaves = leaves
    }

    public static let present = Attendance()

    /// Here at all (present or remote), whatever the time.
    public var isHere: Bool { status == .present || status == .remote }

    /// Here at a time of the day (a step's start): not gone yet, and a late person whose arrival time
    /// has come counts as planned. No time: as `isHere`.
    public func isHere(at time: ClockTime?) -> Bool {
        guard let time else { return isHere }
        if let leaves, time >= leaves { return false }
        switch status {
        case .present, .remote: return true
        case .absent: return false
        case .late: return arrives.map { $0 <= time } ?? false
        }
    }

    /// The record after one change named on the command line or a key of the attendance screen.
    public func applying(_ mark: Mark) -> Attendance {
        switch mark {
        case .present: return Attendance(status: .present, leaves: leaves)
        case .absent(let reason): return Attendance(status: .absent, reason: reason)
        case .remote: return Attendance(status: .remote, leaves: leaves)
        case .late(let time): return Attendance(status: .late, arrives: time, leaves: leaves)
        case .leaves(let time): var copy = self; copy.leaves = time; return copy
        }
    }

    /// One change of attendance, as a person asks for it.
    public enum Mark: Equatable, Sendable {
        case present
        case absent(reason: String?)
        case remote
        case late(ClockTime)
        /// nil: stays to the end after all.
        case leaves(ClockTime?)
    }
}
