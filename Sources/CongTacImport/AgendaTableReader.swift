import CongTacCalendar
import CongTacMessages
import CongTacModel

/// Reads one agenda table into days and items.
///
/// A day cell starts a day; a cell merged into the one above (`w:vMerge`) or left blank continues
/// it. A row whose work cell spans the unit and leader columns holds the whole day's note (italic)
/// and text. In a work cell every paragraph or soft-broken line is an item; `Sáng:`/`Chiều:`
/// labels (underlined or not, alone or before the text) set the time of the items after them
/// until the day ends. Units and leaders go with the items of their row: one text for all, or one
/// line per item.
struct AgendaTableReader {
    let table: WordTable
    let columns: AgendaColumns
    let headerRows: Int
    let month: YearMonth
    let holidays: HolidayCalendar
    var warnings: [ImportWarning] = []
    var kept: [KeptText] = []
    private var resolver: DayResolver

    private struct OpenDay {
        var range: DayRange
        var place: WordPlace
        var day: AgendaDay
        var time: String?
    }

    init(table: WordTable, columns: AgendaColumns, headerRows: Int, month: YearMonth, holidays: HolidayCalendar) {
        self.table = table
        self.columns = columns
        self.headerRows = headerRows
        self.month = month
        self.holidays = holidays
        resolver = DayResolver(month: month, holidays: holidays)
    }

    mutating func read() -> Agenda {
        var days: [AgendaDay] = []
        var places: [WordPlace] = []
        var open: OpenDay?
        var extraColumnsWarned = false
        func close() {
            guard let finished = open else { return }
            open = nil
            if let index = days.firstIndex(where: { $0.days == finished.range }) {
                // The same day written twice (a repeated day cell that was not merged): one day.
                days[index].items += finished.day.items
                if days[index].note == nil { days[index].note = finished.day.note }
                if days[index].text == nil { days[index].text = finished.day.text }
                return
            }
            days.append(finished.day)
            places.append(finished.place)
        }
        let dayColumn = columns.column(.day)?.first ?? 1
        for row in table.rows.dropFirst(headerRows) {
            guard !Self.isNumberingRow(row) else { continue }
            let dayCell = AgendaColumns.cell(row, at: dayColumn)
            let dayText = dayCell.map { ImportText.clean($0.text) } ?? ""
            if let dayCell, dayCell.merge != .continue, !dayText.isEmpty {
                if let range = resolver.range(dayText, at: ImportPlace(dayCell.place)) {
                    if open?.range != range {
                        close()
                        open = OpenDay(range: range, place: dayCell.place, day: AgendaDay(days: range))
                    }
                } else {
                    close()
                    // An unreadable day: what the row says is kept aside.
                    let texts = row.cells.map { ImportText.clean($0.text) }.filter { !$0.isEmpty }
                    kept.append(KeptText(place: ImportPlace(dayCell.place), text: texts.joined(separator: " | ")))
                    continue
                }
            }
            guard var current = open else {
                let texts = row.cells.map { ImportText.clean($0.text) }.filter { !$0.isEmpty }
                if let first = row.cells.first, !texts.isEmpty {
                    kept.append(KeptText(place: ImportPlace(first.place), text: texts.joined(separator: " | ")))
                    warnings.append(ImportWarning(.importUnplaced(ImportText.excerpt(texts.joined(separator: " "))), at: ImportPlace(first.place)))
                }
                continue
            }
            // `open` let go first, so that appending to the day's items does not copy them.
            open = nil
            readRow(row, into: &current, warnedExtra: &extraColumnsWarned)
            open = current
        }
        close()
        let result = Agenda(columns: agendaHeadings(), days: resolver.sanitized(days, places: places.map(ImportPlace.init)))
        warnings += resolver.warnings
        kept += resolver.kept
        return result
    }

    /// The four headings of the model, as the document wrote them where it has them.
    private func agendaHeadings() -> [String] {
        let roles: [AgendaColumns.Role] = [.day, .work, .unit, .leader]
        return roles.enumerated().map { index, role in
            columns.column(role).map(\.heading).flatMap { $0.isEmpty ? nil : $0 } ?? Agenda.defaultColumns[index]
        }
    }

