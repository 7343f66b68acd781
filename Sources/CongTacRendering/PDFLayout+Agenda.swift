/// The month's agenda table as the DOCX draws it (`_partials/agenda.xml`): NGÀY | NỘI DUNG CÔNG
/// VIỆC | CƠ QUAN CHUẨN BỊ | LÃNH ĐẠO SỞ at the geometry's widths, the day's cell merged over its
/// rows, lead rows across the three right-hand columns. Drawn as a `DayTable`.
extension PDFLayout {
    /// The column edges, left to right: five for four columns.
    var agendaEdges: [Double] {
        edges([geometry.dayWidth, geometry.workWidth, geometry.unitWidth, geometry.leaderWidth])
    }

    func dayCell(_ day: DayView, edges: [Double]) -> Cell {
        cell(0, [([StyledRun(day.label, style(.bold, sizes.table))], tableFormat(.center)),
                 ([StyledRun(day.weekday, style(.regular, sizes.table))], tableFormat(.center))],
             edges: edges, attributes: day.rowSpan > 1 ? [.rowSpan(day.rowSpan)] : [])
    }

    /// The cells right of the day: a lead row's one cell, or an item's work, unit and leader.
    func rowCells(_ row: RowView, of day: DayView, edges: [Double]) -> [Cell] {
        let regular = style(.regular, sizes.table)
        if row.isLead {
            return [leadCell(note: row.note, text: row.text, isDayOff: day.isDayOff, span: 3, edges: edges)]
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
        return [cell(1, work, edges: edges),
                cell(2, side + [([StyledRun(row.unit ?? "", regular)], tableFormat(.left))], edges: edges),
                cell(3, side + [([StyledRun(row.leader ?? "", regular)], tableFormat(.left))], edges: edges)]
    }

    /// A day's note (italic) and whole-day text (bold, centred on a day off) across `span` columns
    /// right of the day.
    func leadCell(note: String?, text: String?, isDayOff: Bool, span: Int, edges: [Double]) -> Cell {
        var paragraphs: [([StyledRun], ParagraphFormat)] = []
        if let note { paragraphs.append(([StyledRun(note, style(.italic, sizes.table))], tableFormat(.justified))) }
        if let text {
            paragraphs.append(([StyledRun(text, style(.bold, sizes.table))], tableFormat(isDayOff ? .center : .justified)))
        }
        if paragraphs.isEmpty { paragraphs.append(([], tableFormat(.justified))) }
        return cell(1, span: span, paragraphs, edges: edges, attributes: [.columnSpan(span)])
    }

    /// The month's table, measured. Every row's line above starts right of the day; an item's row
    /// has verticals between work, unit and leader.
    func dayTable(_ agenda: AgendaView) -> DayTable {
        let edges = agendaEdges
        return DayTable(edges: edges, header: headerCells(agenda.columns, edges: edges), dayCount: agenda.days.count) { index in
            let day = agenda.days[index]
            return (self.dayCell(day, edges: edges),
                    day.rows.map { DayTable.Row(cells: self.rowCells($0, of: day, edges: edges), verticals: $0.isLead ? [] : [2, 3]) })
        }
    }

    /// The table and the empty BodyText paragraph after it.
    func agenda(_ agenda: AgendaView) {
        draw(dayTable(agenda))
        flow([], bodyFormat, role: .paragraph)
    }

    /// The room a heading needs below itself to keep with the table: its header and first row.
    func agendaOpeningHeight(_ agenda: AgendaView) -> Double {
        var first = agenda
        first.days = agenda.days.prefix(1).map { day in
            var day = day
            day.rows = Array(day.rows.prefix(1))
            return day
        }
        return openingHeight(dayTable(first))
    }
}
