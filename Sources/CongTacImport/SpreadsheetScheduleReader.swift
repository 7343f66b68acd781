import CongTacCalendar
import CongTacLoading
import CongTacMessages
import CongTacModel

/// A spreadsheet of the units' entries → the month's agenda: one row per item, columns recognised
/// by their header text (Ngày | Buổi or Thời gian | Nội dung | Đơn vị chuẩn bị | Lãnh đạo chủ trì,
/// and Ghi chú for a day's note). The day is a date cell, a `dd/mm/yyyy` text or a day number
/// (with `--month`); a day cell left blank or merged over rows continues the day above. A row
/// with no time, unit or leader whose text is in capitals is the day's whole-day text ("NGHỈ TẾT").
///
/// The rest of the programme (the header, the sections, the recipients, the signature) comes
/// from `--from`, as `congtac new` makes it.
struct SpreadsheetScheduleReader {
    let grids: [SheetGrid]
    let options: ImportOptions
    var warnings: [ImportWarning] = []
    var kept: [KeptText] = []

    private struct Columns {
        var day: Int?, time: Int?, work: Int?, unit: Int?, leader: Int?, note: Int?
        var extra: [(Int, String)] = []
    }

    init(grids: [SheetGrid], options: ImportOptions) {
        self.grids = grids
        self.options = options
    }

    mutating func read() throws(ImportError) -> ImportResult {
        let (grid, headerIndex, columns) = try chooseSheet()
        let rows = Array(grid.rows[(headerIndex + 1)...])
        let month = agendaMonth(rows, columns)
        var resolver = DayResolver(month: month, holidays: options.previous?.holidays ?? HolidayCalendar())
        var days: [AgendaDay] = []
        var places: [ImportPlace] = []
        var current: Int?
        var extraWarned = false
        for row in rows {
            func cell(_ column: Int?) -> SheetCell? { column.flatMap { $0 < row.count ? row[$0] : nil } }
            func text(_ column: Int?) -> String { cell(column).map { ImportText.clean($0.text) } ?? "" }
            guard row.contains(where: { !ImportText.clean($0.text).isEmpty }) else { continue }
            if let dayCell = cell(columns.day), !dayCell.mergedFromAbove, !ImportText.clean(dayCell.text).isEmpty {
                let dayText = ImportText.clean(dayCell.text)
                let range: DayRange?
                if let serial = dayCell.number, serial > 31, serial < 73_051 {
                    range = resolver.range(serial: serial, text: dayText, at: dayCell.place)
                } else {
                    range = resolver.range(dayText, at: dayCell.place)
                }
                guard let range else {
                    current = nil
                    let texts = row.map { ImportText.clean($0.text) }.filter { !$0.isEmpty }
                    kept.append(KeptText(place: dayCell.place, text: texts.joined(separator: " | ")))
                    continue
                }
                if let index = days.firstIndex(where: { $0.days == range }) {
                    current = index
                } else {
                    days.append(AgendaDay(days: range))
                    places.append(dayCell.place)
                    current = days.count - 1
                }
            }
            guard let index = current else {
                let texts = row.map { ImportText.clean($0.text) }.filter { !$0.isEmpty }
                kept.append(KeptText(place: row[0].place, text: texts.joined(separator: " | ")))
                warnings.append(ImportWarning(.importUnplaced(ImportText.excerpt(texts.joined(separator: " "))), at: row[0].place))
                continue
            }
            let note = text(columns.note)
            if !note.isEmpty { days[index].note = [days[index].note, note].compactMap { $0 }.joined(separator: " ") }
            var work = text(columns.work)
            var time: String? = text(columns.time).isEmpty ? nil : TimeLabel.normalised(text(columns.time))
            if time == nil {
                let (label, rest) = TimeLabel.split(work, firstRunUnderlined: nil)
                if let label { time = label; work = rest }
            }
            work = ImportText.strippingDash(work)
            guard !work.isEmpty else {
                // No work text, yet words elsewhere in the row (a unit alone, a note under STT): kept
                // aside with a warning, not lost. Row numbers alone are no words.
                let words = row.indices.filter { $0 != columns.day && $0 != columns.note }
                    .map { ImportText.clean(row[$0].text) }
                    .filter { !$0.isEmpty && !$0.allSatisfy { $0.isNumber || $0 == "." } }
                if !words.isEmpty {
                    kept.append(KeptText(place: row[0].place, text: words.joined(separator: " | ")))
                    warnings.append(ImportWarning(.importUnplaced(ImportText.excerpt(words.joined(separator: " "))), at: row[0].place))
                }
                continue
            }
            let unit = text(columns.unit), leader = text(columns.leader)
            if time == nil, unit.isEmpty, leader.isEmpty, ImportText.isUpperCase(work) {
                days[index].text = [days[index].text, work].compactMap { $0 }.joined(separator: " ")
                continue
            }
            var extra: [String] = []
            for (column, heading) in columns.extra where !text(column).isEmpty {
                extra.append("\(AgendaTableReader.titleCase(heading)): \(text(column))")
            }
            if !extra.isEmpty {
                work += " (" + extra.joined(separator: "; ") + ")"
                if !extraWarned {
                    extraWarned = true
                    warnings.append(ImportWarning(.importExtraColumns(columns.extra.map(\.1).joined(separator: ", ")), at: cell(columns.work)?.place))
                }
            }
            days[index].items.append(AgendaItem(time: time, text: work, unit: unit.isEmpty ? nil : unit,
                                                leader: leader.isEmpty ? nil : leader))
        }
        let imported = resolver.sanitized(days, places: places)
        warnings += resolver.warnings
        kept += resolver.kept
        return ImportResult(schedule: schedule(month: month, days: imported), warnings: warnings, kept: kept)
    }

