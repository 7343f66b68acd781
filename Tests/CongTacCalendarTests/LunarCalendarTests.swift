import Testing
@testable import CongTacCalendar

private func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    CivilDate(year: year, month: month, day: day)
}

/// Known dates of the Vietnamese lunar calendar. Tết dates are the published dates of the lunar
/// new year; they equal the Chinese ones except where UTC+7 moves a new moon or the solstice to
/// another day (1903, 1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053 in 1900–2100). Every value
/// also agrees with an independent computation from the PyEphem ephemeris under the same rules.
@Suite struct LunarCalendarTests {
    static let tetDates: [(Int, CivilDate)] = [
        (1900, date(1900, 1, 31)), (1901, date(1901, 2, 19)), (1903, date(1903, 1, 28)),
        (1910, date(1910, 2, 10)), (1920, date(1920, 2, 20)), (1930, date(1930, 1, 30)),
        (1935, date(1935, 2, 3)), (1940, date(1940, 2, 8)), (1945, date(1945, 2, 13)),
        (1950, date(1950, 2, 17)), (1954, date(1954, 2, 3)), (1960, date(1960, 1, 28)),
        (1965, date(1965, 2, 1)), (1968, date(1968, 1, 29)), (1969, date(1969, 2, 16)),
        (1975, date(1975, 2, 11)), (1980, date(1980, 2, 16)), (1984, date(1984, 2, 2)),
        (1985, date(1985, 1, 21)), (1986, date(1986, 2, 9)), (1990, date(1990, 1, 27)),
        (2000, date(2000, 2, 5)), (2001, date(2001, 1, 24)), (2007, date(2007, 2, 17)),
        (2008, date(2008, 2, 7)), (2010, date(2010, 2, 14)), (2015, date(2015, 2, 19)),
        (2016, date(2016, 2, 8)), (2017, date(2017, 1, 28)), (2018, date(2018, 2, 16)),
        (2019, date(2019, 2, 5)), (2020, date(2020, 1, 25)), (2021, date(2021, 2, 12)),
        (2022, date(2022, 2, 1)), (2023, date(2023, 1, 22)), (2024, date(2024, 2, 10)),
        (2025, date(2025, 1, 29)), (2026, date(2026, 2, 17)), (2027, date(2027, 2, 6)),
        (2028, date(2028, 1, 26)), (2030, date(2030, 2, 2)), (2033, date(2033, 1, 31)),
        (2040, date(2040, 2, 12)), (2050, date(2050, 1, 23)), (2053, date(2053, 2, 18)),
        (2061, date(2061, 1, 21)), (2075, date(2075, 2, 15)), (2099, date(2099, 1, 21)),
        (2100, date(2100, 2, 9)),
    ]

    @Test(arguments: tetDates)
    func tet(lunarYear: Int, expected: CivilDate) {
        #expect(LunarCalendar.tet(lunarYear: lunarYear) == expected)
        #expect(LunarCalendar.lunarDate(for: expected) == LunarDate(year: lunarYear, month: 1, day: 1))
    }

    /// Tết always falls between 21 January and 20 February.
    @Test func tetBetweenJanuary21AndFebruary20() {
        for year in 1900...2100 {
            let tet = LunarCalendar.tet(lunarYear: year)
            #expect(tet >= date(year, 1, 21) && tet <= date(year, 2, 20), "Tết \(year) = \(tet)")
        }
    }

    /// Leap months. 1984 (none) and 1985 (2) are where Vietnam differs from China (10 in 1984);
    /// 2033 has the rare leap month 11.
    static let leapMonths: [(Int, Int?)] = [
        (1900, 8), (1906, 4), (1930, 6), (1944, 4), (1957, 8), (1976, 8), (1982, 4),
        (1984, nil), (1985, 2), (1990, 5), (1995, 8), (2001, 4), (2004, 2), (2006, 7),
        (2009, 5), (2010, nil), (2012, 4), (2014, 9), (2017, 6), (2020, 4), (2023, 2),
        (2024, nil), (2025, 6), (2026, nil), (2028, 5), (2031, 3), (2033, 11), (2036, 6),
        (2042, 2), (2050, 3), (2099, 2), (2100, nil),
    ]

    @Test(arguments: leapMonths)
    func leapMonth(lunarYear: Int, expected: Int?) {
        #expect(LunarCalendar.leapMonth(lunarYear: lunarYear) == expected)
    }

