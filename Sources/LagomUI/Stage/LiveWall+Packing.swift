import LagomCore

/// How the live wall is packed into pages of columns at one size.
extension LiveWall {
    /// Columns and their width at a pane's width.
    private func columns(width: Int) -> (count: Int, width: Int) {
        let columns = max(1, min((width + 2) / (Self.minimumColumnWidth + 2), max(1, noteCount)))
        return (columns, max(1, (width - 2 * (columns - 1)) / columns))
    }

    /// A note's label width and its lines in a column of `columnWidth`.
    func wrapping(_ note: Note, columnWidth: Int) -> WrappedNote {
        let labelWidth = note.label.isEmpty ? 0 : DisplayWidth.of(note.label) + 1
        let lines = Self.wrap(
            note.text, width: max(1, columnWidth - labelWidth), at: note.addedAt.milliseconds, index: note.index,
            in: Self.wrappedNotes)
        return WrappedNote(labelWidth: labelWidth, lines: lines)
    }

    /// Headings are ruled off from their notes wherever that costs no page: a row each is cheap on
    /// the room's big screen, dear on a small pane that pages anyway. Ruled is tried first: when it
    /// fits one page, plain cannot take fewer.
    func makeLayout(width: Int, height: Int) -> Layout {
        let (columns, columnWidth) = columns(width: width)
        // Wrapped once for the packings tried below.
        let wrapped = wrapped(columnWidth: columnWidth)
        func fitted(ruled: Bool) -> Layout {
            fit(height: height) {
                pack(columns: columns, columnWidth: columnWidth, height: $0, ruled: ruled) { wrapped[$0][$1] }
            }
        }
        let ruled = fitted(ruled: true)
        guard ruled.pages.count > 1 else { return ruled }
        let plain = fitted(ruled: false)
        return ruled.pages.count <= plain.pages.count ? ruled : plain
    }

    /// Every note wrapped at `columnWidth`: once per kept wall and width (`wraps`).
    private func wrapped(columnWidth: Int) -> [[WrappedNote]] {
        func make() -> [[WrappedNote]] {
            sections.map { section in section.notes.map { wrapping($0, columnWidth: columnWidth) } }
        }
        return wraps?.at(columnWidth, make) ?? make()
    }

    /// `makeLayout(…).pages.count > 1`: the chosen packing has the fewer pages, so both must take
    /// more than one; each packing stops where a second page starts (and, on a wall not kept,
    /// wraps only what it packs).
    func findsPages(width: Int, height: Int) -> Bool {
        let (columns, columnWidth) = columns(width: width)
        let kept = wraps.map { _ in wrapped(columnWidth: columnWidth) }
        func fitted(ruled: Bool) -> Layout {
            fit(height: height) {
                pack(columns: columns, columnWidth: columnWidth, height: $0, ruled: ruled, pagesAtMost: 1) {
                    kept?[$0][$1] ?? wrapping(sections[$0].notes[$1], columnWidth: columnWidth)
                }
            }
        }
        return fitted(ruled: true).pages.count > 1 && fitted(ruled: false).pages.count > 1
    }

    /// A packing at `height`, or at a row less when it pages or older notes are counted: the last
    /// row then says which page this is and how many are left out.
    private func fit(height: Int, _ pack: (Int) -> Layout) -> Layout {
        if olderLeftOut > 0, height > 1 { return pack(height - 1) }
        let first = pack(height)
        guard first.pages.count > 1, height > 1 else { return first }
        return pack(height - 1)
    }

    struct WrappedNote: Sendable {
        var labelWidth: Int
        var lines: [String]
    }

    /// `wrapped`: a section's note's label width and lines at this column width. `pagesAtMost`: the
    /// packing stops when a page past it would start (its pages then count one more).
    private func pack(
        columns: Int, columnWidth: Int, height: Int, ruled: Bool, pagesAtMost: Int = .max,
        _ wrapped: (Int, Int) -> WrappedNote
    ) -> Layout {
        let newest = latest
        var pages: [[[Block]]] = []
        var page: [[Block]] = []
        var column: [Block] = []
        var used = 0
        var newestPage = 0
        let rule = ruled ? 1 : 0
        /// False when the next page would be past `pagesAtMost`.
        func nextColumn() -> Bool {
            page.append(column)
            column = []
            used = 0
            if page.count == columns {
                pages.append(page)
                page = []
            }
            return pages.count < pagesAtMost
        }
        for (s, section) in sections.enumerated() {
            var headingShown = false
            // Said once per section, not at every column it goes on in.
            let continued = section.heading.map {
                Catalogue.text(.wallContinued, language, ["heading": .words($0)])
            }
            for (n, note) in section.notes.enumerated() {
                let wrappedNote = wrapped(s, n)
                let labelWidth = wrappedNote.labelWidth
                var lines = wrappedNote.lines
                // A column that starts inside a section names it again; a new section mid-column
                // is set off by a blank row.
                var withHeading = section.heading != nil && (!headingShown || used == 0)
                var withGap = used > 0 && withHeading
                var headingLines =
                    withHeading
                    ? headingRows(section.heading, continued: headingShown ? continued : nil, width: columnWidth) : []
                if used > 0
                    && used + (withGap ? 1 : 0) + headingLines.count + (withHeading ? rule : 0) + lines.count > height
                {
                    guard nextColumn() else {
                        pages.append([])
                        return Layout(columns: columns, columnWidth: columnWidth, pages: pages, newestPage: 0)
                    }
                    withHeading = section.heading != nil
                    withGap = false
                    headingLines = headingRows(
                        section.heading, continued: headingShown ? continued : nil, width: columnWidth)
                }
                // A heading or note taller than a whole column keeps what fits, ending in "…".
                if headingLines.count > max(1, height - 1 - rule) {
                    headingLines = Array(headingLines.prefix(max(1, height - 1 - rule)))
                    headingLines[headingLines.count - 1] = TextLayout.withEllipsis(
                        headingLines[headingLines.count - 1], width: columnWidth)
                }
                let room = max(1, height - headingLines.count - (withHeading ? rule : 0))
                if lines.count > room {
                    lines = Array(lines.prefix(room))
                    lines[room - 1] = TextLayout.withEllipsis(lines[room - 1], width: max(1, columnWidth - labelWidth))
                }
                if withGap { column.append(.gap); used += 1 }
                if withHeading {
                    column.append(.heading(lines: headingLines, ruled: rule > 0))
                    used += headingLines.count + rule
                    headingShown = true
                }
                let isNewest = note.addedAt == newest
                column.append(.note(label: note.label, lines: lines, newest: isNewest))
                used += lines.count
                if isNewest { newestPage = pages.count }
            }
        }
        if !column.isEmpty { page.append(column) }
        if !page.isEmpty || pages.isEmpty { pages.append(page) }
        return Layout(columns: columns, columnWidth: columnWidth, pages: pages, newestPage: newestPage)
    }
}
