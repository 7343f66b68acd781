/// The agenda table as the DOCX draws it (`_partials/agenda.xml`): NGÀY | NỘI DUNG CÔNG VIỆC |
/// CƠ QUAN CHUẨN BỊ | LÃNH ĐẠO SỞ at the geometry's widths, the header row on every page, the day's
/// cell merged over its rows, lead rows across the three right-hand columns. Pagination is
/// `TablePaginator`'s; this file measures and draws.
///
/// Tags: Table > TR > TH (scope Column) / TD, the day's TD spanning its rows, a lead row's TD its
/// three columns. The header row and the day label repeated on a later page are artifacts, so that
/// a screen reader reads each once, in order.
extension PDFLayout {
    /// One cell of a row: its column's left edge and width, its laid-out text with the padding.
    struct Cell {
        var x: Double
        var width: Double
        var box: ColumnBox
        var role: StructureRole
        var attributes: [StructureAttribute] = []
    }

    /// The column edges, left to right: five for four columns.
    var agendaEdges: [Double] {
        var edges = [left]
        for width in [geometry.dayWidth, geometry.workWidth, geometry.unitWidth, geometry.leaderWidth] {
            edges.append(edges[edges.count - 1] + Self.points(width))
        }
        return edges
    }

    var cellSide: Double { Self.points(spacing.cellSide) }
    var cellTop: Double { Self.points(spacing.cellTop) }
    var cellBottom: Double { Self.points(spacing.cellBottom) }
    var borderWeight: Double { Double(spacing.tableBorder) / 8 }

    /// A cell from column `first` over `span` columns holding `paragraphs`.
    func cell(_ first: Int, span: Int = 1, _ paragraphs: [([StyledRun], ParagraphFormat)], role: StructureRole = .dataCell,
              attributes: [StructureAttribute] = []) -> Cell {
        let edges = agendaEdges
        let width = edges[first + span] - edges[first]
        var box = column(width: width - 2 * cellSide, paragraphs)
        box.shift(by: cellTop)
        // The row's border takes its own room below the text, as in LibreOffice's table rows.
        box.height += cellBottom + borderWeight / 2
        return Cell(x: edges[first], width: width, box: box, role: role, attributes: attributes)
    }

    func headerCells(_ agenda: AgendaView) -> [Cell] {
        let runs = agenda.columns.map { [StyledRun($0, style(.bold, sizes.table))] }
        return (0..<4).map { cell($0, [(runs[$0], tableFormat(.center))], role: .headerCell, attributes: [.columnScope]) }
    }

    func dayCell(_ day: DayView) -> Cell {
        cell(0, [([StyledRun(day.label, style(.bold, sizes.table))], tableFormat(.center)),
                 ([StyledRun(day.weekday, style(.regular, sizes.table))], tableFormat(.center))],
             attributes: day.rowSpan > 1 ? [.rowSpan(day.rowSpan)] : [])
    }

    /// The cells right of the day: a lead row's one cell, or an item's work, unit and leader.
    func rowCells(_ row: RowView, of day: DayView) -> [Cell] {
        let regular = style(.regular, sizes.table)
        if row.isLead {
            var paragraphs: [([StyledRun], ParagraphFormat)] = []
            if let note = row.note { paragraphs.append(([StyledRun(note, style(.italic, sizes.table))], tableFormat(.justified))) }
            if let text = row.text {
                paragraphs.append(([StyledRun(text, style(.bold, sizes.table))], tableFormat(day.isDayOff ? .center : .justified)))
            }
            if paragraphs.isEmpty { paragraphs.append(([], tableFormat(.justified))) }
            return [cell(1, span: 3, paragraphs, attributes: [.columnSpan(3)])]
        }
        let label = row.timeLabel.map { StyledRun($0, style(.regular, sizes.table, underline: true)) }
        let text = StyledRun(row.itemText ?? "", regular)
        var work: [([StyledRun], ParagraphFormat)] = []
        var side: [([StyledRun], ParagraphFormat)] = []
        if row.itemOnOwnLine, let label {
            work.append(([label], tableFormat(.justified)))
            side.append(([], tableFormat(.left)))
            work.append(([text], tableFormat(.justified)))
        } else if let label {
            work.append(([label, StyledRun(" ", regular), text], tableFormat(.justified)))
        } else {
            work.append(([text], tableFormat(.justified)))
        }
        return [cell(1, work),
                cell(2, side + [([StyledRun(row.unit ?? "", regular)], tableFormat(.left))]),
                cell(3, side + [([StyledRun(row.leader ?? "", regular)], tableFormat(.left))])]
    }

    static func height(_ cells: [Cell]) -> Double { cells.map(\.box.height).max() ?? 0 }

    /// The room a heading needs below itself to keep with the table: its header and first row.
    func agendaOpeningHeight(_ agenda: AgendaView) -> Double {
        var height = Self.height(headerCells(agenda))
        if let day = agenda.days.first, let row = day.rows.first {
            height += max(Self.height(rowCells(row, of: day)), dayCell(day).box.height)
        }
        return height
    }

