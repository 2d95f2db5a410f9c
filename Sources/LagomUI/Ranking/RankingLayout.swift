import LagomCore

/// The ranking cut into blocks (a demand, an item, …) with their heights at one width, and
/// packed into pages. Only the blocks of the page on screen are wrapped for drawing;
/// measuring takes a fast path for one-line texts, so 10,000 items stay quick.
struct RankingLayout {
    enum Block {
        case heading(String)
        case context(String)
        case item(RankedItem, tied: Bool, big: Bool)
        case unscoredHeading
        case gap
    }

    /// Where the parts of an item row go. Narrow screens put the bar under the text.
    struct Columns {
        var rank: Int
        var text: Int
        var bar: Int
        var points: Int
        var stacked: Bool
        /// Width of the big-font points of the top items (0 when none are big).
        var bigPoints: Int
    }

    static let bigRows = 5

    let blocks: [Block]
    /// The demand heading each block sits under (nested lists), for "(forts.)" on a new page.
    let headings: [String?]
    let heights: [Int]
    let columns: Columns
    /// Block index ranges, one per page.
    let pages: [Range<Int>]

    init(_ content: RankingContent, width: Int, height: Int, allowBig: Bool, language: Language) {
        var blocks: [Block] = []
        var headings: [String?] = []
        var maxRank = 1
        var labels = 1
        for (index, section) in content.sections.enumerated() {
            defer { while headings.count < blocks.count { headings.append(section.heading) } }
            if index > 0 { blocks.append(.gap) }
            if let heading = section.heading { blocks.append(.heading(heading)) }
            for line in section.context { blocks.append(.context(line)) }
            var count: [Int: Int] = [:]
            for item in section.items { if let rank = item.rank { count[rank, default: 0] += 1 } }
            var unscoredStarted = false
            for item in section.items {
                if item.rank == nil && !content.isNested && !unscoredStarted {
                    unscoredStarted = true
                    blocks.append(.unscoredHeading)
                }
                let tied = item.rank.map { count[$0]! > 1 } ?? false
                let big = allowBig && !content.isNested && (item.rank ?? .max) <= 3
                blocks.append(.item(item, tied: tied, big: big))
                maxRank = max(maxRank, item.rank ?? 1)
                labels = max(labels, DisplayWidth.of(Strings.points(item.points ?? 0)))
            }
        }
        let rankWidth = String(maxRank).count + 2
        let bigPoints =
            allowBig
            ? (BigText.picture(String(content.topPoints), maxWidth: width / 4, maxHeight: Self.bigRows)?.width ?? 0) : 0
        var columns: Columns
        if width < 60 {
            columns = Columns(
                rank: rankWidth, text: max(1, width - rankWidth), bar: max(0, width - rankWidth - labels - 1),
                points: labels, stacked: true, bigPoints: 0)
        } else {
            let free = width - rankWidth - labels - 2
            let text = free * 3 / 5
            columns = Columns(
                rank: rankWidth, text: text, bar: free - text, points: labels, stacked: false, bigPoints: bigPoints)
        }
        if columns.bigPoints + 2 > columns.bar { columns.bigPoints = 0 }

        let heights = blocks.map {
            Self.height(
                of: $0, content: content, language: language, columns: columns, width: width, pageHeight: height)
        }
        self.blocks = blocks
        self.headings = headings
        self.heights = heights
        self.columns = columns
        self.pages = Self.pack(blocks, heights: heights, headings: headings, pageHeight: height)
    }

    static func lineCount(_ text: String, width: Int) -> Int {
        // Fast path: measured as drawn (a tab, a control as ^X, a bidi control as <RLO>, every
        // line break as \n), one line when it fits. Plain text takes the width function's own
        // fast path in both calls.
        let clean = Sanitiser.sanitise(text)
        if !clean.utf8.contains(0x0A) && DisplayWidth.of(clean) <= width { return 1 }
        return max(1, TextLayout.wrap(clean, width: width).count)
    }

    static func height(
        of block: Block, content: RankingContent, language: Language, columns: Columns, width: Int, pageHeight: Int
    ) -> Int {
        let h: Int
        switch block {
        case .heading(let text): h = lineCount(text, width: width)
        case .context(let text): h = lineCount(text, width: width)
        case .unscoredHeading, .gap: h = 1
        case .item(let item, _, let big):
            let lines = lineCount(content.text(of: item, language), width: columns.text)
            if big && columns.bigPoints > 0 {
                h = max(bigRows, lines)
            } else {
                h = lines + (columns.stacked && item.points != nil ? 1 : 0)
            }
        }
        return min(max(1, pageHeight), h)
    }

    /// Greedy pages. A demand's heading and where it comes from never end a page (they move on
    /// with the first item), a gap never starts one, and a page that starts inside a demand
    /// keeps a row for the demand's name.
    static func pack(_ blocks: [Block], heights: [Int], headings: [String?], pageHeight: Int) -> [Range<Int>] {
        guard !blocks.isEmpty, pageHeight > 0 else { return [0..<blocks.count] }
        var pages: [Range<Int>] = []
        var start = 0
        var used = 0
        var i = 0
        while i < blocks.count {
            if i == start, case .gap = blocks[i] { start = i + 1; i += 1; continue }
            if i == start, case .item = blocks[i], headings[i] != nil, pageHeight > heights[i] { used = 1 }
            var need = heights[i]
            if case .heading = blocks[i] {
                var next = i + 1
                while next < blocks.count, case .context = blocks[next] { need += heights[next]; next += 1 }
                if next < blocks.count { need += heights[next] }
            }
            if i > start && used + need > pageHeight {
                pages.append(start..<i)
                start = i
                used = 0
                continue
            }
            used += heights[i]
            i += 1
        }
        if start < blocks.count || pages.isEmpty { pages.append(start..<blocks.count) }
        return pages
    }

    /// The page holding block `index`.
    func page(of index: Int) -> Int { pages.firstIndex { $0.contains(index) } ?? max(0, pages.count - 1) }
}
