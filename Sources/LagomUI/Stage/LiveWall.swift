import LagomCore

/// Notes as the room reads them on the projector: every note wrapped to its whole text, under
/// the heading of its list or demand (said once, "(forts.)" where a column or page goes on with
/// it), in as many columns as fit at a readable width. When they do not all fit, the wall pages
/// by itself — "sida 1 av 3" on the last row, a new page every `pageSeconds` — and a note added in
/// the last `pageSeconds` brings its page into view. With everything on one page nothing moves,
/// so nothing wakes the pane. Reusable by any view that shows notes under headings.
public struct LiveWall: Sendable {
    public struct Note: Sendable, Equatable {
        public var text: String
        /// A short mark before the text: the group ("G2"), the list when a demand has several.
        public var label: String
        public var addedAt: WallTime
        /// Where the note is in the session's notes, when the wall was made from a session: it tells
        /// apart notes of one instant (a pasted list) in the kept wrapping.
        var index = -1

        public init(text: String, label: String = "", addedAt: WallTime) {
            self.text = text
            self.label = label
            self.addedAt = addedAt
        }
    }

    public struct Section: Sendable, Equatable {
        public var heading: String?
        public var notes: [Note]

        public init(heading: String?, notes: [Note]) {
            self.heading = heading
            self.notes = notes
        }
    }

    public var sections: [Section]
    public var language: Language
    /// Older notes not laid out (past `most`), counted on the last row.
    public var olderLeftOut: Int
    /// What the wall was made from, when it names the whole of it (a session's revision, the step,
    /// the language): its layouts are then kept per size, so a frame in which no note changed lays
    /// nothing out again.
    var source: Source?
    /// The notes wrapped per column width, for a kept wall (`source`): its layouts at two heights
    /// (the stage asks whether it pages in half the pane, then lays it out) wrap them once.
    var wraps: Wraps?

    struct Source: Hashable, Sendable {
        var revision: UInt64
        var step: StepID
        var language: Language
    }

    struct LayoutKey: Hashable, Sendable {
        var source: Source
        var width: Int
        var height: Int
    }

    private static let layouts = Memo<LayoutKey, Layout>(most: 16)
    private static let needsPages = Memo<LayoutKey, Bool>(most: 16)

    /// Whether the wall takes more than one page at this size: `layout(…).pages.count > 1`, found
    /// by packing only until a second page starts (the stage asks it of half the pane).
    func needsPages(width: Int, height: Int) -> Bool {
        guard let source else { return findsPages(width: width, height: height) }
        return Self.needsPages.value(LayoutKey(source: source, width: width, height: height)) {
            findsPages(width: width, height: height)
        }
    }
    /// Found by the note's time, place in the session, width and length, so no text is hashed; the text kept with the lines
    /// is compared on the way out, and a different text (another note of the same instant) is wrapped.
    struct WrapKey: Hashable, Sendable {
        var addedAt: Int64
        var index: Int
        var width: Int
        var length: Int
    }

    struct Wrapped: Sendable {
        var text: String
        var lines: [String]
    }

    static let wrappedNotes = Memo<WrapKey, Wrapped>(most: 4096)
    static let wrappedHeadings = Memo<WrapKey, Wrapped>(most: 64)

    /// `TextLayout.wrap`, kept: an arriving note is the only one a new layout has to wrap.
    static func wrap(
        _ text: String, width: Int, at time: Int64, index: Int, in memo: Memo<WrapKey, Wrapped>
    ) -> [String] {
        let key = WrapKey(addedAt: time, index: index, width: width, length: text.utf8.count)
        let kept = memo.value(key) { Wrapped(text: text, lines: TextLayout.wrap(text, width: width)) }
        if kept.text == text { return kept.lines }
        let lines = TextLayout.wrap(text, width: width)
        memo.set(key, Wrapped(text: text, lines: lines))
        return lines
    }

    /// The most notes a wall lays out; older ones are counted.
    public static let most = 200

    /// Seconds a page stays before the next one turns up.
    public static let pageSeconds: Int64 = 8
    /// Narrower columns wrap a note into too many short lines to read from a distance.
    public static let minimumColumnWidth = 34

    public init(sections: [Section], language: Language, olderLeftOut: Int = 0) {
        self.sections = sections.filter { !$0.notes.isEmpty }
        self.language = language
        self.olderLeftOut = olderLeftOut
    }

    /// When the newest note came: worked out once per wall when it is kept (`source`).
    var latest: WallTime? {
        guard let source else { return Self.newest(in: sections) }
        return Self.newestTimes.value(source) { Self.newest(in: sections) }
    }

    private static let newestTimes = Memo<Source, WallTime?>(most: 8)

    private static func newest(in sections: [Section]) -> WallTime? {
        var latest: WallTime?
        for section in sections {
            for note in section.notes where latest.map({ note.addedAt > $0 }) ?? true { latest = note.addedAt }
        }
        return latest
    }

    public var noteCount: Int { sections.reduce(0) { $0 + $1.notes.count } }

