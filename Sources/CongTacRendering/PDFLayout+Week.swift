/// The weekly schedule's table as the DOCX draws it (`_partials/week-table.xml`): Thứ/ngày |
/// Thời gian | Nội dung | Đơn vị chuẩn bị | Lãnh đạo chủ trì at the geometry's week widths, the
/// day's cell merged over its rows and the time cell over a run of items at one time. Drawn as a
/// `DayTable`, like the month's.
extension PDFLayout {
    var weekEdges: [Double] {
        edges([geometry.weekDayWidth, geometry.weekTimeWidth, geometry.weekWorkWidth, geometry.weekUnitWidth,
               geometry.weekLeaderWidth])
    }

    /// The week's table, measured. A row that a time cell above spans has no time cell of its own,
    /// and its line above starts right of the time column.
    func dayTable(_ week: WeekTableView) -> DayTable {
        let edges = weekEdges
        let regular = style(.regular, sizes.table)
        return DayTable(edges: edges, header: headerCells(WeekTableView.columns, edges: edges), dayCount: week.days.count) { index in
            let day = week.days[index]
            let label = self.cell(0, [([StyledRun(day.weekday, self.style(.bold, self.sizes.table))], self.tableFormat(.center)),
                                      ([StyledRun(day.date, regular)], self.tableFormat(.center))],
                                  edges: edges, attributes: day.rows.count > 1 ? [.rowSpan(day.rows.count)] : [])
            let rows = day.rows.map { row -> DayTable.Row in
                if row.isLead {
                    return DayTable.Row(cells: [self.leadCell(note: row.note, text: row.text, isDayOff: day.isDayOff, span: 4,
                                                              edges: edges)])
                }
                var cells: [Cell] = []
                if row.timeSpan > 0 {
                    cells.append(self.cell(1, [([StyledRun(row.time ?? "", regular)], self.tableFormat(.center))], edges: edges,
                                           attributes: row.timeSpan > 1 ? [.rowSpan(row.timeSpan)] : []))
                }
                cells += [self.cell(2, [([StyledRun(row.itemText ?? "", regular)], self.tableFormat(.justified))], edges: edges),
                          self.cell(3, [([StyledRun(row.unit ?? "", regular)], self.tableFormat(.left))], edges: edges),
                          self.cell(4, [([StyledRun(row.leader ?? "", regular)], self.tableFormat(.left))], edges: edges)]
                return DayTable.Row(cells: cells, lineFrom: row.timeSpan > 0 ? 1 : 2, verticals: [2, 3, 4])
            }
            return (label, rows)
        }
    }

    /// The table (the title block put the gap above; the closing puts the empty TableText
    /// paragraph below, which keeps with it).
    func week(_ week: WeekTableView) {
        draw(dayTable(week))
    }
}
