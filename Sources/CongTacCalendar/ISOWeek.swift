/// An ISO 8601 week (`2025-W06`): Monday to Sunday, numbered in the year that holds its Thursday,
/// so that week 1 holds the year's first Thursday (2025-W01 starts on 2024-12-30, 2021-W53 ends on
/// 2022-01-02). Weekly schedules are numbered so ("Tuần 06").
public struct ISOWeek: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let week: Int

    /// The week `week` of ISO year `year`, if the year has it (52 or 53 weeks).
    public init?(year: Int, week: Int) {
        guard week >= 1, week <= Self.weeks(in: year) else { return nil }
        self.year = year
        self.week = week
    }

    /// The week that holds `date`.
    public init(containing date: CivilDate) {
        let thursday = date.adding(days: 4 - date.weekday.rawValue)
        year = thursday.year
        week = (thursday.dayNumber - CivilDate(year: thursday.year, month: 1, day: 1).dayNumber) / 7 + 1
    }

    /// `2025-W06` (also `2025-w6`); nil for anything else or a week the year does not have.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]),
              let w = parts[1].first, w == "W" || w == "w",
              (2...3).contains(parts[1].count), parts[1].dropFirst().allSatisfy { $0.isASCII && $0.isNumber },
              let week = Int(parts[1].dropFirst()) else { return nil }
        self.init(year: year, week: week)
    }

    /// The week's Monday.
    public var monday: CivilDate {
        // 4 January is always in week 1.
        let january4 = CivilDate(year: year, month: 1, day: 4)
        return january4.adding(days: 1 - january4.weekday.rawValue + 7 * (week - 1))
    }

    public var sunday: CivilDate { monday.adding(days: 6) }

    /// Monday … Sunday.
    public var days: [CivilDate] { (0..<7).map { monday.adding(days: $0) } }

    public var next: ISOWeek { ISOWeek(containing: monday.adding(days: 7)) }
    public var previous: ISOWeek { ISOWeek(containing: monday.adding(days: -7)) }

    /// 53 when the year starts on a Thursday, or on a Wednesday in a leap year; else 52.
    public static func weeks(in year: Int) -> Int {
        let first = CivilDate(year: year, month: 1, day: 1).weekday
        return first == .thursday || (first == .wednesday && CivilDate.isLeapYear(year)) ? 53 : 52
    }

    /// The weeks that hold at least one day of the month, in order.
    public static func weeks(ofYear year: Int, month: Int) -> [ISOWeek] {
        let first = CivilDate(year: year, month: month, day: 1)
        let last = CivilDate(year: year, month: month, day: CivilDate.daysInMonth(year: year, month: month))
        var result: [ISOWeek] = []
        var week = ISOWeek(containing: first)
        while week.monday <= last {
            result.append(week)
            week = week.next
        }
        return result
    }

    public static func < (a: ISOWeek, b: ISOWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }

    /// `2025-W06`.
    public var description: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-W" + (week < 10 ? "0" : "") + String(week)
    }
}
