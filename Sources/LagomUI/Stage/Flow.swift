import LagomCore

/// Draws paragraphs top to bottom in a rectangle, wrapping each, until the space runs out.
/// The last line that fits ends in `…` when text had to be left out, and nothing is left out
/// without a sign: paragraphs (and notes, counted with `omit`) that got no row at all are
/// counted, and `finish` writes "… 3 till" on the last row.
public struct Flow {
    public private(set) var area: Rect
    private var y: Int
    /// Items that were not drawn at all for want of room.
    public private(set) var omitted = 0
    /// The row the last drawn item started on, so `finish` knows whether its marker hides a whole item.
    private var lastStart: Int?
    /// The row just after the last one-row gap, so two gaps in a row make one.
    private var gapAt: Int?

    /// A live wall drawn in the flow and where: its page turns are a reason to draw again.
    public struct PlacedWall: Sendable {
        public var wall: LiveWall
        public var rect: Rect
    }
    public internal(set) var placedWall: PlacedWall?

    /// Slide paging: once started, paragraphs are numbered; those before `firstItem` were on an
    /// earlier page and are not drawn, and the first one not drawn whole starts the next page.
    private var pagedItems: Int?
    private var firstItem = 0
    /// Where the next page of the slide starts (a paragraph number); nil when the rest fitted.
    public private(set) var nextPage: Int?

    /// What a stage's layout tells its caller: where a live wall went, and where the next page starts.
    public struct Placed: Sendable {
        public var wall: PlacedWall?
        public var nextPage: Int?
        public init(wall: PlacedWall? = nil, nextPage: Int? = nil) {
            self.wall = wall
            self.nextPage = nextPage
        }
    }
    public var placed: Placed { Placed(wall: placedWall, nextPage: nextPage) }

    public init(_ area: Rect) {
        self.area = area
        y = area.y
    }

    public var remaining: Rect { Rect(x: area.x, y: y, width: area.width, height: area.maxY - y) }
    public var isFull: Bool { y >= area.maxY }

    /// A wrapped paragraph; `indent` starts continuation lines under the text after a bullet.
    public mutating func paragraph(
        _ text: String, role: Role = .normal, bullet: String? = nil,
        alignment: Alignment = .left, into grid: inout Grid, theme: Theme
    ) {
        guard area.width > 0 else { return }
        var item: Int?
        if let count = pagedItems {
            pagedItems = count + 1
            guard count >= firstItem else { return }
            item = count
        }
        guard !isFull else {
            omitted += 1
            cut(item)
            return
        }
        let prefix = bullet.map { $0 + " " } ?? ""
        let indent = DisplayWidth.of(prefix)
        let lines = TextLayout.wrap(text, width: max(1, area.width - indent))
        lastStart = y
        for (i, line) in lines.enumerated() {
            guard y < area.maxY else { return }
            let last = y == area.maxY - 1 && i < lines.count - 1
            if last { cut(item) }
            let shown = last ? TextLayout.withEllipsis(line, width: area.width - indent) : line
            if i == 0 && !prefix.isEmpty { grid.put(prefix, x: area.x, y: y, style: theme[role], maxWidth: indent) }
            // Centred or right-aligned by position, not padding: an underlined title is underlined
            // under its words only.
            let free = max(0, area.width - indent - DisplayWidth.of(shown))
            let offset = alignment == .center ? free / 2 : alignment == .right ? free : 0
            grid.put(
                shown, x: area.x + indent + offset, y: y, style: theme[role], maxWidth: area.width - indent - offset)
            y += 1
        }
    }

    /// Big-font text when it fits in `maxHeight` rows, else a normal paragraph. Returns whether big was used.
    @discardableResult
    public mutating func big(
        _ text: String, maxHeight: Int, role: Role = .title, into grid: inout Grid, theme: Theme
    ) -> Bool {
        let height = min(maxHeight, area.maxY - y)
        if let picture = BigText.picture(text, maxWidth: area.width, maxHeight: height) {
            let x = area.x + max(0, (area.width - picture.width) / 2)
            lastStart = y
            picture.draw(into: &grid, x: x, y: y, style: theme[role], clip: area)
            y += picture.height
            return true
        }
        paragraph(text, role: role, alignment: .center, into: &grid, theme: theme)
        return false
    }

    /// A picture of big type, centred, when it fits the rows left; nothing otherwise.
    public mutating func picture(_ picture: BigPicture, role: Role = .title, into grid: inout Grid, theme: Theme) {
        guard picture.height <= area.maxY - y else { return }
        let x = area.x + max(0, (area.width - picture.width) / 2)
        lastStart = y
        picture.draw(into: &grid, x: x, y: y, style: theme[role], clip: area)
        y += picture.height
    }

    public mutating func skip(_ rows: Int = 1) { y = min(area.maxY, y + rows) }

    /// From here on paragraphs are the slide's pageable text, drawn from paragraph `first` on.
    /// Only the first call counts, so each part of a stage may say where its slide text begins.
    public mutating func startPaging(from first: Int) {
        guard pagedItems == nil else { return }
        pagedItems = 0
        firstItem = max(0, first)
    }

    /// Paragraph `item` did not fit whole: the next page starts with it, or after it when it
    /// already starts this page (its end is then lost, marked "…", rather than paging forever).
    private mutating func cut(_ item: Int?) {
        guard let item, nextPage == nil else { return }
        nextPage = item == firstItem ? item + 1 : item
    }

    /// One blank row between blocks; a gap right after a gap adds nothing, so blocks that each
    /// start with a gap do not stack empty rows.
    public mutating func gap() {
        guard gapAt != y else { return }
        skip()
        gapAt = y
    }

    /// Counts `count` items left out by the caller for want of room (notes a wall had no row for).
    public mutating func omit(_ count: Int) { omitted += max(0, count) }

    /// Marks the rows from here to `rows` further down as used by a block drawn by someone else
    /// (a note wall, one note a row), which drew its own overflow sign.
    public mutating func used(_ rows: Int) {
        guard rows > 0 else { return }
        lastStart = y + rows - 1
        y = min(area.maxY, y + rows)
    }

    /// The "… N till" line when anything was left out: on the next free row, or over the last
    /// row (then counting the item that row started, if it started there).
    public mutating func finish(into grid: inout Grid, theme: Theme, language: Language) {
        guard omitted > 0, area.height > 0, area.width > 0 else { return }
        var count = omitted
        let row: Int
        if y < area.maxY {
            row = y
        } else {
            row = area.maxY - 1
            if lastStart == row { count += 1 }
        }
        grid.fill(Rect(x: area.x, y: row, width: area.width, height: 1), with: Cell(" ", style: theme[.normal]))
        grid.put(Strings.more(count).text(language), x: area.x, y: row, style: theme[.dim], maxWidth: area.width)
        y = area.maxY
        omitted = 0
    }
}
