import Foundation
import LagomUI
import Testing

/// Compares a rendered grid with `__Snapshots__/<name>.txt` next to the tests.
/// With `LAGOM_RECORD_SNAPSHOTS=1` in the environment the file is (re)written
/// instead and the test notes that it recorded.
///
/// Plain format: one line per grid row, trailing spaces trimmed, continuation
/// cells omitted. With a `legend`, a second block follows a `--- styles ---`
/// line: one character per drawn cell (wide graphemes count once, like the
/// text lines, so the two blocks line up in an editor) naming its style (`.` for a style not in the
/// legend), so tests can check where a style applies.
///
/// With `painted`, a space painted as a stroke of big type (a background in its own text colour,
/// or reverse video: `Style.ink`) shows as `█`, so the big digits and words read in the file.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["LAGOM_RECORD_SNAPSHOTS"] == "1"
    }

    static func text(_ grid: Grid, legend: [Style: Character]? = nil, painted: Bool = false) -> String {
        var lines = (painted ? paintedLines(grid) : grid.lines).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
        if let legend {
            lines.append("--- styles ---")
            for y in 0..<grid.height {
                var row = ""
                for x in 0..<grid.width where !grid[x, y].isContinuation {
                    row.append(legend[grid[x, y].style] ?? ".")
                }
                lines.append(String(row.reversed().drop { $0 == "." }.reversed()))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func assert(
        _ grid: Grid, named name: String, legend: [Style: Character]? = nil, painted: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let actual = text(grid, legend: legend, painted: painted)
        let file = directory.appendingPathComponent(name + ".txt")
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: file, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record(
                """
                no snapshot \(file.path); run with LAGOM_RECORD_SNAPSHOTS=1 to record it. Rendered:
                \(actual)
                """, sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let report = difference(expected: expected, actual: actual)
            Issue.record("snapshot \(name) differs:\n\(report)", sourceLocation: sourceLocation)
        }
    }

    /// The grid's lines with painted spaces as `█`.
    static func paintedLines(_ grid: Grid) -> [String] {
        (0..<grid.height).map { y in
            var line = ""
            for x in 0..<grid.width where !grid[x, y].isContinuation {
                let cell = grid[x, y]
                line += cell.grapheme == " " && isPainted(cell.style) ? "█" : cell.grapheme
            }
            return line
        }
    }

    static func isPainted(_ style: Style) -> Bool {
        style.reverse || (style.foreground == style.background && style.foreground != .terminalDefault)
    }

    /// Line by line: every differing line shown as expected (-) and actual (+).
    static func difference(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? String(old[index]) : nil
            let after = index < new.count ? String(new[index]) : nil
            if before == after { continue }
            report.append("line \(index + 1):")
            report.append("  - |" + (before ?? "<missing>") + "|")
            report.append("  + |" + (after ?? "<missing>") + "|")
        }
        return report.joined(separator: "\n")
    }
}
