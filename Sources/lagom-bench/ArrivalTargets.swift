import Foundation

/// One pane's median milliseconds per arriving note and per tick at one session size.
struct ArrivalFigure {
    var pane: String
    var notes: Int
    var note: Double
    var tick: Double
}

extension ArrivalBenchmark {
    /// A pane's cost per note may not exceed this at 10,000 notes (issue 18).
    static let noteLimit = 0.3
    /// "Flat" in the session's size: the figure at the most notes measured at most this many times the
    /// figure at the fewest (a cost that grew with the notes was 3–500× here before issue 18).
    static let flatLimit = 1.5

    /// Each target of issue 18 these figures answer, per pane: the figure, its ratio to the target, and
    /// whether it is met. "Per arriving note, each pane ≤ 0.3 ms at 10k notes (flat from 0 to 10k);
    /// tick cost flat in notes."
    static func printTargets(_ figures: [ArrivalFigure], panes: [String]) {
        print("Targets (issue 18)")
        func verdict(_ value: Double, _ limit: Double) -> String {
            String(format: "ratio %.2f: ", value / limit) + (value <= limit ? "met" : "NOT met")
        }
        for pane in panes {
            let measured = figures.filter { $0.pane == pane }.sorted { $0.notes < $1.notes }
            guard let fewest = measured.first, let most = measured.last else { continue }
            if let atTarget = measured.last(where: { $0.notes >= 10_000 }) {
                print(
                    "  \(pane), per note at \(atTarget.notes) notes: "
                        + String(format: "%.3f ms, target ≤ %.1f ms, ", atTarget.note, noteLimit)
                        + verdict(atTarget.note, noteLimit))
            } else {
                print("  \(pane), per note at 10,000 notes: not measured (give --notes …,10000)")
            }
            guard most.notes > fewest.notes else { continue }
            for (what, small, large) in [("per note", fewest.note, most.note), ("per tick", fewest.tick, most.tick)] {
                let growth = large / max(small, 1e-9)
                print(
                    "  \(pane), \(what) at \(most.notes) against \(fewest.notes) notes: "
                        + String(format: "%.3f / %.3f ms = %.2f×, flat (≤ %.1f×): ", large, small, growth, flatLimit)
                        + verdict(growth, flatLimit))
            }
        }
    }
}
