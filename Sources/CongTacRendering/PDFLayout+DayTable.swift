/// The table both agendas draw (the month's `agenda.xml`, the week's `week-table.xml`): a header row
/// repeated on every page, one group of rows per day with the day's cell merged over them, rows that
/// never split unless taller than a page. Pagination is `TablePaginator`'s; the month's and the
/// week's files build the cells, this one draws them.
///
/// Tags: Table > TR > TH (scope Column) / TD, the day's TD spanning its rows. The header row and the
/// day label repeated on a later page are artifacts, so that a screen reader reads each once, in order.
extension PDFLayout {
    /// One cell of a row: its column's left edge and width, its laid-out text with the padding.
    struct Cell {
        var x: Double
        var width: Double
        var box: ColumnBox
        var role: StructureRole
        var attributes: [StructureAttribute] = []
    }

    /// A table of days: the column edges (one more than the columns), the header row, and each
    /// day's label with its rows, measured one day at a time as the drawing reaches it (a month of
    /// twenty thousand items holds one day's cells, not the month's).
    struct DayTable {
        var edges: [Double]
        var header: [Cell]
        var dayCount: Int
        var day: (Int) -> (label: Cell, rows: [Row])

        struct Row {
            var cells: [Cell]
            /// The edge where the line above the row starts: 1 right of the day, 2 under a time cell
            /// that spans this row too (the week's).
            var lineFrom = 1
            /// The edges between this row's own cells, drawn down to the next row.
            var verticals: [Int] = []
        }
    }

    var cellSide: Double { Self.points(spacing.cellSide) }
    var cellTop: Double { Self.points(spacing.cellTop) }
    var cellBottom: Double { Self.points(spacing.cellBottom) }
    var borderWeight: Double { Double(spacing.tableBorder) / 8 }

    /// Column edges from `left` for columns `widths` wide (twips).
    func edges(_ widths: [Int]) -> [Double] {
        var edges = [left]
        for width in widths { edges.append(edges[edges.count - 1] + Self.points(width)) }
        return edges
    }

    /// A cell from column `first` over `span` columns of `edges` holding `paragraphs`.
    func cell(_ first: Int, span: Int = 1, _ paragraphs: [([StyledRun], ParagraphFormat)], edges: [Double],
              role: StructureRole = .dataCell, attributes: [StructureAttribute] = []) -> Cell {
        let width = edges[first + span] - edges[first]
        var box = column(width: width - 2 * cellSide, paragraphs)
        box.shift(by: cellTop)
        // The row's border takes its own room below the text, as in LibreOffice's table rows.
        box.height += cellBottom + borderWeight / 2
        return Cell(x: edges[first], width: width, box: box, role: role, attributes: attributes)
    }

    /// The header row's cells: bold, centred, one per column title.
    func headerCells(_ titles: [String], edges: [Double]) -> [Cell] {
        titles.indices.map {
            cell($0, [([StyledRun(titles[$0], style(.bold, sizes.table))], tableFormat(.center))], edges: edges,
                 role: .headerCell, attributes: [.columnScope])
        }
    }

    static func height(_ cells: [Cell]) -> Double { cells.map(\.box.height).max() ?? 0 }

    /// The room a heading needs below itself to keep with the table: its header and first row.
    func openingHeight(_ table: DayTable) -> Double {
        var height = Self.height(table.header)
        if table.dayCount > 0, case let day = table.day(0), let row = day.rows.first {
            height += max(Self.height(row.cells), day.label.box.height)
        }
        return height
    }

    // MARK: - Drawing

    func draw(_ table: DayTable) {
        let headerHeight = Self.height(table.header)
        ensureRoom(openingHeight(table))
        lastSpaceAfter = 0
        var drawing = Drawing(table: table, paginator: TablePaginator(rowsTop: y + headerHeight, bottom: bottom))
        tagged(.table) {
            drawHeaderRow(table, height: headerHeight, asArtifact: false)
            for index in 0..<table.dayCount {
                let day = table.day(index)
                drawing.paginator.startDay(labelHeight: day.label.box.height)
                for (index, row) in day.rows.enumerated() {
                    tagged(.row) {
                        placeRow(row, day: day.label, tagsLabel: index == 0, headerHeight: headerHeight, drawing: &drawing)
                    }
                }
                closeSegment(&drawing)
            }
        }
        y = drawing.paginator.y
        lastSpaceAfter = 0
    }

    /// What the table's drawing remembers between rows: the last row, whose verticals wait until
    /// its bottom is known (the day's last row stretches to the label's height).
    struct Drawing {
        let table: DayTable
        var paginator: TablePaginator
        var pendingRow: (top: Double, verticals: [Int])?
    }

