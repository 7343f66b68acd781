/// The days of one Gregorian month with their weekday, lunar date and day off: what
/// `congtac calendar` prints and what `congtac new` builds a draft from.
public enum MonthCalendar {
    /// One day of the month.
    public struct Row: Sendable, Equatable, Hashable {
        public var date: CivilDate
        public var lunar: LunarDate
        /// The holiday, make-up day, Tết break day or swapped day off on this date, if any.
        public var dayOff: DayOff?
        /// Whether public offices work: Monday to Friday unless a day off, plus the Saturdays
        /// worked in exchange for a swapped day off.
        public var isWorkingDay: Bool

        public init(date: CivilDate, lunar: LunarDate, dayOff: DayOff?, isWorkingDay: Bool) {
            self.date = date
            self.lunar = lunar
            self.dayOff = dayOff
            self.isWorkingDay = isWorkingDay
        }

        public var weekday: Weekday { date.weekday }

        /// The lunar day and month, short: `4/2`, and `1/6 nhuận` in a leap month.
        public var lunarText: String { MonthCalendar.shortLunarText(lunar) }
    }

    /// The years `rows` accepts: the range in which the lunar calendar was checked day by day.
    public static let supportedYears: ClosedRange<Int> = 1900...2100

    /// Every day of `month` of `year` in order; an empty list for a month outside 1…12.
    public static func rows(year: Int, month: Int, holidays: HolidayCalendar = HolidayCalendar()) -> [Row] {
        guard (1...12).contains(month) else { return [] }
        return (1...CivilDate.daysInMonth(year: year, month: month)).map { day in
            let date = CivilDate(year: year, month: month, day: day)
            return Row(date: date, lunar: LunarCalendar.lunarDate(for: date),
                       dayOff: holidays.dayOff(on: date), isWorkingDay: holidays.isWorkingDay(date))
        }
    }

    /// The lunar years the rows fall in, in order, each with the first day of the month that is in it:
    /// January 2025 gives 2024 (Giáp Thìn) from the 1st and 2025 (Ất Tỵ) from the 29th.
    public static func lunarYears(of rows: [Row]) -> [(lunarYear: Int, from: CivilDate)] {
        var result: [(lunarYear: Int, from: CivilDate)] = []
        for row in rows where result.last?.lunarYear != row.lunar.year {
            result.append((row.lunar.year, row.date))
        }
        return result
    }

    /// The runs of consecutive days that share one day off (same name), in order: a Tết break, a
    /// holiday and its make-up day when adjacent and named alike, and so on. Each run is the first and
    /// the last row of the run.
    public static func dayOffRuns(of rows: [Row]) -> [(first: Row, last: Row, dayOff: DayOff)] {
        var runs: [(first: Row, last: Row, dayOff: DayOff)] = []
        for row in rows {
            guard let off = row.dayOff else { continue }
            if let last = runs.last, last.dayOff.name == off.name,
               last.last.date.adding(days: 1) == row.date {
                runs[runs.count - 1].last = row
            } else {
                runs.append((row, row, off))
            }
        }
        return runs
    }

    /// `4/2`, `1/6 nhuận`.
    public static func shortLunarText(_ lunar: LunarDate) -> String {
        "\(lunar.day)/\(lunar.month)\(lunar.isLeapMonth ? " nhuận" : "")"
    }
}