    // MARK: Layout

    enum Block: Equatable {
        /// A demand or list, wrapped like a note: it is read whole too. `ruled`: a rule under it, so
        /// a heading stands apart from the notes where the pane has the rows.
        case heading(lines: [String], ruled: Bool)
        case note(label: String, lines: [String], newest: Bool)
        case gap

        var height: Int {
            switch self {
            case .gap: 1
            case .heading(let lines, let ruled): lines.count + (ruled ? 1 : 0)
            case .note(_, let lines, _): lines.count
            }
        }
    }

    /// Pages of columns of blocks, at one size.
    struct Layout {
        var columns: Int
        var columnWidth: Int
        var pages: [[[Block]]]
        /// The page with the newest note.
        var newestPage: Int
    }

    func layout(width: Int, height: Int) -> Layout {
        guard let source else { return makeLayout(width: width, height: height) }
        return Self.layouts.value(LayoutKey(source: source, width: width, height: height)) {
            makeLayout(width: width, height: height)
        }
    }

    /// A section's heading wrapped to the column; `continued`: as it reads where a column goes on with it.
    func headingRows(_ heading: String?, continued: String?, width: Int) -> [String] {
        guard let heading else { return [] }
        let text = continued ?? heading
        return Self.wrap(text, width: max(1, width), at: 0, index: -1, in: Self.wrappedHeadings)
    }

    // MARK: Time

    /// The page on screen at `now`: the newest note's for `pageSeconds` after it came, else turning
    /// with the clock (so every pane showing the wall turns together, with no state to keep).
    func page(of layout: Layout, at now: WallTime) -> Int {
        let count = layout.pages.count
        guard count > 1 else { return 0 }
        let period = Self.pageSeconds * 1000
        if let newest = latest, now >= newest, now.milliseconds - newest.milliseconds < period {
            return layout.newestPage
        }
        return Int((now.milliseconds / period) % Int64(count))
    }

    /// Milliseconds until the wall looks different with no new note: the next page turn; nil on one page.
    public func nextChange(width: Int, height: Int, at now: WallTime) -> Int64? {
        guard !sections.isEmpty, layout(width: width, height: height).pages.count > 1 else { return nil }
        let period = Self.pageSeconds * 1000
        var next = period - ((now.milliseconds % period) + period) % period
        if let newest = latest, now >= newest, now.milliseconds - newest.milliseconds < period {
            next = min(next, newest.milliseconds + period - now.milliseconds)
        }
        return max(1, next)
    }

    // MARK: Drawing

    public func draw(into grid: inout Grid, in rect: Rect, at now: WallTime, theme: Theme) {
        guard !rect.isEmpty, !sections.isEmpty else { return }
        let layout = layout(width: rect.width, height: rect.height)
        let page = page(of: layout, at: now)
        // Looked up once, not at every line.
        let styles = Styles(normal: theme[.normal], title: theme[.title], accent: theme[.accent])
        for (c, column) in layout.pages[page].enumerated() {
            let x = rect.x + c * (layout.columnWidth + 2)
            var y = rect.y
            for block in column {
                draw(block, x: x, y: y, width: layout.columnWidth, into: &grid, styles)
                y += block.height
            }
        }
        var pageWidth = 0
        if layout.pages.count > 1 {
            let text = Catalogue.text(
                .pageOf, language, ["page": .number(page + 1), "pages": .number(layout.pages.count)])
            pageWidth = DisplayWidth.of(text)
            grid.put(text, x: rect.maxX - pageWidth, y: rect.maxY - 1, style: theme[.accent], maxWidth: pageWidth)
        }
        if olderLeftOut > 0 {
            let text = Catalogue.text(.wallOlderLeftOut, language, ["count": .number(olderLeftOut)])
            grid.put(
                text, x: rect.x, y: rect.maxY - 1, style: theme[.normal], maxWidth: max(0, rect.width - pageWidth - 2))
        }
    }

    private struct Styles {
        var normal: Style
        var title: Style
        var accent: Style
    }

    private func draw(_ block: Block, x: Int, y: Int, width: Int, into grid: inout Grid, _ styles: Styles) {
        switch block {
        case .gap: break
        case .heading(let lines, let ruled):
            for (i, line) in lines.enumerated() {
                grid.put(line, x: x, y: y + i, style: styles.title, maxWidth: width)
            }
            if ruled {
                let length = min(width, lines.map(DisplayWidth.of).max() ?? 0)
                grid.put(
                    String(repeating: "━", count: length), x: x, y: y + lines.count, style: styles.accent,
                    maxWidth: width)
            }
        case .note(let label, let lines, _):
            let indent = label.isEmpty ? 0 : DisplayWidth.of(label) + 1
            if indent > 0 { grid.put(label, x: x, y: y, style: styles.accent, maxWidth: indent) }
            for (i, line) in lines.enumerated() {
                grid.put(line, x: x + indent, y: y + i, style: styles.normal, maxWidth: width - indent)
            }
        }
    }
}
