/// Handing out a step's roles inside each group so that they rotate over the day: a role goes to
/// whoever has held it least (then held fewest roles at all), so nobody is secretary twice while
/// someone in the group has not been. The plan can pin a role to a person.
public struct RoleRotation: Sendable {
    /// Times each person held each role on the earlier grouped steps of the day.
    public var held: [String: [String: Int]] = [:]

    public init() {}

    /// The roles held on the day's steps before `step` (their groups as formed and kept up).
    public init(before step: Step, in session: Session) {
        let plan = session.plan
        guard let index = plan.index(of: step.id) else { return }
        for earlier in plan.steps[..<index] where earlier.day == step.day {
            guard let formed = session.state.people.groups[earlier.id] else { continue }
            for member in formed.groups.joined() {
                if let role = member.role { held[member.name, default: [:]][role, default: 0] += 1 }
            }
        }
    }

    public func count(_ name: String, _ role: String) -> Int { held[name]?[role] ?? 0 }
    public func total(_ name: String) -> Int { held[name]?.values.reduce(0, +) ?? 0 }

    /// What it costs to give `role` to `name`: a repeat of the same role costs most, then any role
    /// for someone who has held some.
    func cost(_ name: String, _ role: String) -> Int { count(name, role) * 1000 + total(name) * 10 }

    /// The group's members with roles: pinned ones first, then the rest by least cost (ties: in the
    /// members' order). With more roles than people, the plan's first roles are handed out.
    public func assign(_ members: [String], roles: [String], pinned: [String: String] = [:]) -> [GroupMember] {
        var result = members.map { GroupMember(name: $0) }
        var open = roles
        for (i, name) in members.enumerated() {
            if let role = pinned[name], let at = open.firstIndex(of: role) {
                result[i].role = role
                open.remove(at: at)
            }
        }
        let free = members.indices.filter { result[$0].role == nil }
        let handed = Array(open.prefix(free.count))
        for (role, i) in best(handed, among: free.map { members[$0] }).map({ ($0.key, $0.value) }) {
            result[free[i]].role = role
        }
        return result
    }

    /// Role → index into `people`, with the lowest total cost. Exhaustive for small groups; greedy
    /// (each role in turn to its cheapest free person) when the search would be large.
    private func best(_ roles: [String], among people: [String]) -> [String: Int] {
        guard !roles.isEmpty, !people.isEmpty else { return [:] }
        var searches = 1
        for k in 0..<roles.count { searches *= people.count - k; if searches > 50_000 { break } }
        if searches > 50_000 {
            var taken: Set<Int> = []
            var result: [String: Int] = [:]
            for role in roles {
                let pick = people.indices.filter { !taken.contains($0) }.min {
                    cost(people[$0], role) < cost(people[$1], role)
                }!
                taken.insert(pick)
                result[role] = pick
            }
            return result
        }
        var bestCost = Int.max
        var bestPicks: [Int] = []
        var picks: [Int] = []
        var used = Array(repeating: false, count: people.count)
        func search(_ k: Int, _ sum: Int) {
            if sum >= bestCost { return }
            if k == roles.count { bestCost = sum; bestPicks = picks; return }
            for i in people.indices where !used[i] {
                used[i] = true
                picks.append(i)
                search(k + 1, sum + cost(people[i], roles[k]))
                picks.removeLast()
                used[i] = false
            }
        }
        search(0, 0)
        return Dictionary(uniqueKeysWithValues: zip(roles, bestPicks))
    }
}
