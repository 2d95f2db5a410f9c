import Foundation

/// Bytes written to the terminal and CPU used per second by the real `lagom` binary in tmux,
/// idle and while a countdown runs. Bytes come from tmux `pipe-pane`; CPU from /proc.
enum TerminalBenchmark {
    static func run(_ arguments: [String]) {
        let seconds = Int(arguments.first ?? "") ?? 20
        let lagom = (ownExecutable() as NSString).deletingLastPathComponent + "/lagom"
        guard FileManager.default.isExecutableFile(atPath: lagom) else {
            fail("build lagom first: \(lagom) is missing")
        }
        guard shell("command -v tmux >/dev/null") == 0 else { fail("tmux is not installed") }

        let scratch = NSTemporaryDirectory() + "lagom-bench-terminal-\(getpid())"
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { _ = shell("tmux -S \(scratch)/sock kill-server 2>/dev/null; rm -rf \(scratch)") }
        guard shell("cp Sessions/planeringsdagar-2024/plan.json \(scratch)/plan.json") == 0 else {
            fail("run from the package folder (Sessions/planeringsdagar-2024/plan.json is needed)")
        }
        let tmux = "tmux -u -f /dev/null -S \(scratch)/sock"
        var rows: [(String, Double, Double)] = []
        for role in ["facilitator", "projector"] {
            _ = shell("\(tmux) kill-server 2>/dev/null; rm -f \(scratch)/events.jsonl \(scratch)/state.json")
            _ = shell("\(tmux) new-session -d -x 100 -y 30 'env LANG=C.UTF-8 \(lagom) \(role) \(scratch)'")
            usleep(1_000_000)
            guard let pid = panePID(tmux) else { fail("\(role) did not start") }
            rows.append(
                (
                    "\(role) idle",
                    measure(tmux: tmux, pid: pid, file: "\(scratch)/\(role)-idle.bytes", seconds: seconds).0,
                    measure(tmux: tmux, pid: pid, file: "\(scratch)/\(role)-idle.bytes", seconds: 0).1
                ))
            _ = shell("\(lagom) step start \(scratch) >/dev/null")
            usleep(300_000)
            let running = measure(tmux: tmux, pid: pid, file: "\(scratch)/\(role)-countdown.bytes", seconds: seconds)
            rows.append(("\(role) countdown", running.0, running.1))
        }
        print("terminal output of the real binary, 100×30 pane, \(seconds) s each")
        print("state                     bytes/s   CPU %")
        for (name, bytes, cpu) in rows {
            print(name.padding(toLength: 24, withPad: " ", startingAt: 0) + String(format: "%8.1f%8.3f", bytes, cpu))
        }
        let json = rows.map {
            "{\"state\":\"\($0.0)\",\"bytes_per_s\":\(String(format: "%.1f", $0.1)),\"cpu_percent\":\(String(format: "%.3f", $0.2))}"
        }
        print("{\"terminal\":[" + json.joined(separator: ",") + "]}")
    }

    /// Bytes per second written and CPU percent used over `seconds`.
    static func measure(tmux: String, pid: Int32, file: String, seconds: Int) -> (Double, Double) {
        guard seconds > 0 else { return (0, 0) }
        _ = shell("\(tmux) pipe-pane -o 'cat >> \(file)'")
        let cpuBefore = cpuTicks(pid)
        let began = bootNanoseconds()
        sleep(UInt32(seconds))
        let cpuAfter = cpuTicks(pid)
        let elapsed = Double(bootNanoseconds() - began) / 1e9
        _ = shell("\(tmux) pipe-pane")
        usleep(200_000)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        return (Double(bytes) / elapsed, Double(cpuAfter - cpuBefore) / ticksPerSecond / elapsed * 100)
    }

    /// utime + stime of a process, in clock ticks.
    static func cpuTicks(_ pid: Int32) -> Int {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the command name: state is field 3, utime 14, stime 15 (1-based in proc(5)).
        return (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)
    }

    static func panePID(_ tmux: String) -> Int32? {
        let out = NSTemporaryDirectory() + "lagom-bench-pid-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: out) }
        guard shell("\(tmux) display-message -p '#{pane_pid}' > \(out)") == 0,
            let text = try? String(contentsOfFile: out, encoding: .utf8)
        else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// `system(3)`: waits with waitpid itself, so a tmux client that forks the server never hangs us.
    static func shell(_ command: String) -> Int32 { system(command) }
}
