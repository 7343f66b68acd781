import CongTacCalendar
import CongTacMessages
import CongTacModel

/// What every reader does with the days it reads: places a day cell in the agenda's month, with
/// the checks a clerk wants (the weekday against the calendar, where the date wins; the month
/// against the agenda's), and makes the days into what the loader accepts.
struct DayResolver {
    let month: YearMonth
    let holidays: HolidayCalendar
    var warnings: [ImportWarning] = []
    var kept: [KeptText] = []

    init(month: YearMonth, holidays: HolidayCalendar) {
        self.month = month
        self.holidays = holidays
    }

    /// The day or range `text` names, or nil (with a warning).
    mutating func range(_ text: String, at place: ImportPlace) -> DayRange? {
        guard let cell = DayCell(text) else {
            warnings.append(ImportWarning(.importDayUnreadable(text), at: place))
            return nil
        }
        return range(cell, text: text, at: place)
    }

    /// An Excel date serial (days since 1899-12-30).
    mutating func range(serial: Double, text: String, at place: ImportPlace) -> DayRange? {
        let date = CivilDate(year: 1899, month: 12, day: 30).adding(days: Int(serial.rounded(.down)))
        let cell = DayCell(first: DayCell.Day(day: date.day, month: date.month, year: date.year))
        return range(cell, text: "\(DateLine.day(date.day))/\(DateLine.day(date.month))/\(date.year)", at: place)
    }

    private mutating func range(_ cell: DayCell, text: String, at place: ImportPlace) -> DayRange? {
        let length = CivilDate.daysInMonth(year: month.year, month: month.month)
        for day in [cell.first] + [cell.last].compactMap({ $0 }) {
            if let m = day.month, m != month.month || (day.year.map { $0 != month.year } ?? false) {
                warnings.append(ImportWarning(.importDayOtherMonth(text, month: "\(DateLine.month(month.month))/\(month.year)"), at: place))
                return nil
            }
        }
        let first = cell.first.day, last = cell.last?.day ?? cell.first.day
        guard first >= 1, last <= length, first <= last else {
            warnings.append(ImportWarning(.importDayUnreadable(text), at: place))
            return nil
        }
        if let written = cell.weekday {
            let actual = CivilDate(year: month.year, month: month.month, day: first).weekday
            if actual != written {
                warnings.append(ImportWarning(.importWeekdayMismatch(day: "\(DateLine.day(first))/\(DateLine.month(month.month))/\(month.year)",
                                                                      written: written.vietnameseName, actual: actual.vietnameseName),
                                              at: place))
            }
        }
        return DayRange(first, last)
    }

    /// Days as the loader accepts them: the rows congtac fills in itself left out, days with
    /// nothing but a note kept aside, overlapping days kept aside.
    mutating func sanitized(_ days: [AgendaDay], places: [ImportPlace]) -> [AgendaDay] {
        var result: [AgendaDay] = []
        for (day, place) in zip(days, places) {
            if day.items.isEmpty && day.note == nil && isFilledByCongtac(day) { continue }
            if day.items.isEmpty && day.text == nil {
                if let note = day.note {
                    kept.append(KeptText(place: place, text: note))
                    warnings.append(ImportWarning(.importUnplaced(ImportText.excerpt(note)), at: place))
                } else if day.days.days.contains(where: { holidays.isWorkingDay(date($0)) }) {
                    warnings.append(ImportWarning(.importEmptyDay(DayRange.labelText(day.days)), at: place))
                }
                continue
            }
            if result.contains(where: { $0.days.overlaps(day.days) }) {
                let text = ([day.note, day.text].compactMap { $0 } + day.items.map(\.text)).joined(separator: " | ")
                kept.append(KeptText(place: place, text: DayRange.labelText(day.days) + ": " + text))
                warnings.append(ImportWarning(.importDayOverlap(DayRange.labelText(day.days)), at: place))
                continue
            }
            result.append(day)
        }
        return result
    }

    private func date(_ day: Int) -> CivilDate { CivilDate(year: month.year, month: month.month, day: day) }

    /// A weekend or holiday row with no work, or with only the text congtac writes there itself.
    private func isFilledByCongtac(_ day: AgendaDay) -> Bool {
        let dates = day.days.days.map(date)
        guard dates.allSatisfy({ !holidays.isWorkingDay($0) }) else { return false }
        guard let text = day.text else { return true }
        if let name = holidays.dayOff(on: dates[0])?.name, ImportText.key(name) == ImportText.key(text) { return true }
        // A row that only repeats the weekday names ("Thứ Bảy, Chủ nhật") or says "Nghỉ".
        let key = ImportText.key(text)
        return key == "NGHỈ" || DayCell(text) == nil && key.allSatisfy { !$0.isLetter || "THỨBẢYCHỦNHẬT, ".contains($0) }
    }
}

extension DayCell {
    init(first: Day) {
        self.first = first
        self.last = nil
        self.weekday = nil
    }
}

extension DayRange {
    /// `3`, `16-20`: how the schedule file writes a day.
    static func labelText(_ range: DayRange) -> String {
        range.isSingleDay ? "\(range.first)" : "\(range.first)-\(range.last)"
    }
}

extension ImportText {
    static func excerpt(_ text: String) -> String {
        text.count <= 80 ? text : String(text.prefix(77)) + "…"
    }
}