    @Test func leapMonthsStart() {
        #expect(LunarCalendar.solarDate(for: LunarDate(year: 2023, month: 2, day: 1, isLeapMonth: true)) == date(2023, 3, 22))
        #expect(LunarCalendar.solarDate(for: LunarDate(year: 2020, month: 4, day: 1, isLeapMonth: true)) == date(2020, 5, 23))
        #expect(LunarCalendar.solarDate(for: LunarDate(year: 2025, month: 6, day: 1, isLeapMonth: true)) == date(2025, 7, 25))
        #expect(LunarCalendar.lunarDate(for: date(2025, 7, 24)) == LunarDate(year: 2025, month: 6, day: 30))
        #expect(LunarCalendar.lunarDate(for: date(2025, 8, 23)) == LunarDate(year: 2025, month: 7, day: 1))
        #expect(LunarCalendar.lunarDate(for: date(2033, 12, 22)) == LunarDate(year: 2033, month: 11, day: 1, isLeapMonth: true))
    }

    @Test func knownConversions() {
        #expect(LunarCalendar.lunarDate(for: date(2025, 1, 28)) == LunarDate(year: 2024, month: 12, day: 29))
        #expect(LunarCalendar.lunarDate(for: date(2024, 2, 9)) == LunarDate(year: 2023, month: 12, day: 30))
        #expect(LunarCalendar.lunarDate(for: date(2025, 2, 12)) == LunarDate(year: 2025, month: 1, day: 15))
        #expect(LunarCalendar.lunarDate(for: date(2025, 10, 6)) == LunarDate(year: 2025, month: 8, day: 15))
        #expect(LunarCalendar.lunarDate(for: date(1900, 1, 31)) == LunarDate(year: 1900, month: 1, day: 1))
        #expect(LunarCalendar.lunarDate(for: date(2100, 12, 31)).year == 2100)
    }

    /// Giỗ Tổ Hùng Vương, 10/3 lunar.
    @Test func hungKingsDay() {
        let expected = [
            2021: date(2021, 4, 21), 2022: date(2022, 4, 10), 2023: date(2023, 4, 29),
            2024: date(2024, 4, 18), 2025: date(2025, 4, 7), 2026: date(2026, 4, 26),
        ]
        for (year, day) in expected {
            #expect(LunarCalendar.solarDate(for: LunarDate(year: year, month: 3, day: 10)) == day)
        }
    }

    @Test func datesThatDoNotExist() {
        // 2024 has no leap month; 2025 has no leap month 5.
        #expect(LunarCalendar.solarDate(for: LunarDate(year: 2024, month: 6, day: 1, isLeapMonth: true)) == nil)
        #expect(LunarCalendar.solarDate(for: LunarDate(year: 2025, month: 5, day: 1, isLeapMonth: true)) == nil)
        // Month 12 of 2024 has 29 days (31/12/2024–28/1/2025).
        #expect(LunarCalendar.monthLength(lunarYear: 2024, month: 12) == 29)
        #expect(LunarCalendar.solarDate(for: LunarDate(year: 2024, month: 12, day: 30)) == nil)
        #expect(LunarCalendar.solarDate(for: LunarDate(year: 2024, month: 12, day: 29)) == date(2025, 1, 28))
        #expect(LunarCalendar.solarDate(for: LunarDate(year: 2025, month: 13, day: 1)) == nil)
        #expect(LunarCalendar.solarDate(for: LunarDate(year: 2025, month: 1, day: 0)) == nil)
    }

    /// Around 1944-06-20 and 1967-07-07 the new moon is within a minute of midnight: the month
    /// starts on the day the DE421 ephemeris gives (some published tables say the next day).
    @Test func monthsStartingNearMidnight() {
        #expect(LunarCalendar.lunarDate(for: date(1944, 6, 20)) == LunarDate(year: 1944, month: 5, day: 1))
        #expect(LunarCalendar.lunarDate(for: date(1967, 7, 7)) == LunarDate(year: 1967, month: 6, day: 1))
    }

    @Test func description() {
        #expect(LunarDate(year: 2025, month: 3, day: 10).description == "10/3/2025")
        #expect(LunarDate(year: 2025, month: 6, day: 1, isLeapMonth: true).description == "1/6 nhuận/2025")
    }
}
