import Foundation

/// Public holidays and days off of Vietnamese public offices (Labour Code 2019, art. 111–112),
/// with the decisions the government announced for 2021–2026 (`AnnouncedHolidays`) and, for the
/// other years, these default rules:
///
/// - Holidays: 1/1 (Tết Dương lịch); Giỗ Tổ Hùng Vương on 10/3 lunar; 30/4 (Ngày Chiến thắng);
///   1/5 (Ngày Quốc tế Lao động); 2/9 (Quốc khánh) and one adjacent day: 3/9 when 2/9 is a Monday,
///   Thursday or Sunday, otherwise 1/9 — the weekday that joins the holiday to a weekend, or the day
///   before when neither does. This reproduces every choice announced for 2021–2026.
/// - Tết Nguyên đán: five days, the last two days of the old lunar year and the first three of the
///   new one, each that falls on a weekend made up on the next weekday after them. The break runs
///   from the first of those days to the last make-up day, widened to the Saturday and Sunday
///   directly before and after it. This gives exactly the breaks announced for 2020–2026.
/// - A holiday on a Saturday, a Sunday or another day off is made up (nghỉ bù) on the next working
///   day that is not already off (art. 111(3)).
///
/// Saturdays and Sundays are days of rest; they are listed as days off only inside a Tết break.
/// Days the law does not (yet) list — such as 24/11, Ngày Văn hóa Việt Nam, announced in 2026 as a
/// future day off but not in art. 112 at the time of writing — are added with `overrides`.
public struct HolidayCalendar: Sendable {
    private let overrides: [CivilDate: DayOff]
    private let extraWorkingDays: Set<CivilDate>

    /// - Parameters:
    ///   - overrides: days off an agency adds, or whose name or kind it replaces.
    ///   - workingDays: days an agency works although the rules make them days off or weekend days;
    ///     they win over `overrides`.
    public init(overrides: [DayOff] = [], workingDays: [CivilDate] = []) {
        self.overrides = Dictionary(overrides.map { ($0.date, $0) }, uniquingKeysWith: { _, last in last })
        self.extraWorkingDays = Set(workingDays)
    }

    /// The day off on `date`, or `nil` on an ordinary working day or an ordinary weekend day.
    public func dayOff(on date: CivilDate) -> DayOff? {
        if extraWorkingDays.contains(date) { return nil }
        if let override = overrides[date] { return override }
        return YearCache.shared.daysOff(year: date.year)[date]
    }

    /// The days off of a month, in date order.
    public func daysOff(year: Int, month: Int) -> [DayOff] {
        let days = CivilDate.daysInMonth(year: year, month: month)
        return (1...days).compactMap { dayOff(on: CivilDate(year: year, month: month, day: $0)) }
    }

