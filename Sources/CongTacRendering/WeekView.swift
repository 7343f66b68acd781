import CongTacCalendar
import CongTacModel

/// The weekly schedule's table: Thứ/ngày | Thời gian | Nội dung | Đơn vị chuẩn bị | Lãnh đạo chủ trì,
/// one group of rows per day (or weekend pair, or holiday span), the day cell spanning them.
public struct WeekTableView: Sendable, Equatable {
    public static let columns = ["Thứ/ngày", "Thời gian", "Nội dung", "Đơn vị chuẩn bị", "Lãnh đạo chủ trì"]
    /// Names the table for screen readers and the DOCX's `tblCaption`: `Lịch công tác tuần 06 năm 2025`.
    public var caption: String
    public var days: [WeekDayView]
}

/// One day of the week, or days sharing one entry (a range of the file, a weekend pair, a holiday).
public struct WeekDayView: Sendable, Equatable {
    /// `Thứ Hai`; `Thứ Bảy, Chủ nhật`; `Thứ Hai - Thứ Tư`.
    public var weekday: String
    /// `03/02`; `08-09/02`; `31/01-01/02`.
    public var date: String
    public var isDayOff: Bool
    public var rows: [WeekRowView]
}

/// One row: a lead row (the day's note and whole-day text across the four right-hand columns) or
/// one item with its time, unit and leader beside it.
public struct WeekRowView: Sendable, Equatable {
    public var isFirst: Bool
    public var note: String? = nil
    public var text: String? = nil
    /// The time label (`Sáng`, `14h30`) on the first item of a run of items at that time.
    public var time: String? = nil
    /// How many rows the time cell spans (1 when it stands alone); 0 on the rows a time cell above covers.
    public var timeSpan: Int
    public var itemText: String? = nil
    public var unit: String? = nil
    public var leader: String? = nil

    public var isLead: Bool { itemText == nil }
}

extension DocumentView {
    /// The weekly schedule of `week`: its days from the month files in `months` (a day whose month
    /// is not there is left out: the caller refuses such a week unless told otherwise), the header
    /// and the closing from `main` with its `week:` overrides. The date line is the Friday before the
    /// week, when weekly schedules are sent out; weekly schedules are not numbered documents, so the
    /// number line stays empty (its cell keeps the date line level).
    public init(week: ISOWeek, main: Schedule, months: [YearMonth: Schedule]) {
        let issued = week.monday.adding(days: -3)
        header = HeaderView(parentBody: main.agency.parent, agencyName: main.agency.name, numberLine: "",
                            dateLine: DateLine.dateLine(place: main.place, year: issued.year, month: issued.month,
                                                        day: issued.day))
        banner = nil
        titleLines = ["LỊCH CÔNG TÁC TUẦN"]
        summary = Self.weekLine(week)
        sections = []
        recipients = Self.listLines(main.week?.recipients ?? main.recipients)
        electronic = Self.listLines(main.week?.electronic ?? main.electronic)
        let signature = main.week?.signature ?? main.signature
        self.signature = signature.map { SignatureView(authority: $0.authority, position: $0.position, name: $0.name) }
        plainTitle = "LỊCH CÔNG TÁC TUẦN – " + Self.weekLine(week)
        self.week = WeekTableView(week: week, months: months)
    }

    /// `Tuần 06 (từ ngày 03/02 đến ngày 09/02/2025)`; the first date keeps its year when the week
    /// spans two years (`từ ngày 29/12/2025 đến ngày 04/01/2026`).
    static func weekLine(_ week: ISOWeek) -> String {
        let (first, last) = (week.monday, week.sunday)
        let start = "\(DateLine.day(first.day))/\(DateLine.day(first.month))" + (first.year == last.year ? "" : "/\(first.year)")
        return "Tuần \(DateLine.day(week.week)) (từ ngày \(start) đến ngày \(DateLine.day(last.day))/\(DateLine.day(last.month))/\(last.year))"
    }
}

