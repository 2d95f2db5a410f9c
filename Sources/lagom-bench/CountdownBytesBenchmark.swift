import Foundation
import LagomCore
import LagomStore
import LagomUI

/// The projector's break countdown in big painted digits: bytes per second the real binary sends
/// its terminal (tmux `pipe-pane`) against the fewest bytes that could redraw the cells that
/// change each second (`minimumBytes`), at 80×24, 120×40 and 200×60. Target: at most 1.1×.
enum CountdownBytesBenchmark {
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    static func run(_ arguments: [String]) {
        let seconds = Int(arguments.first ?? "") ?? 20
        let lagom = (ownExecutable() as NSString).deletingLastPathComponent + "/lagom"
        guard FileManager.default.isExecutableFile(atPath: lagom) else {
            fail("build lagom first: \(lagom) is missing")
        }
        guard system("command -v tmux >/dev/null") == 0 else { fail("tmux is not installed") }
        print("projector break countdown, painted digits, \(seconds) s steady state per size")
        print("pane       bytes/s   minimum/s   ratio")
        var json: [String] = []
        var verdicts: [String] = []
        for (width, height) in sizes {
            let (sent, minimum) = measure(lagom: lagom, width: width, height: height, seconds: seconds)
            let ratio = minimum > 0 ? sent / minimum : 0
            verdicts.append(
                "  bytes at \(width)×\(height): "
                    + String(
                        format: "%.2f× the changed-cell minimum, target ≤ %.1f×, ratio %.2f: ", ratio, limit,
                        ratio / limit) + (ratio > 0 && ratio <= limit ? "met" : "NOT met"))
            print(
                "\(width)x\(height)".padding(toLength: 9, withPad: " ", startingAt: 0)
                    + String(format: "%9.1f %11.1f %7.2f", sent, minimum, ratio))
            json.append(
                "{\"pane\":\"\(width)x\(height)\",\"bytes_per_s\":\(String(format: "%.1f", sent)),\"minimum_per_s\":\(String(format: "%.1f", minimum)),\"ratio\":\(String(format: "%.3f", ratio))}"
            )
        }
        print("{\"countdown_bytes\":[" + json.joined(separator: ",") + "]}")
        print("Targets (issues 17 and 18)")
        for verdict in verdicts { print(verdict) }
    }

    /// Bytes sent at most this many times the changed-cell minimum.
    static let limit = 1.1

    /// (bytes a second sent by the projector, the changed-cell minimum a second) over `seconds`.
    static func measure(lagom: String, width: Int, height: Int, seconds: Int) -> (Double, Double) {
        let scratch = NSTemporaryDirectory() + "lagom-bench-countdown-\(getpid())-\(width)"
        let tmux = "tmux -u -f /dev/null -S \(scratch)/sock"
        defer { _ = system("\(tmux) kill-server 2>/dev/null; rm -rf \(scratch)") }
        try? FileManager.default.createDirectory(atPath: scratch + "/s", withIntermediateDirectories: true)
        guard system("cp Sessions/planeringsdagar-2024/plan.json \(scratch)/s/plan.json") == 0 else {
            fail("run from the package folder (Sessions/planeringsdagar-2024/plan.json is needed)")
        }
        let run = "env LANG=C.UTF-8 \(lagom)"
        guard
            system("\(run) step goto \(scratch)/s fika-1 >/dev/null && \(run) step start \(scratch)/s >/dev/null") == 0
        else {
            fail("could not start the break in \(scratch)/s")
        }
        _ = system("\(tmux) new-session -d -x \(width) -y \(height) '\(run) projector \(scratch)/s'")
        usleep(1_500_000)
        let bytesFile = "\(scratch)/bytes"
        _ = system("\(tmux) pipe-pane -o 'cat >> \(bytesFile)'")
        let began = bootNanoseconds()
        let store: SessionStore
        do { store = try SessionStore(folder: scratch + "/s", clock: SystemClock(), ids: SystemIDSource()) } catch {
            fail("\(error)")
        }
        let start = store.clock.now
        sleep(UInt32(seconds))
        let elapsed = Double(bootNanoseconds() - began) / 1e9
        _ = system("\(tmux) pipe-pane")
        usleep(200_000)
        let sent = Double((try? FileManager.default.attributesOfItem(atPath: bytesFile)[.size] as? Int) ?? 0) / elapsed

        // The same seconds rendered here, each frame against the one before.
        func frame(_ second: Int) -> Grid {
            ProjectorScreen().render(
                ScreenContext(
                    session: store.session, now: start + Int64(second) * 1000, utcOffsetSeconds: 0,
                    width: width, height: height, language: .sv, theme: .projector))
        }
        var previous = frame(0)
        var total = 0
        for second in 1...seconds {
            let next = frame(second)
            total += minimumBytes(from: previous, to: next)
            previous = next
        }
        return (sent, Double(total) / Double(seconds))
    }

    /// The fewest bytes that turn a terminal showing `old` into `new`: for each run of changed
    /// cells a cursor address (`ESC[r;cH`), an SGR where the style changes (only the parameters
    /// that change, or a reset when an attribute goes off), and the cells' UTF-8. A gap of
    /// unchanged cells is rewritten instead of addressed past when that is cheaper.
    static func minimumBytes(from old: Grid, to new: Grid) -> Int {
        var total = 0
        var current: Style?
        for y in 0..<new.height {
            var lastEnd: Int?
            for x in 0..<new.width where new[x, y] != old[x, y] && !new[x, y].isContinuation {
                let cell = new[x, y]
                // A stroke's text colour is never seen, and the terminal is not sent it (`Style.asSpace`).
                let style = cell.grapheme == " " ? cell.style.asSpace : cell.style
                if let end = lastEnd, x > end {
                    let gap = (end..<x).map { new[$0, y] }
                    let bridge =
                        gap.allSatisfy { ($0.grapheme == " " ? $0.style.asSpace : $0.style) == current }
                        ? gap.reduce(0) { $0 + $1.grapheme.utf8.count } : Int.max
                    total += min(bridge, cursorBytes(row: y, column: x))
                } else if lastEnd == nil {
                    total += cursorBytes(row: y, column: x)
                }
                if style != current {
                    total += sgrBytes(from: current, to: style)
                    current = style
                }
                total += cell.grapheme.utf8.count
                lastEnd = x + 1
            }
        }
        return total
    }

    static func cursorBytes(row: Int, column: Int) -> Int { 4 + String(row + 1).count + String(column + 1).count }

    static func sgrBytes(from old: Style?, to new: Style) -> Int {
        func attributes(_ s: Style) -> [String] {
            [s.bold ? "1" : nil, s.dim ? "2" : nil, s.underline ? "4" : nil, s.reverse ? "7" : nil].compactMap { $0 }
        }
        func colour(_ c: TermColor, base: Int) -> String {
            c == .terminalDefault ? "\(base + 9)" : "\(base + Int(c.rawValue) - 1)"
        }
        var parameters: [String]
        if let old, Set(attributes(old)).isSubset(of: Set(attributes(new))) {
            parameters = attributes(new).filter { !attributes(old).contains($0) }
            if old.foreground != new.foreground { parameters.append(colour(new.foreground, base: 30)) }
            if old.background != new.background { parameters.append(colour(new.background, base: 40)) }
        } else {
            parameters = ["0"] + attributes(new)
            if new.foreground != .terminalDefault { parameters.append(colour(new.foreground, base: 30)) }
            if new.background != .terminalDefault { parameters.append(colour(new.background, base: 40)) }
        }
        guard !parameters.isEmpty else { return 0 }
        return 3 + parameters.joined(separator: ";").utf8.count
    }
}
