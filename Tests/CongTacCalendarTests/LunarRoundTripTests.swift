import Testing
@testable import CongTacCalendar

/// Whole-range properties over every day from Tết 1900 (1900-01-31) to 2100-12-31.
@Suite struct LunarRoundTripTests {
    static let first = CivilDate(year: 1900, month: 1, day: 31).dayNumber
    static let last = CivilDate(year: 2100, month: 12, day: 31).dayNumber

    @Test func solarToLunarToSolarForEveryDay() {
        var failures = 0
        for n in Self.first...Self.last {
            let day = CivilDate(dayNumber: n)
            let lunar = LunarCalendar.lunarDate(for: day)
            if LunarCalendar.solarDate(for: lunar) != day {
                failures += 1
                if failures <= 5 { Issue.record("\(day) → \(lunar) → \(String(describing: LunarCalendar.solarDate(for: lunar)))") }
            }
        }
        #expect(failures == 0)
    }

    /// Consecutive days give the next lunar day, or day 1 of the next month after day 29 or 30;
    /// a leap month follows the month whose number it repeats, and month 1 opens a new year.
    @Test func consecutiveDaysAreConsecutiveLunarDays() {
        var previous = LunarCalendar.lunarDate(for: CivilDate(dayNumber: Self.first))
        #expect(previous == LunarDate(year: 1900, month: 1, day: 1))
        var failures = 0
        for n in (Self.first + 1)...Self.last {
            let current = LunarCalendar.lunarDate(for: CivilDate(dayNumber: n))
            let ok: Bool
            if current.day == 1 {
                let monthEnded = previous.day == 29 || previous.day == 30
                let nextMonth: Bool
                if current.isLeapMonth {
                    nextMonth = current.year == previous.year && current.month == previous.month && !previous.isLeapMonth
                } else if current.month == 1 {
                    nextMonth = current.year == previous.year + 1 && previous.month == 12
                } else {
                    nextMonth = current.year == previous.year && current.month == previous.month + 1
                }
                ok = monthEnded && nextMonth
            } else {
                ok = current.year == previous.year && current.month == previous.month
                    && current.isLeapMonth == previous.isLeapMonth && current.day == previous.day + 1
            }
            if !ok {
                failures += 1
                if failures <= 5 { Issue.record("\(previous) then \(current) on \(CivilDate(dayNumber: n))") }
            }
            previous = current
        }
        #expect(failures == 0)
    }

    /// A year has 12 months (353–355 days) or, with a leap month, 13 (383–385 days), and a leap
    /// month exactly when it has 13.
    @Test func yearLengths() {
        for year in 1900...2100 {
            let length = LunarCalendar.tet(lunarYear: year + 1).dayNumber - LunarCalendar.tet(lunarYear: year).dayNumber
            if LunarCalendar.leapMonth(lunarYear: year) == nil {
                #expect((353...355).contains(length), "\(year): \(length) days")
            } else {
                #expect((383...385).contains(length), "\(year): \(length) days")
            }
        }
    }
}
