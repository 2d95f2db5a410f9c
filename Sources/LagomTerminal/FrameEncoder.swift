import Glibc
import LagomCore
import LagomUI

/// The bytes that turn the frame the terminal shows into the next one: for each run of changed
/// cells a cursor address, the attributes and colours where they change, and the cells' UTF-8 —
/// what ncurses' `doupdate` sent, without its cost: it planned every cursor move by formatting
/// each candidate with `tparm` (~200k instructions a tick of a countdown, as much as the frame).
/// Pure (no terminal, no ncurses): the terminal hands it its terminfo strings and writes the bytes.
struct FrameEncoder {
    /// What the terminal is told, from its terminfo entry (`TerminalCapabilities.output`).
    struct Strings {
        var clear: [UInt8]
        var resetAttributes: [UInt8]
        var bold: [UInt8]
        var dim: [UInt8]
        var underline: [UInt8]
        var reverse: [UInt8]
        /// Foreground and background by curses colour number 0–7; empty without colours.
        var foreground: [[UInt8]]
        var background: [[UInt8]]
        /// The terminal's own colours: `ESC[39m` / `ESC[49m` where the terminal speaks ANSI colour,
        /// else empty and `originalPair` (both at once) is sent.
        var defaultForeground: [UInt8]
        var defaultBackground: [UInt8]
        var originalPair: [UInt8]
        /// Attributes and colours as one ANSI SGR (`ESC[0;1;31m`), as the strings above say they
        /// are: fewer bytes than each string on its own.
        var combinesRendition: Bool
        /// -1 means the terminal's own colour (`use_default_colors` worked); else white on black stands in.
        var hasDefaultColors: Bool
        /// The cursor address of row and column (from 0).
        var cursorAddress: CursorAddress
        /// The bottom-right cell can be written without scrolling (no auto-margin, or `xenl`).
        var writesBottomRight: Bool

        var hasColors: Bool { foreground.count == 8 && background.count == 8 }
    }

    enum CursorAddress {
        /// `ESC[row;columnH`, 1-based, formatted here: every terminal this runs in (xterm, tmux,
        /// screen, the Linux console) has this `cup`.
        case ansi
        /// Anything else, through terminfo (`tparm`).
        case terminfo((Int32, Int32) -> [UInt8])
    }

    /// What the terminal's attributes and colours are now. Colours are curses numbers, -1 the
    /// terminal's own.
    struct Rendition: Equatable {
        var flags: AttributeFlags = []
        var foreground: Int16 = -1
        var background: Int16 = -1

        static let reset = Rendition()
    }

    let strings: Strings
    /// The bytes of the last `encode`, reused: a tick allocates nothing.
    private(set) var bytes: [UInt8] = []
    /// The terminal's rendition between frames: always `.reset` (a frame that changes it resets it
    /// at its end), so ncurses' own writes (a resize's clear, Ctrl-Z, `endwin`) never inherit a colour.
    private var current = Rendition.reset

    init(strings: Strings) {
        self.strings = strings
        bytes.reserveCapacity(16 * 1024)
    }

    /// Encodes `grid` over `previous` (what the terminal shows), or from a cleared screen when
    /// `previous` is nil. `columns`×`rows` of the grid are drawn (the screen may be smaller);
    /// `screen` is the terminal's size, for its bottom-right cell.
    mutating func encode(_ grid: Grid, over previous: Grid?, columns: Int, rows: Int, screen: (width: Int, height: Int))
    {
        bytes.removeAll(keepingCapacity: true)
        if previous == nil { bytes += strings.clear }
        grid.cells.withUnsafeBufferPointer { cells in
            (previous?.cells ?? []).withUnsafeBufferPointer { before in
                for y in 0..<rows {
                    let row = y * grid.width
                    if !before.isEmpty,
                        Self.sameBits(cells.baseAddress! + row, before.baseAddress! + row, count: columns)
                    {
                        continue
                    }
                    let lastColumn =
                        y == screen.height - 1 && columns == screen.width && !strings.writesBottomRight
                        ? columns - 1 : columns
                    encodeRow(
                        y, cells: cells.baseAddress! + row, before: before.isEmpty ? nil : before.baseAddress! + row,
                        columns: lastColumn)
                }
            }
        }
        if current != .reset {
            bytes += strings.combinesRendition ? Self.ansiReset : strings.resetAttributes
            current = .reset
        }
    }