    private func drawHeaderRow(_ table: DayTable, height: Double, asArtifact: Bool) {
        let top = y
        let draw = {
            for cell in table.header {
                // TableHeading cells are centred vertically.
                let offset = (height - cell.box.height) / 2
                if asArtifact {
                    self.draw(cell.box, x: cell.x + self.cellSide, top: top + offset, width: cell.width - 2 * self.cellSide, asArtifact: true)
                } else {
                    self.tagged(cell.role, cell.attributes) {
                        self.draw(cell.box, x: cell.x + self.cellSide, top: top + offset, width: cell.width - 2 * self.cellSide)
                    }
                }
            }
        }
        if asArtifact { artifact(.layout, draw) } else { tagged(.row, [], draw) }
        let edges = table.edges
        artifact {
            for at in [top, top + height] {
                canvas.line(x1: edges[0], y1: at, x2: edges[edges.count - 1], y2: at, width: borderWeight)
            }
            for x in edges { canvas.line(x1: x, y1: top, x2: x, y2: top + height, width: borderWeight) }
        }
        y = top + height
    }

    private func placeRow(_ row: DayTable.Row, day: Cell, tagsLabel: Bool, headerHeight: Double, drawing: inout Drawing) {
        var cells = row.cells
        var labelTagged = !tagsLabel
        let edges = drawing.table.edges
        while true {
            let height = Self.height(cells)
            let step = drawing.paginator.step(rowHeight: height)
            let top: Double, startsSegment: Bool
            var rest: [Cell]?
            switch step {
            case .newPage:
                closeSegment(&drawing)
                newTablePage(headerHeight: headerHeight, drawing: &drawing)
                continue
            case let .place(rowTop, starts):
                (top, startsSegment) = (rowTop, starts)
            case let .split(rowTop, starts, limit):
                // Only a row taller than a page: its cells go on in new TD elements of the same TR on
                // the next page (an element's content cannot be reopened once closed).
                (top, startsSegment) = (rowTop, starts)
                var heads: [Cell] = []
                var tails: [Cell] = []
                for cell in cells {
                    var (head, tail) = cell.box.split(at: limit - rowTop - cellBottom)
                    head.height += cellBottom
                    tail.shift(by: cellTop)
                    tail.height += cellBottom
                    heads.append(Cell(x: cell.x, width: cell.width, box: head, role: cell.role, attributes: cell.attributes))
                    tails.append(Cell(x: cell.x, width: cell.width, box: tail, role: cell.role, attributes: cell.attributes))
                }
                cells = heads
                rest = tails
            }
            if startsSegment {
                // The day's label: tagged where the day begins, an artifact where it carries on.
                if labelTagged {
                    artifact { draw(day.box, x: day.x + cellSide, top: top, width: day.width - 2 * cellSide, asArtifact: true) }
                } else {
                    tagged(day.role, day.attributes) { draw(day.box, x: day.x + cellSide, top: top, width: day.width - 2 * cellSide) }
                    labelTagged = true
                }
            } else {
                finishPendingRow(at: top, drawing: &drawing)
                artifact {
                    canvas.line(x1: edges[row.lineFrom], y1: top, x2: edges[edges.count - 1], y2: top, width: borderWeight)
                }
            }
            for cell in cells {
                tagged(cell.role, cell.attributes) {
                    draw(cell.box, x: cell.x + cellSide, top: top, width: cell.width - 2 * cellSide)
                }
            }
            let rowHeight = rest == nil ? Self.height(cells) : drawing.paginator.bottom - top
            drawing.paginator.place(rowHeight: rowHeight)
            drawing.pendingRow = (top, row.verticals)
            guard let tails = rest else { return }
            closeSegment(&drawing)
            newTablePage(headerHeight: headerHeight, drawing: &drawing)
            cells = tails
        }
    }

    private func newTablePage(headerHeight: Double, drawing: inout Drawing) {
        newPage()
        drawHeaderRow(drawing.table, height: headerHeight, asArtifact: true)
        drawing.paginator.startPage(rowsTop: y)
    }

    /// The verticals between the last row's own cells, down to `bottom`.
    private func finishPendingRow(at bottom: Double, drawing: inout Drawing) {
        guard let row = drawing.pendingRow else { return }
        drawing.pendingRow = nil
        guard !row.verticals.isEmpty else { return }
        let edges = drawing.table.edges
        artifact {
            for index in row.verticals { canvas.line(x1: edges[index], y1: row.top, x2: edges[index], y2: bottom, width: borderWeight) }
        }
    }

    /// Ends the day's part on this page: its outer verticals, the day column's edge, the line below.
    private func closeSegment(_ drawing: inout Drawing) {
        guard let segment = drawing.paginator.closeSegment() else { return }
        finishPendingRow(at: segment.bottom, drawing: &drawing)
        let edges = drawing.table.edges
        let last = edges[edges.count - 1]
        artifact {
            for x in [edges[0], edges[1], last] {
                canvas.line(x1: x, y1: segment.top, x2: x, y2: segment.bottom, width: borderWeight)
            }
            canvas.line(x1: edges[0], y1: segment.bottom, x2: last, y2: segment.bottom, width: borderWeight)
        }
        y = segment.bottom
    }
}