extension WeekTableView {
    init(week: ISOWeek, months: [YearMonth: Schedule]) {
        caption = "Lịch công tác tuần \(DateLine.day(week.week)) năm \(week.year)"
        let dates = week.days
        /// Per month given: its calendar and its agenda days (of every agenda in the file, in order).
        var sources: [YearMonth: (holidays: HolidayCalendar, days: [AgendaDay])] = [:]
        for (month, schedule) in months {
            sources[month] = (schedule.holidays, schedule.sections.flatMap(\.allSections).compactMap(\.agenda).flatMap(\.days))
        }
        func month(_ date: CivilDate) -> YearMonth { YearMonth(year: date.year, month: date.month) }
        /// The file's entry for a date: the first listed day or range that holds it.
        func entry(_ date: CivilDate) -> Int? {
            sources[month(date)]?.days.firstIndex { $0.days.first <= date.day && date.day <= $0.days.last }
        }

        var result: [WeekDayView] = []
        var index = 0
        while index < dates.count {
            let date = dates[index]
            guard let source = sources[month(date)] else {
                index += 1
                continue
            }
            var last = index
            if let listed = entry(date) {
                // A range of the file, clipped to the week and to its month.
                while last + 1 < dates.count, month(dates[last + 1]) == month(date), entry(dates[last + 1]) == listed { last += 1 }
                let day = source.days[listed]
                let offDays = dates[index...last].allSatisfy { !source.holidays.isWorkingDay($0) }
                result.append(WeekDayView(dates: Array(dates[index...last]), isDayOff: offDays, rows: Self.rows(day)))
            } else if !source.holidays.isWorkingDay(date) {
                // Days off the file leaves out, joined as in the monthly agenda: a Saturday–Sunday pair, one holiday's days.
                let off = source.holidays.dayOff(on: date)
                while last + 1 < dates.count, let next = sources[month(dates[last + 1])], entry(dates[last + 1]) == nil,
                      !next.holidays.isWorkingDay(dates[last + 1]) {
                    let nextOff = next.holidays.dayOff(on: dates[last + 1])
                    let sameKind = (off == nil && nextOff == nil && dates[last].weekday == .saturday)
                        || (off != nil && nextOff?.name == off?.name)
                    guard sameKind else { break }
                    last += 1
                }
                let row = WeekRowView(isFirst: true, text: off?.name.uppercased(), timeSpan: 0)
                result.append(WeekDayView(dates: Array(dates[index...last]), isDayOff: true, rows: [row]))
            } else {
                // A working day without entries still has its row: a week's table lists every working day.
                result.append(WeekDayView(dates: [date], isDayOff: false, rows: [WeekRowView(isFirst: true, timeSpan: 0)]))
            }
            index = last + 1
        }
        days = result
    }

    /// The rows of one listed day: its note and whole-day text first, then one row per item, the
    /// time cell spanning a run of items at the same time.
    static func rows(_ day: AgendaDay) -> [WeekRowView] {
        var rows: [WeekRowView] = []
        if day.note != nil || day.text != nil || day.items.isEmpty {
            rows.append(WeekRowView(isFirst: true, note: day.note, text: day.text, timeSpan: 0))
        }
        var index = 0
        while index < day.items.count {
            var end = index
            if let time = day.items[index].time {
                while end + 1 < day.items.count, day.items[end + 1].time == time { end += 1 }
            }
            for position in index...end {
                let item = day.items[position]
                rows.append(WeekRowView(isFirst: rows.isEmpty, time: position == index ? item.time : nil,
                                        timeSpan: position == index ? end - index + 1 : 0,
                                        itemText: item.text, unit: item.unit, leader: item.leader))
            }
            index = end + 1
        }
        return rows
    }
}

extension WeekDayView {
    /// `dates` are consecutive days of one week.
    init(dates: [CivilDate], isDayOff: Bool, rows: [WeekRowView]) {
        let (first, last) = (dates.first!, dates.last!)
        switch dates.count {
        case 1: weekday = first.weekday.vietnameseName
        case 2: weekday = "\(first.weekday.vietnameseName), \(last.weekday.vietnameseName)"
        default: weekday = "\(first.weekday.vietnameseName) - \(last.weekday.vietnameseName)"
        }
        let end = "\(DateLine.day(last.day))/\(DateLine.day(last.month))"
        if dates.count == 1 {
            date = end
        } else if first.month == last.month {
            date = "\(DateLine.day(first.day))-" + end
        } else {
            date = "\(DateLine.day(first.day))/\(DateLine.day(first.month))-" + end
        }
        self.isDayOff = isDayOff
        self.rows = rows
    }
}