    /// The changed cells of one row. A short gap of unchanged cells in the current rendition is
    /// written again rather than addressed past, when that is fewer bytes.
    private mutating func encodeRow(_ y: Int, cells: UnsafePointer<Cell>, before: UnsafePointer<Cell>?, columns: Int) {
        var cursor = -1  // the column the terminal's cursor is at on this row; -1: elsewhere
        for x in 0..<columns {
            let cell = cells[x]
            if cell.isContinuation { continue }
            if let before {
                if Self.sameCell(cells + x, before + x) { continue }
            } else if cell == .blank {
                continue  // a cleared screen is blank already
            }
            let wanted = rendition(of: cell)
            if cursor != x {
                if cursor < 0 || cursor > x || !bridge(cells, from: cursor, to: x, row: y, wanted: wanted) {
                    moveCursor(row: y, column: x)
                }
            }
            change(to: wanted)
            append(cell)
            cursor = x + 1 < columns && cells[x + 1].isContinuation ? x + 2 : x + 1
        }
    }

    /// Writes the unchanged cells `from..<to` again when they are all in the rendition the next
    /// cell needs (so no attribute moves) and cost less than a cursor address.
    private mutating func bridge(
        _ cells: UnsafePointer<Cell>, from: Int, to: Int, row: Int, wanted: Rendition
    ) -> Bool {
        guard wanted == current else { return false }
        let addressCost = Self.cursorAddressLength(row: row, column: to)
        var cost = 0
        for x in from..<to {
            let cell = cells[x]
            guard !cell.isContinuation, rendition(of: cell) == current else { return false }
            cost += cell.utf8Count
            if cost >= addressCost { return false }
        }
        for x in from..<to { append(cells[x]) }
        return true
    }

    private func rendition(of cell: Cell) -> Rendition {
        // A stroke's text colour is never seen, so it is not sent (`Style.asSpace`).
        let style = cell.isSpace ? cell.style.asSpace : cell.style
        guard strings.hasColors else { return Rendition(flags: AttributeFlags(style)) }
        return Rendition(
            flags: AttributeFlags(style), foreground: colorNumber(style.foreground, standIn: 7),
            background: colorNumber(style.background, standIn: 0))
    }

    /// The X/Open numbers: black 0 … white 7; the terminal's own -1, or a stand-in without it.
    private func colorNumber(_ color: TermColor, standIn: Int16) -> Int16 {
        guard color != .terminalDefault else { return strings.hasDefaultColors ? -1 : standIn }
        return Int16(color.rawValue) - 1
    }

    /// Only what changes: attributes switched on and colours; a reset first when an attribute
    /// goes off (terminfo has no string to switch one off).
    private mutating func change(to wanted: Rendition) {
        guard wanted != current else { return }
        if strings.combinesRendition {
            combinedChange(to: wanted)
            return
        }
        if !current.flags.isSubset(of: wanted.flags) {
            bytes += strings.resetAttributes
            current = .reset
        }
        let added = wanted.flags.subtracting(current.flags)
        if added.contains(.bold) { bytes += strings.bold }
        if added.contains(.dim) { bytes += strings.dim }
        if added.contains(.underline) { bytes += strings.underline }
        if added.contains(.reverse) { bytes += strings.reverse }
        current.flags = wanted.flags
        if wanted.foreground != current.foreground { setForeground(wanted.foreground) }
        if wanted.background != current.background { setBackground(wanted.background) }
    }

    static let ansiReset: [UInt8] = [0x1B, UInt8(ascii: "["), UInt8(ascii: "m")]