    // MARK: - Drawing

    func agenda(_ agenda: AgendaView) {
        let header = headerCells(agenda)
        let headerHeight = Self.height(header)
        ensureRoom(agendaOpeningHeight(agenda))
        lastSpaceAfter = 0
        var table = AgendaDrawing(paginator: TablePaginator(rowsTop: y + headerHeight, bottom: bottom))
        tagged(.table) {
            drawHeaderRow(header, height: headerHeight, asArtifact: false)
            for day in agenda.days {
                let label = dayCell(day)
                table.paginator.startDay(labelHeight: label.box.height)
                for (index, row) in day.rows.enumerated() {
                    tagged(.row) {
                        placeRow(rowCells(row, of: day), isLead: row.isLead, day: label, tagsLabel: index == 0,
                                 header: header, headerHeight: headerHeight, table: &table)
                    }
                }
                closeSegment(&table)
            }
        }
        y = table.paginator.y
        lastSpaceAfter = 0
        flow([], bodyFormat, role: .paragraph)
    }

    /// What the table's drawing remembers between rows: the last row, whose verticals wait until
    /// its bottom is known (the day's last row stretches to the label's height).
    struct AgendaDrawing {
        var paginator: TablePaginator
        var pendingRow: (top: Double, isLead: Bool)?
    }

    private func drawHeaderRow(_ cells: [Cell], height: Double, asArtifact: Bool) {
        let top = y
        let draw = {
            for cell in cells {
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
        let edges = agendaEdges
        artifact {
            for at in [top, top + height] {
                canvas.line(x1: edges[0], y1: at, x2: edges[4], y2: at, width: borderWeight)
            }
            for x in edges { canvas.line(x1: x, y1: top, x2: x, y2: top + height, width: borderWeight) }
        }
        y = top + height
    }

    private func placeRow(_ cells: [Cell], isLead: Bool, day: Cell, tagsLabel: Bool, header: [Cell], headerHeight: Double,
                          table: inout AgendaDrawing) {
        var cells = cells
        var labelTagged = !tagsLabel
        while true {
            let height = Self.height(cells)
            let step = table.paginator.step(rowHeight: height)
            let top: Double, startsSegment: Bool
            var rest: [Cell]?
            switch step {
            case .newPage:
                closeSegment(&table)
                newTablePage(header, headerHeight: headerHeight, table: &table)
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
            let edges = agendaEdges
            if startsSegment {
                // The day's label: tagged where the day begins, an artifact where it carries on.
                if labelTagged {
                    artifact { draw(day.box, x: day.x + cellSide, top: top, width: day.width - 2 * cellSide, asArtifact: true) }
                } else {
                    tagged(day.role, day.attributes) { draw(day.box, x: day.x + cellSide, top: top, width: day.width - 2 * cellSide) }
                    labelTagged = true
                }
            } else {
                finishPendingRow(at: top, table: &table)
                artifact { canvas.line(x1: edges[1], y1: top, x2: edges[4], y2: top, width: borderWeight) }
            }
            for cell in cells {
                tagged(cell.role, cell.attributes) {
                    draw(cell.box, x: cell.x + cellSide, top: top, width: cell.width - 2 * cellSide)
                }
            }
            let rowHeight = rest == nil ? Self.height(cells) : table.paginator.bottom - top
            table.paginator.place(rowHeight: rowHeight)
            table.pendingRow = (top, isLead)
            guard let tails = rest else { return }
            closeSegment(&table)
            newTablePage(header, headerHeight: headerHeight, table: &table)
            cells = tails
        }
    }

    private func newTablePage(_ header: [Cell], headerHeight: Double, table: inout AgendaDrawing) {
        newPage()
        drawHeaderRow(header, height: headerHeight, asArtifact: true)
        table.paginator.startPage(rowsTop: y)
    }

    /// The verticals between the work, unit and leader columns of the last row, down to `bottom`.
    private func finishPendingRow(at bottom: Double, table: inout AgendaDrawing) {
        guard let row = table.pendingRow else { return }
        table.pendingRow = nil
        guard !row.isLead else { return }
        let edges = agendaEdges
        artifact {
            for x in edges[2...3] { canvas.line(x1: x, y1: row.top, x2: x, y2: bottom, width: borderWeight) }
        }
    }

    /// Ends the day's part on this page: its outer verticals, the day column's edge, the line below.
    private func closeSegment(_ table: inout AgendaDrawing) {
        guard let segment = table.paginator.closeSegment() else { return }
        finishPendingRow(at: segment.bottom, table: &table)
        let edges = agendaEdges
        artifact {
            for x in [edges[0], edges[1], edges[4]] {
                canvas.line(x1: x, y1: segment.top, x2: x, y2: segment.bottom, width: borderWeight)
            }
            canvas.line(x1: edges[0], y1: segment.bottom, x2: edges[4], y2: segment.bottom, width: borderWeight)
        }
        y = segment.bottom
    }
}
