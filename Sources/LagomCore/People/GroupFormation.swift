/// Forming groups: how many, how big, and who goes where so that each group mixes the values of a
/// participant field (`site`, `unit`, …) as evenly as the numbers allow. Pure and deterministic for a seed.
public enum GroupFormation {
    /// How many groups `people` make on a step: the plan's `groups` (never more than there are people),
    /// else the count whose sizes fit `groupSize` best — within it when any count can, otherwise the
    /// one that misses it by the fewest people (seven people for 5–6 make one group of seven).
    public static func count(people: Int, step: Step) -> Int {
        guard people > 0 else { return 0 }
        if let groups = step.groups { return min(groups, people) }
        guard let size = step.groupSize, size.max > 0 else { return 1 }
        func miss(_ g: Int) -> Int {
            let small = people / g, large = (people + g - 1) / g
            return max(0, large - size.max) + max(0, size.min - small)
        }
        let fewest = (people + size.max - 1) / size.max
        var best = fewest
        for g in Swift.max(1, fewest - 1)...Swift.min(people, fewest + 1) where miss(g) < miss(best) { best = g }
        return best
    }

    /// Deals `people` into `count` groups whose sizes differ by at most one. With `mixBy`, the people
    /// are lined up value by value (the most common value first, each value's people in seeded order)
    /// and dealt round the groups, so a value with k people lands in min(k, count) groups.
    public static func deal(_ people: [Participant], into count: Int, mixBy: String?, seed: Int) -> [[Participant]] {
        guard count > 0 else { return [] }
        var line: [Participant]
        if let field = mixBy {
            var order: [String] = []
            var byValue: [String: [Participant]] = [:]
            for person in people {
                let value = person.value(of: field)
                if byValue[value] == nil { order.append(value) }
                byValue[value, default: []].append(person)
            }
            let values = order.enumerated().sorted {
                let a = byValue[$0.element]!.count, b = byValue[$1.element]!.count
                return a != b ? a > b : $0.offset < $1.offset
            }.map(\.element)
            line = values.enumerated().flatMap { byValue[$0.element]!.seededShuffle(seed &+ $0.offset) }
        } else {
            line = people.seededShuffle(seed)
        }
        // Where the dealing starts turns with the seed, so the larger groups are not always the first.
        let start = count > 1 ? Int(UInt64(bitPattern: Int64(seed)) % UInt64(count)) : 0
        var groups = Array(repeating: [Participant](), count: count)
        for (i, person) in line.enumerated() { groups[(start + i) % count].append(person) }
        return groups
    }

    /// How well groups mix a field: the fewest and most different values any group has, and how many
    /// different values there are in all.
    public static func mix(_ groups: [[Participant]], by field: String) -> (fewest: Int, most: Int, values: Int)? {
        let counts = groups.filter { !$0.isEmpty }.map { Set($0.map { $0.value(of: field) }).count }
        guard let fewest = counts.min(), let most = counts.max() else { return nil }
        let values = Set(groups.flatMap { $0.map { $0.value(of: field) } }).count
        return (fewest, most, values)
    }
}
