import CongTacCalendar
import CongTacModel

extension AgendaView {
    /// The month's table: listed days in order, and the weekends and days off the file leaves out.
    init(_ agenda: Agenda, month: YearMonth, holidays: HolidayCalendar) {
        columns = agenda.columns
        caption = "Lịch công tác tháng \(DateLine.month(month.month)) năm \(month.year)"
        let length = CivilDate.daysInMonth(year: month.year, month: month.month)
        func date(_ day: Int) -> CivilDate { CivilDate(year: month.year, month: month.month, day: day) }

        var listed = agenda.days.filter { $0.days.first >= 1 && $0.days.last <= length }
        listed.sort { $0.days.first < $1.days.first }
        var covered = Set<Int>()
        for day in listed { covered.formUnion(day.days.days) }

        var views: [(first: Int, view: DayView)] = listed.map { ($0.days.first, DayView($0, month: month, holidays: holidays)) }
        // Fill in what the file leaves out: days off (a weekend pair shares one row).
        var day = 1
        while day <= length {
            let current = date(day)
            guard !covered.contains(day), !holidays.isWorkingDay(current) else {
                day += 1
                continue
            }
            var last = day
            let off = holidays.dayOff(on: current)
            // Extend over the following uncovered days off of the same kind (Sat+Sun, or one holiday span).
            while last + 1 <= length, !covered.contains(last + 1), !holidays.isWorkingDay(date(last + 1)) {
                let next = date(last + 1)
                let nextOff = holidays.dayOff(on: next)
                let sameKind = (off == nil && nextOff == nil && current.weekday == .saturday && next.weekday == .sunday)
                    || (off != nil && nextOff?.name == off?.name)
                guard sameKind else { break }
                last += 1
            }
            let range = DayRange(day, last)
            let row = RowView(isFirst: true, note: nil, text: off?.name.uppercased(), timeLabel: nil, itemOnOwnLine: false,
                              itemText: nil, unit: nil, leader: nil)
            views.append((day, DayView(label: DayView.label(range), weekday: DayView.weekdays(range, month: month),
                                       rows: [row], isFilled: true, isDayOff: true)))
            day = last + 1
        }
        views.sort { $0.first < $1.first }
        days = views.map(\.view)
    }
}

extension DayView {
    init(_ day: AgendaDay, month: YearMonth, holidays: HolidayCalendar) {
        label = Self.label(day.days)
        weekday = Self.weekdays(day.days, month: month)
        isFilled = false
        isDayOff = day.days.days.allSatisfy {
            !holidays.isWorkingDay(CivilDate(year: month.year, month: month.month, day: $0))
        }
        var rows: [RowView] = []
        if day.note != nil || day.text != nil || day.items.isEmpty {
            rows.append(RowView(isFirst: true, note: day.note, text: day.text, timeLabel: nil, itemOnOwnLine: false,
                                itemText: nil, unit: nil, leader: nil))
        }
        for (index, item) in day.items.enumerated() {
            let startsGroup = item.time != nil && (index == 0 || day.items[index - 1].time != item.time)
            let groupSize = Self.groupSize(day.items, from: index)
            let dash = item.time != nil ? groupSize > 1 : day.items.count > 1
            rows.append(RowView(
                isFirst: rows.isEmpty,
                note: nil,
                text: nil,
                timeLabel: startsGroup ? "\(item.time!):" : nil,
                itemOnOwnLine: startsGroup && groupSize > 1,
                itemText: dash ? "- \(item.text)" : item.text,
                unit: item.unit,
                leader: item.leader
            ))
        }
        self.rows = rows
    }

    /// How many consecutive items from `index` share its time of day.
    private static func groupSize(_ items: [AgendaItem], from index: Int) -> Int {
        guard let time = items[index].time else { return 1 }
        var end = index
        while end + 1 < items.count, items[end + 1].time == time { end += 1 }
        var start = index
        while start > 0, items[start - 1].time == time { start -= 1 }
        return end - start + 1
    }

    /// `03`, `01-02`.
    static func label(_ range: DayRange) -> String {
        range.isSingleDay ? DateLine.day(range.first) : "\(DateLine.day(range.first))-\(DateLine.day(range.last))"
    }

    /// `Thứ Hai`; `Thứ Bảy, Chủ nhật` for two days; `Thứ Hai - Thứ Sáu` for longer ranges.
    static func weekdays(_ range: DayRange, month: YearMonth) -> String {
        func name(_ day: Int) -> String {
            CivilDate(year: month.year, month: month.month, day: day).weekday.vietnameseName
        }
        switch range.last - range.first {
        case 0: return name(range.first)
        case 1: return "\(name(range.first)), \(name(range.last))"
        default: return "\(name(range.first)) - \(name(range.last))"
        }
    }
}