    /// Whether offices work on `date`: Monday to Friday unless it is a day off, and any Saturday or
    /// Sunday announced (or given in `workingDays`) as a working day in exchange for a swapped day off.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if extraWorkingDays.contains(date) { return true }
        if dayOff(on: date) != nil { return false }
        return Self.announcedWorkingDays.contains(date) || !date.weekday.isWeekend
    }

    /// The Saturdays worked in exchange for swapped days off that the government announced.
    public static var announcedWorkingDays: Set<CivilDate> { announcedWorkingDaySet }

    private static let announcedWorkingDaySet = Set(AnnouncedHolidays.swaps.map(\.workedOn))

    /// The years whose Tết break, second Quốc khánh day and swaps come from announcements
    /// rather than from the default rules.
    public static var announcedYears: ClosedRange<Int> { AnnouncedHolidays.years }

    // MARK: - The rules

    /// Every day off of Gregorian year `year` under the rules and the announcements, by date.
    static func statutoryDaysOff(year: Int) -> [CivilDate: DayOff] {
        var off: [CivilDate: DayOff] = [:]
        let working = announcedWorkingDays

        // Tết: the whole break is one span of days off.
        let tetName = "Tết Nguyên đán \(CanChi.yearName(lunarYear: year))"
        for day in tetBreak(lunarYear: year) {
            off[day] = DayOff(date: day, name: tetName, kind: .tetBreak)
        }

        // The holidays with a date of their own, and the ones that need a make-up day.
        var needMakeUp: [DayOff] = []
        for holiday in fixedHolidays(year: year) {
            if off[holiday.date] != nil {
                needMakeUp.append(holiday)
                continue
            }
            off[holiday.date] = holiday
            if holiday.date.weekday.isWeekend { needMakeUp.append(holiday) }
        }
        for holiday in needMakeUp {
            var day = holiday.date.adding(days: 1)
            while day.weekday.isWeekend || off[day] != nil || working.contains(day) { day = day.adding(days: 1) }
            off[day] = DayOff(date: day, name: "Nghỉ bù \(holiday.name)", kind: .makeUp)
        }

        // Announced swaps of a working day against a Saturday.
        for swap in AnnouncedHolidays.swaps where swap.dayOff.year == year && off[swap.dayOff] == nil {
            off[swap.dayOff] = DayOff(
                date: swap.dayOff,
                name: "Nghỉ hoán đổi (làm bù \(swap.workedOn.weekday.vietnameseName) \(swap.workedOn.day)/\(swap.workedOn.month)/\(swap.workedOn.year))",
                kind: .swapped)
        }
        return off
    }

    /// The holidays of art. 112 other than Tết, in date order.
    static func fixedHolidays(year: Int) -> [DayOff] {
        var holidays = [
            DayOff(date: CivilDate(year: year, month: 1, day: 1), name: "Tết Dương lịch", kind: .holiday),
            DayOff(date: CivilDate(year: year, month: 4, day: 30), name: "Ngày Chiến thắng", kind: .holiday),
            DayOff(date: CivilDate(year: year, month: 5, day: 1), name: "Ngày Quốc tế Lao động", kind: .holiday),
            DayOff(date: CivilDate(year: year, month: 9, day: 2), name: "Quốc khánh", kind: .holiday),
            DayOff(date: nationalDayCompanion(year: year), name: "Quốc khánh", kind: .holiday),
        ]
        if let hungKings = LunarCalendar.solarDate(for: LunarDate(year: year, month: 3, day: 10)) {
            holidays.append(DayOff(date: hungKings, name: "Giỗ Tổ Hùng Vương", kind: .holiday))
        }
        return holidays.sorted { $0.date < $1.date }
    }

    /// The second day of Quốc khánh: announced, or by the default rule.
    static func nationalDayCompanion(year: Int) -> CivilDate {
        if let announced = AnnouncedHolidays.nationalDayCompanions[year] { return announced }
        let second = CivilDate(year: year, month: 9, day: 2)
        switch second.weekday {
        case .monday, .thursday, .sunday: return second.adding(days: 1)
        default: return second.adding(days: -1)
        }
    }

    /// The days of the Tết break of `lunarYear`: announced, or by the default rule.
    static func tetBreak(lunarYear: Int) -> [CivilDate] {
        if let announced = AnnouncedHolidays.tetBreaks.first(where: { $0.lunarYear == lunarYear }) {
            return (announced.first.dayNumber...announced.last.dayNumber).map(CivilDate.init(dayNumber:))
        }
        return defaultTetBreak(lunarYear: lunarYear)
    }

    /// The Tết break of `lunarYear` by the default rule.
    static func defaultTetBreak(lunarYear: Int) -> [CivilDate] {
        let tet = LunarCalendar.tet(lunarYear: lunarYear)
        let holidays = (-2...2).map { tet.adding(days: $0) }
        var last = holidays[holidays.count - 1]
        var makeUps = holidays.filter { $0.weekday.isWeekend }.count
        while makeUps > 0 {
            last = last.adding(days: 1)
            if !last.weekday.isWeekend { makeUps -= 1 }
        }
        var first = holidays[0]
        while first.adding(days: -1).weekday.isWeekend { first = first.adding(days: -1) }
        while last.adding(days: 1).weekday.isWeekend { last = last.adding(days: 1) }
        return (first.dayNumber...last.dayNumber).map(CivilDate.init(dayNumber:))
    }
}

/// The statutory days off of each year, computed once: the rules need the lunar calendar, and
/// checking and rendering a month ask about every one of its days.
private final class YearCache: @unchecked Sendable {
    static let shared = YearCache()
    private let lock = NSLock()
    private var years: [Int: [CivilDate: DayOff]] = [:]

    func daysOff(year: Int) -> [CivilDate: DayOff] {
        lock.lock()
        defer { lock.unlock() }
        if let cached = years[year] { return cached }
        let computed = HolidayCalendar.statutoryDaysOff(year: year)
        years[year] = computed
        return computed
    }
}