    /// The same change as one SGR: `ESC[` parameters `m`, a 0 first where an attribute goes off.
    private mutating func combinedChange(to wanted: Rendition) {
        bytes += [0x1B, UInt8(ascii: "[")]
        var parameters = 0
        func add(_ value: Int, to encoder: inout FrameEncoder) {
            if parameters > 0 { encoder.bytes.append(UInt8(ascii: ";")) }
            encoder.appendDecimal(value)
            parameters += 1
        }
        if !current.flags.isSubset(of: wanted.flags) {
            add(0, to: &self)
            current = .reset
        }
        let added = wanted.flags.subtracting(current.flags)
        if added.contains(.bold) { add(1, to: &self) }
        if added.contains(.dim) { add(2, to: &self) }
        if added.contains(.underline) { add(4, to: &self) }
        if added.contains(.reverse) { add(7, to: &self) }
        if wanted.foreground != current.foreground {
            add(wanted.foreground >= 0 ? 30 + Int(wanted.foreground) : 39, to: &self)
        }
        if wanted.background != current.background {
            add(wanted.background >= 0 ? 40 + Int(wanted.background) : 49, to: &self)
        }
        bytes.append(UInt8(ascii: "m"))
        current = wanted
    }

    private mutating func setForeground(_ color: Int16) {
        if color >= 0 {
            bytes += strings.foreground[Int(color)]
        } else if !strings.defaultForeground.isEmpty {
            bytes += strings.defaultForeground
        } else {
            bytes += strings.originalPair
            current.background = -1
        }
        current.foreground = color
    }

    private mutating func setBackground(_ color: Int16) {
        if color >= 0 {
            bytes += strings.background[Int(color)]
        } else if !strings.defaultBackground.isEmpty {
            bytes += strings.defaultBackground
        } else {
            bytes += strings.originalPair
            if current.foreground != -1 { bytes += strings.foreground[Int(current.foreground)] }
        }
        current.background = color
    }

    private mutating func moveCursor(row: Int, column: Int) {
        switch strings.cursorAddress {
        case .ansi:
            bytes += [0x1B, UInt8(ascii: "[")]
            appendDecimal(row + 1)
            bytes.append(UInt8(ascii: ";"))
            appendDecimal(column + 1)
            bytes.append(UInt8(ascii: "H"))
        case .terminfo(let address):
            bytes += address(Int32(row), Int32(column))
        }
    }

    private mutating func appendDecimal(_ value: Int) {
        if value >= 10 { appendDecimal(value / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    static func cursorAddressLength(row: Int, column: Int) -> Int {
        4 + String(row + 1).utf8.count + String(column + 1).utf8.count
    }

    /// The cell's text as the terminal gets it: one printable byte or a scalar of the one-column
    /// kinds as it is; anything else through `GraphemeEncoding`, which decides what a cell may hold.
    private mutating func append(_ cell: Cell) {
        let handled = cell.withUTF8 { utf8 -> Bool in
            if utf8.count == 1, utf8[0] >= 0x20, utf8[0] < 0x7F {
                bytes.append(utf8[0])
                return true
            }
            return false
        }
        if handled { return }
        let text = cell.grapheme
        var scalars = text.unicodeScalars.makeIterator()
        if let first = scalars.next(), scalars.next() == nil, first.value >= 0xA0,
            DisplayWidth.isOneColumnPerScalar(text)
        {
            bytes += text.utf8
            return
        }
        for value in GraphemeEncoding.wideCharacters(for: text) {
            guard let scalar = Unicode.Scalar(UInt32(bitPattern: value)) else { continue }
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// Whether two cells are the same bits: four words compared, no call.
    private static func sameCell(_ a: UnsafePointer<Cell>, _ b: UnsafePointer<Cell>) -> Bool {
        guard MemoryLayout<Cell>.size == 32 else { return sameBits(a, b, count: 1) }
        let x = UnsafeRawPointer(a)
        let y = UnsafeRawPointer(b)
        return x.load(as: UInt64.self) == y.load(as: UInt64.self)
            && x.load(fromByteOffset: 8, as: UInt64.self) == y.load(fromByteOffset: 8, as: UInt64.self)
            && x.load(fromByteOffset: 16, as: UInt64.self) == y.load(fromByteOffset: 16, as: UInt64.self)
            && x.load(fromByteOffset: 24, as: UInt64.self) == y.load(fromByteOffset: 24, as: UInt64.self)
    }

    /// Whether `count` cells are the same bits (a cell holds no references and no padding).
    private static func sameBits(_ a: UnsafePointer<Cell>, _ b: UnsafePointer<Cell>, count: Int) -> Bool {
        memcmp(a, b, count * MemoryLayout<Cell>.stride) == 0
    }
}