    /// `--sheet`, else the first sheet with an agenda's header row.
    private func chooseSheet() throws(ImportError) -> (SheetGrid, Int, Columns) {
        if let name = options.sheet {
            guard let grid = grids.first(where: { $0.name == name }) else {
                throw .sheetNotFound(name, available: grids.map(\.name))
            }
            guard let (index, columns) = Self.header(grid) else { throw .noAgendaColumns(grid.name) }
            return (grid, index, columns)
        }
        for grid in grids {
            if let (index, columns) = Self.header(grid) { return (grid, index, columns) }
        }
        throw .noAgendaColumns(grids.first?.name ?? "")
    }

    private static func header(_ grid: SheetGrid) -> (Int, Columns)? {
        for (index, row) in grid.rows.prefix(20).enumerated() {
            var columns = Columns()
            for (column, cell) in row.enumerated() {
                let heading = ImportText.clean(cell.text)
                if ImportText.key(heading).contains("GHI CHÚ") {
                    if columns.note == nil { columns.note = column }
                    continue
                }
                switch AgendaColumns.role(of: heading) {
                case .day?: if columns.day == nil { columns.day = column }
                case .time?: if columns.time == nil { columns.time = column }
                case .work?: if columns.work == nil { columns.work = column }
                case .unit?: if columns.unit == nil { columns.unit = column }
                case .leader?: if columns.leader == nil { columns.leader = column }
                case .participants?, .venue?: columns.extra.append((column, heading))
                default: break
                }
            }
            if columns.day == nil, let time = columns.time, columns.work != nil {
                columns.day = time
                columns.time = nil
            }
            if columns.day != nil && columns.work != nil { return (index, columns) }
        }
        return nil
    }

    /// `--month`, else the first full date of the day column, else the month after `--from`'s.
    private mutating func agendaMonth(_ rows: [[SheetCell]], _ columns: Columns) -> YearMonth {
        if let month = options.month { return month }
        for row in rows {
            guard let column = columns.day, column < row.count else { continue }
            let cell = row[column]
            // Serials of 1900–2100 only: a stray huge number is no date.
            if let serial = cell.number, serial > 31, serial < 73_051 {
                let date = CivilDate(year: 1899, month: 12, day: 30).adding(days: Int(serial))
                return YearMonth(year: date.year, month: date.month)
            }
            if let day = DayCell(cell.text), let m = day.first.month, let y = day.first.year, (1...12).contains(m),
               (1900...2100).contains(y) {
                return YearMonth(year: y, month: m)
            }
        }
        let month = options.previous?.month?.next ?? options.previous.map { $0.date.yearMonth.next }
            ?? YearMonth(year: 2000, month: 1)
        warnings.append(ImportWarning(.importMonthGuessed("\(DateLine.month(month.month))/\(month.year)"), at: nil))
        return month
    }

    /// The programme `congtac new` would make for the month, with the imported days in its agenda
    /// and the days off it lists that the sheet does not cover.
    private mutating func schedule(month: YearMonth, days: [AgendaDay]) -> Schedule {
        if options.previous == nil { warnings.append(ImportWarning(.importHeaderMissing("agency"), at: nil)) }
        var schedule = ScheduleDraft(month: month, previous: options.previous,
                                     holidays: options.previous?.holidays ?? HolidayCalendar()).schedule
        func fill(_ sections: inout [Section]) -> Bool {
            for index in sections.indices {
                if var agenda = sections[index].agenda {
                    let drafted = agenda.days.filter { day in !days.contains { $0.days.overlaps(day.days) } }
                    agenda.days = (days + drafted).sorted { $0.days.first < $1.days.first }
                    sections[index].agenda = agenda
                    return true
                }
                if fill(&sections[index].sections) { return true }
            }
            return false
        }
        _ = fill(&schedule.sections)
        return schedule
    }
}
