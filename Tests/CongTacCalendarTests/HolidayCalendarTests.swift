import Testing
@testable import CongTacCalendar

private func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    CivilDate(year: year, month: month, day: day)
}

private func days(_ year: Int, _ month: Int, _ range: ClosedRange<Int>) -> [CivilDate] {
    range.map { date(year, month, $0) }
}

/// Days off as announced for civil servants (sources in `AnnouncedHolidays`) and by the
/// Labour Code 2019, art. 111–112.
@Suite struct HolidayCalendarTests {
    let calendar = HolidayCalendar()

    func summary(_ year: Int, _ month: Int) -> [String] {
        calendar.daysOff(year: year, month: month).map { "\($0.date.day) \($0.kind) \($0.name)" }
    }

    @Test func year2025() {
        let tet = "Tết Nguyên đán Ất Tỵ"
        #expect(summary(2025, 1) == ["1 holiday Tết Dương lịch"] + (25...31).map { "\($0) tetBreak \(tet)" })
        #expect(summary(2025, 2) == ["1 tetBreak \(tet)", "2 tetBreak \(tet)"])
        #expect(summary(2025, 3) == [])
        #expect(summary(2025, 4) == ["7 holiday Giỗ Tổ Hùng Vương", "30 holiday Ngày Chiến thắng"])
        #expect(summary(2025, 5) == [
            "1 holiday Ngày Quốc tế Lao động",
            "2 swapped Nghỉ hoán đổi (làm bù Thứ Bảy 26/4/2025)",
        ])
        #expect(summary(2025, 9) == ["1 holiday Quốc khánh", "2 holiday Quốc khánh"])
        for month in [6, 7, 8, 10, 11, 12] { #expect(summary(2025, month) == []) }
        // Saturday 26/4 is worked in exchange for Friday 2/5.
        #expect(calendar.isWorkingDay(date(2025, 4, 26)))
        #expect(calendar.dayOff(on: date(2025, 4, 26)) == nil)
        #expect(!calendar.isWorkingDay(date(2025, 5, 2)))
        #expect(!calendar.isWorkingDay(date(2025, 5, 3)))
    }

    @Test func year2026() {
        let tet = "Tết Nguyên đán Bính Ngọ"
        #expect(summary(2026, 1) == ["1 holiday Tết Dương lịch", "2 swapped Nghỉ hoán đổi (làm bù Thứ Bảy 10/1/2026)"])
        #expect(summary(2026, 2) == (14...22).map { "\($0) tetBreak \(tet)" })
        #expect(summary(2026, 4) == [
            "26 holiday Giỗ Tổ Hùng Vương", "27 makeUp Nghỉ bù Giỗ Tổ Hùng Vương", "30 holiday Ngày Chiến thắng",
        ])
        #expect(summary(2026, 5) == ["1 holiday Ngày Quốc tế Lao động"])
        #expect(summary(2026, 8) == ["31 swapped Nghỉ hoán đổi (làm bù Thứ Bảy 22/8/2026)"])
        #expect(summary(2026, 9) == ["1 holiday Quốc khánh", "2 holiday Quốc khánh"])
        #expect(calendar.isWorkingDay(date(2026, 1, 10)))
        #expect(calendar.isWorkingDay(date(2026, 8, 22)))
        #expect(!calendar.isWorkingDay(date(2026, 2, 23 - 1)))
        #expect(calendar.isWorkingDay(date(2026, 2, 23)))
    }

    @Test func makeUpDaysOf2021To2024() {
        let expected: [(CivilDate, String)] = [
            (date(2021, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động"),
            (date(2022, 1, 3), "Nghỉ bù Tết Dương lịch"),
            (date(2022, 4, 11), "Nghỉ bù Giỗ Tổ Hùng Vương"),
            (date(2022, 5, 2), "Nghỉ bù Ngày Chiến thắng"),
            (date(2022, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động"),
            (date(2023, 1, 2), "Nghỉ bù Tết Dương lịch"),
            (date(2023, 5, 2), "Nghỉ bù Giỗ Tổ Hùng Vương"),
            (date(2023, 5, 3), "Nghỉ bù Ngày Chiến thắng"),
            (date(2023, 9, 4), "Nghỉ bù Quốc khánh"),
        ]
        for (day, name) in expected {
            #expect(calendar.dayOff(on: day) == DayOff(date: day, name: name, kind: .makeUp))
        }
        // 30/4–1/5/2024: Monday 29/4 off, Saturday 4/5 worked.
        #expect(calendar.dayOff(on: date(2024, 4, 29))?.kind == .swapped)
        #expect(calendar.isWorkingDay(date(2024, 5, 4)))
        // Quốc khánh 2024: Monday 2/9 and Tuesday 3/9.
        #expect(calendar.daysOff(year: 2024, month: 9).map(\.date) == [date(2024, 9, 2), date(2024, 9, 3)])
    }

    /// The default Tết rule gives the very breaks that were announced.
    @Test func defaultTetRuleMatchesAnnouncements() {
        for announced in AnnouncedHolidays.tetBreaks {
            let expected = (announced.first.dayNumber...announced.last.dayNumber).map(CivilDate.init(dayNumber:))
            #expect(HolidayCalendar.defaultTetBreak(lunarYear: announced.lunarYear) == expected, "\(announced.lunarYear)")
        }
        // 2020 (Tết on Saturday 25/1): 23/1–29/1/2020, as announced.
        #expect(HolidayCalendar.defaultTetBreak(lunarYear: 2020) == days(2020, 1, 23...29))
    }

    /// The default choice of the second Quốc khánh day is the one announced in 2021–2026.
    @Test func defaultNationalDayRuleMatchesAnnouncements() {
        for (year, companion) in AnnouncedHolidays.nationalDayCompanions {
            let second = date(year, 9, 2)
            let byRule = [.monday, .thursday, .sunday].contains(second.weekday) ? second.adding(days: 1) : second.adding(days: -1)
            #expect(byRule == companion, "\(year)")
        }
    }

    /// A year without announcements: 2027 (Tết on Saturday 6/2, 2/9 on a Thursday).
    @Test func defaultRulesIn2027() {
        let tet = (3...11).compactMap { calendar.dayOff(on: date(2027, 2, $0)) }
        #expect(tet.map(\.date) == days(2027, 2, 4...10))
        #expect(tet.allSatisfy { $0.kind == .tetBreak && $0.name == "Tết Nguyên đán Đinh Mùi" })
        #expect(calendar.daysOff(year: 2027, month: 9).map(\.date) == [date(2027, 9, 2), date(2027, 9, 3)])
        // 1/5/2027 is a Saturday: made up on Monday 3/5.
        #expect(calendar.dayOff(on: date(2027, 5, 3)) == DayOff(date: date(2027, 5, 3), name: "Nghỉ bù Ngày Quốc tế Lao động", kind: .makeUp))
    }

    @Test func everyYearHasTheStatutoryDays() {
        for year in 1990...2100 {
            let off = HolidayCalendar.statutoryDaysOff(year: year)
            let holidays = off.values.filter { $0.kind == .holiday }.count
            let tetDays = off.values.filter { $0.kind == .tetBreak }.filter { !$0.date.weekday.isWeekend }.count
            #expect(holidays == 6, "\(year)")
            #expect(tetDays >= 5, "\(year)")
            #expect(off.values.allSatisfy { $0.date.year == year })
        }
    }

    @Test func weekdaysAndWeekends() {
        #expect(calendar.isWorkingDay(date(2025, 3, 3)))
        #expect(!calendar.isWorkingDay(date(2025, 3, 8)))
        #expect(!calendar.isWorkingDay(date(2025, 3, 9)))
        #expect(calendar.dayOff(on: date(2025, 3, 8)) == nil)
    }

    @Test func agencyOverridesAndWorkingDays() {
        let custom = HolidayCalendar(
            overrides: [DayOff(date: date(2025, 11, 24), name: "Ngày Văn hóa Việt Nam", kind: .holiday)],
            workingDays: [date(2025, 5, 2), date(2025, 3, 8)])
        #expect(custom.dayOff(on: date(2025, 11, 24))?.name == "Ngày Văn hóa Việt Nam")
        #expect(!custom.isWorkingDay(date(2025, 11, 24)))
        #expect(custom.dayOff(on: date(2025, 5, 2)) == nil)
        #expect(custom.isWorkingDay(date(2025, 5, 2)))
        #expect(custom.isWorkingDay(date(2025, 3, 8)))
        #expect(custom.daysOff(year: 2025, month: 11).map(\.name) == ["Ngày Văn hóa Việt Nam"])
    }
}
