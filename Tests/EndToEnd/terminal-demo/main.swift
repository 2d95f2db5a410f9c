// A throw-away program for Tests/EndToEnd/terminal-check.sh: it exercises LagomTerminal
// the way lagom will (one wait, render on change, clean quit) and reports what it saw.
// It is built in a scratch package by the script, never as a product of Lagom.
import Glibc
import LagomTerminal
import LagomUI

func put(_ text: String, x: Int, y: Int, style: Style = .plain, in grid: inout Grid) {
    var column = x
    for character in text {
        let wide = character.unicodeScalars.first.map { $0.value >= 0x1100 } ?? false
        grid[column, y] = Cell(String(character), style: style)
        if wide { grid[column + 1, y] = Cell("", style: style, isContinuation: true) }
        column += wide ? 2 : 1
    }
}

let markerPath = CommandLine.arguments.dropFirst().first
let terminal: Terminal
do {
    terminal = try Terminal()
} catch {
    let message = "lagom: \(error)\n"
    _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    exit(1)
}

var seconds = 0
var lastEvent = "none"
var quitReason: String?
let clock = ContinuousClock()
var nextTick = clock.now + .seconds(1)

@MainActor func frame() -> Grid {
    let (width, height) = terminal.size
    var grid = Grid(width: width, height: height)
    put("Räksmörgås åäö ÅÄÖ 😀 漢字 e\u{301} 👩‍👩‍👧", x: 0, y: 0, in: &grid)
    put("tick \(seconds)", x: 0, y: 1, style: Style(foreground: .yellow, bold: true), in: &grid)
    put("last: \(lastEvent)", x: 0, y: 2, style: Style(foreground: .cyan), in: &grid)
    put("size \(width)x\(height)", x: 0, y: 3, style: Style(reverse: true), in: &grid)
    if width > 0 && height > 0 { grid[width - 1, height - 1] = Cell("#") }
    return grid
}

terminal.render(frame())
loop: while true {
    let timeout = Terminal.milliseconds(until: nextTick, clock: clock)
    for reason in terminal.wait(timeoutMs: timeout) {
        switch reason {
        case .input:
            for event in terminal.readEvents() {
                lastEvent = "\(event)"
                if event == .key(.character("q")) { quitReason = "q"; break loop }
                if event == .key(.character("S")) { raise(SIGSEGV) }
                if event == .key(.character("O")) { _ = overflowTheStack(0) }
            }
        case .quitRequested(let signal):
            quitReason = "\(signal)"
            break loop
        case .hangup:
            quitReason = "stdin hangup"
            break loop
        case .timeout:
            seconds += 1
            nextTick = nextTick + .seconds(1)
        case .descriptor, .invalidDescriptor:
            break
        }
    }
    terminal.render(frame())
}
terminal.shutdown()
print("demo quit: \(quitReason ?? "?")")
if let markerPath, let file = fopen(markerPath, "w") {
    fputs("quit: \(quitReason ?? "?")\n", file)
    fclose(file)
}

/// Recurses until the stack runs out: a real stack overflow, not a SIGSEGV sent by kill.
func overflowTheStack(_ depth: Int) -> Int {
    depth == -1 ? 0 : overflowTheStack(depth + 1) + 1
}

extension Terminal {
    static func milliseconds(until instant: ContinuousClock.Instant, clock: ContinuousClock) -> Int {
        let left = clock.now.duration(to: instant)
        return max(0, Int(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000) + 1)
    }
}