    private mutating func readRow(_ row: WordRow, into current: inout OpenDay, warnedExtra: inout Bool) {
        guard let work = columns.column(.work), let workCell = AgendaColumns.cell(row, at: work.first) else { return }
        let unitColumn = columns.column(.unit)?.first, leaderColumn = columns.column(.leader)?.first
        let spansOthers = [unitColumn, leaderColumn].compactMap { $0 }.contains { column in
            guard case .cell(_, _, let start) = workCell.place else { return false }
            return column >= start && column < start + workCell.gridSpan
        }
        if spansOthers {
            readWholeDay(workCell, into: &current)
            return
        }
        // The lines of the work cell: (text, label, italic).
        var lines: [(text: String, label: String?, italic: Bool, paragraph: Int)] = []
        for (index, paragraph) in workCell.paragraphs.enumerated() {
            for (lineIndex, line) in Self.splitLines(paragraph).enumerated() {
                let (label, rest) = TimeLabel.split(line, firstRunUnderlined: lineIndex == 0 ? Self.underlinedPrefix(paragraph) : nil)
                lines.append((rest, label, paragraph.isItalic && label == nil, index))
            }
        }
        let rowTime = columns.column(.time).flatMap { AgendaColumns.cell(row, at: $0.first) }
            .map { TimeLabel.normalised(ImportText.clean($0.text)) }.flatMap { $0.isEmpty ? nil : $0 }
        var items: [(AgendaItem, Int)] = []
        for line in lines {
            if line.italic {
                current.day.note = [current.day.note, line.text].compactMap { $0 }.joined(separator: " ")
                continue
            }
            if let label = line.label {
                current.time = label
                if line.text.isEmpty { continue }
            }
            guard !line.text.isEmpty else { continue }
            let text = ImportText.strippingDash(line.text)
            guard !text.isEmpty else { continue }
            items.append((AgendaItem(time: rowTime ?? current.time, text: text), line.paragraph))
        }
        let units = unitColumn.flatMap { AgendaColumns.cell(row, at: $0) }
        let leaders = leaderColumn.flatMap { AgendaColumns.cell(row, at: $0) }
        let lineCount = workCell.paragraphs.count
        let unitTexts = assign(units, to: items.map(\.1), paragraphs: lineCount)
        let leaderTexts = assign(leaders, to: items.map(\.1), paragraphs: lineCount)
        // Columns the model has no place for: their text goes with the item, nothing is lost.
        var extra: [String] = []
        for role in [AgendaColumns.Role.participants, .venue] {
            guard let column = columns.column(role), let cell = AgendaColumns.cell(row, at: column.first) else { continue }
            let text = ImportText.clean(cell.text)
            if !text.isEmpty { extra.append("\(Self.titleCase(column.heading)): \(text)") }
        }
        if !extra.isEmpty && !warnedExtra {
            warnedExtra = true
            warnings.append(ImportWarning(.importExtraColumns(columns.columns.filter { $0.role == .participants || $0.role == .venue }
                .map(\.heading).joined(separator: ", ")), at: ImportPlace(workCell.place)))
        }
        if items.isEmpty {
            let others = [units, leaders].compactMap { $0.map { ImportText.clean($0.text) } }.filter { !$0.isEmpty } + extra
            if !others.isEmpty {
                kept.append(KeptText(place: ImportPlace(workCell.place), text: others.joined(separator: " | ")))
                warnings.append(ImportWarning(.importUnplaced(ImportText.excerpt(others.joined(separator: " "))), at: ImportPlace(workCell.place)))
            }
            return
        }
        for (index, (item, _)) in items.enumerated() {
            var item = item
            item.unit = unitTexts[index]
            item.leader = leaderTexts[index]
            if !extra.isEmpty, index == items.count - 1 || items.count == 1 {
                item.text += " (" + extra.joined(separator: "; ") + ")"
            }
            current.day.items.append(item)
        }
    }

    /// The unit (or leader) of each item of a row: one text for all; one paragraph per item; or,
    /// when the cell's paragraphs stand beside the work cell's, the paragraph beside each item.
    private mutating func assign(_ cell: WordCell?, to itemParagraphs: [Int], paragraphs: Int) -> [String?] {
        guard let cell else { return itemParagraphs.map { _ in nil } }
        let all = cell.paragraphs.map { ImportText.clean($0.text) }
        let texts = all.filter { !$0.isEmpty }
        if texts.isEmpty { return itemParagraphs.map { _ in nil } }
        if itemParagraphs.count <= 1 { return itemParagraphs.map { _ in texts.joined(separator: " ") } }
        if texts.count == 1 { return itemParagraphs.map { _ in texts[0] } }
        if all.count == paragraphs {
            return itemParagraphs.map { all[$0].isEmpty ? nil : all[$0] }
        }
        if texts.count == itemParagraphs.count { return texts.map { Optional($0) } }
        warnings.append(ImportWarning(.importUnsurePairing(ImportText.excerpt(texts.joined(separator: "; "))), at: ImportPlace(cell.place)))
        return itemParagraphs.enumerated().map { $0.offset == 0 ? texts.joined(separator: "; ") : nil }
    }

    private func readWholeDay(_ cell: WordCell, into current: inout OpenDay) {
        var texts: [String] = []
        for paragraph in cell.paragraphs where !paragraph.isEmpty {
            let text = ImportText.clean(paragraph.text)
            if paragraph.isItalic {
                current.day.note = [current.day.note, text].compactMap { $0 }.joined(separator: " ")
            } else {
                texts.append(text)
            }
        }
        if !texts.isEmpty {
            current.day.text = [current.day.text, texts.joined(separator: " ")].compactMap { $0 }.joined(separator: " ")
        }
    }

    // MARK: Small readers

    /// The paragraph's lines split at soft breaks, with the first run's underline kept for the label.
    private static func splitLines(_ paragraph: WordParagraph) -> [String] {
        let lines = paragraph.text.split(separator: "\n", omittingEmptySubsequences: true).map { ImportText.clean(String($0)) }
        return lines.filter { !$0.isEmpty }
    }

    /// The underlined text at the start of a paragraph (congtac's and the seeds' `Sáng:`).
    private static func underlinedPrefix(_ paragraph: WordParagraph) -> String? {
        var prefix = ""
        for run in paragraph.runs {
            if run.underline { prefix += run.text } else if run.text.allSatisfy(\.isWhitespace), !prefix.isEmpty { break }
            else { break }
        }
        let cleaned = ImportText.clean(prefix)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// A row of column numbers under the header: `(1) (2) (3) (4)`.
    private static func isNumberingRow(_ row: WordRow) -> Bool {
        let allowed = Set("0123456789() \u{A0}".utf8)
        guard row.cells.count >= 3, row.cells.allSatisfy({ $0.text.utf8.allSatisfy(allowed.contains) }) else { return false }
        let texts = row.cells.map { ImportText.clean($0.text) }
        guard texts.count >= 3, texts.allSatisfy({ !$0.isEmpty }) else { return false }
        return texts.allSatisfy { $0.allSatisfy { $0.isNumber || $0 == "(" || $0 == ")" } }
    }

    /// `THÀNH PHẦN` → `Thành phần`.
    static func titleCase(_ heading: String) -> String {
        let lower = heading.lowercased()
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }
}

