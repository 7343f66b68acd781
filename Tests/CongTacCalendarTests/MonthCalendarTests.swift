import Testing
@testable import CongTacCalendar

/// The rows `congtac calendar` prints and `congtac new` drafts from.
@Suite struct MonthCalendarTests {
    @Test func january2025HasTetAndTwoLunarYears() {
        let rows = MonthCalendar.rows(year: 2025, month: 1)
        #expect(rows.count == 31)
        #expect(rows.map(\.date.day) == Array(1...31))

        let tet = rows[28]
        #expect(tet.date == CivilDate(year: 2025, month: 1, day: 29))
        #expect(tet.weekday == .wednesday)
        #expect(tet.lunar == LunarDate(year: 2025, month: 1, day: 1))
        #expect(tet.lunarText == "1/1")
        #expect(tet.dayOff?.name == "Tết Nguyên đán Ất Tỵ")
        #expect(rows[27].lunar == LunarDate(year: 2024, month: 12, day: 29))

        let years = MonthCalendar.lunarYears(of: rows)
        #expect(years.map(\.lunarYear) == [2024, 2025])
        #expect(years.map(\.from.day) == [1, 29])
        #expect(years.map { CanChi.yearName(lunarYear: $0.lunarYear) } == ["Giáp Thìn", "Ất Tỵ"])

        #expect(rows[0].dayOff?.name == "Tết Dương lịch")
        #expect(!rows[0].isWorkingDay)
        #expect(rows.filter { $0.dayOff?.kind == .tetBreak }.map(\.date.day) == Array(25...31))
        #expect(rows.filter(\.isWorkingDay).count == 17)
    }

    @Test func theTetBreakRunsOverTheMonthEnd() {
        let january = MonthCalendar.dayOffRuns(of: MonthCalendar.rows(year: 2025, month: 1))
        #expect(january.map { "\($0.first.date.day)-\($0.last.date.day) \($0.dayOff.name)" }
            == ["1-1 Tết Dương lịch", "25-31 Tết Nguyên đán Ất Tỵ"])
        let february = MonthCalendar.dayOffRuns(of: MonthCalendar.rows(year: 2025, month: 2))
        #expect(february.map { "\($0.first.date.day)-\($0.last.date.day)" } == ["1-2"])
        let february2026 = MonthCalendar.dayOffRuns(of: MonthCalendar.rows(year: 2026, month: 2))
        #expect(february2026.map { "\($0.first.date.day)-\($0.last.date.day) \($0.dayOff.name)" }
            == ["14-22 Tết Nguyên đán Bính Ngọ"])
    }

    @Test func july2025HasTheLeapSixthMonth() {
        let rows = MonthCalendar.rows(year: 2025, month: 7)
        #expect(rows[23].lunar == LunarDate(year: 2025, month: 6, day: 30))
        #expect(rows[23].lunarText == "30/6")
        #expect(rows[24].date == CivilDate(year: 2025, month: 7, day: 25))
        #expect(rows[24].lunar == LunarDate(year: 2025, month: 6, day: 1, isLeapMonth: true))
        #expect(rows[24].lunarText == "1/6 nhuận")
        #expect(rows[24...].allSatisfy { $0.lunar.isLeapMonth })
        #expect(rows[..<24].allSatisfy { !$0.lunar.isLeapMonth })
        #expect(MonthCalendar.lunarYears(of: rows).map(\.lunarYear) == [2025])
        #expect(rows.allSatisfy { $0.dayOff == nil })
    }

    @Test func swappedDaysAndWorkedSaturdays() {
        let april = MonthCalendar.rows(year: 2025, month: 4)
        // 26/4/2025, a Saturday, was worked in exchange for Friday 2/5.
        #expect(april[25].weekday == .saturday)
        #expect(april[25].isWorkingDay)
        #expect(april[25].dayOff == nil)
        #expect(april[29].dayOff?.name == "Ngày Chiến thắng")
        let may = MonthCalendar.rows(year: 2025, month: 5)
        #expect(may[1].dayOff?.kind == .swapped)
        #expect(!may[1].isWorkingDay)
    }

    @Test func everyMonthOfTheSupportedYearsIsComplete() {
        for year in [MonthCalendar.supportedYears.lowerBound, 1985, 2030, MonthCalendar.supportedYears.upperBound] {
            for month in 1...12 {
                let rows = MonthCalendar.rows(year: year, month: month)
                #expect(rows.count == CivilDate.daysInMonth(year: year, month: month))
                // Consecutive days have consecutive lunar days, or a new lunar month starts at 1.
                for (a, b) in zip(rows, rows.dropFirst()) {
                    #expect(b.lunar.day == a.lunar.day + 1 || (b.lunar.day == 1 && a.lunar.day >= 29))
                }
            }
        }
        #expect(MonthCalendar.rows(year: 2025, month: 13).isEmpty)
        #expect(MonthCalendar.rows(year: 2025, month: 0).isEmpty)
    }
}
