/// Where the agenda's rows go: the table's pagination rules, apart from any drawing so that they
/// are tested on their own.
///
/// - A row (one item, or a day's note and whole-day text) never splits: it goes whole to the next
///   page when it does not fit, unless it is taller than a whole page, where it alone is cut at a line.
/// - A day's rows may break between rows; each page's part of a day (a *segment*) shows the day's
///   label in its first column, merged over the segment's rows, and is at least as tall as the label.
/// - Each page's table starts with the header row (the caller draws it at `rowsTop`).
struct TablePaginator: Sendable {
    /// The page's lowest y for the table.
    let bottom: Double
    /// Where rows start on the current page, below the header row.
    private(set) var rowsTop: Double
    /// Where the next row goes.
    private(set) var y: Double
    /// The top of the current day's segment on this page, if it has begun.
    private(set) var segmentTop: Double?
    /// The height the current day's label cell needs.
    private(set) var labelHeight = 0.0

    init(rowsTop: Double, bottom: Double) {
        self.rowsTop = rowsTop
        self.y = rowsTop
        self.bottom = bottom
    }

    enum Step: Equatable {
        /// The row goes at `top`; `startsSegment` when the day's label goes there too.
        case place(top: Double, startsSegment: Bool)
        /// The page is full: close the segment, start a page, then ask again.
        case newPage
        /// The row is taller than any page: draw its lines above `limit` here, then the rest.
        case split(top: Double, startsSegment: Bool, limit: Double)
    }

    /// Starts a day whose label cell is `labelHeight` tall (the previous segment must be closed).
    mutating func startDay(labelHeight: Double) {
        precondition(segmentTop == nil, "TablePaginator.startDay: the previous day is still open")
        self.labelHeight = labelHeight
    }

    /// What to do with the next row of the current day, `height` tall.
    func step(rowHeight height: Double) -> Step {
        let top = segmentTop ?? y
        let fits = max(y + height, top + labelHeight) <= bottom + LineBreaker.tolerance
        if fits { return .place(top: y, startsSegment: segmentTop == nil) }
        if y > rowsTop + LineBreaker.tolerance { return .newPage }
        return .split(top: y, startsSegment: segmentTop == nil, limit: bottom)
    }

    /// Records a row placed (or the part of it above the page's end).
    mutating func place(rowHeight height: Double) {
        if segmentTop == nil { segmentTop = y }
        y += height
    }

    /// Ends the current segment: its rows' top and bottom, the last row stretched to the label's height.
    @discardableResult
    mutating func closeSegment() -> (top: Double, bottom: Double)? {
        guard let top = segmentTop else { return nil }
        let end = max(y, top + labelHeight)
        segmentTop = nil
        y = end
        return (top, end)
    }

    /// A new page whose rows start at `rowsTop`; the day carries on there with its label again.
    mutating func startPage(rowsTop: Double) {
        precondition(segmentTop == nil, "TablePaginator.startPage: close the segment first")
        self.rowsTop = rowsTop
        y = rowsTop
    }
}
