import CongTacCalendar
import Foundation
import Testing

/// ISO 8601 weeks, against the decree-free definition (the week of the year's first Thursday) and
/// against Foundation's ISO 8601 calendar over half a century.
@Suite struct ISOWeekTests {
    @Test func weekOneCanStartInTheYearBefore() throws {
        let week = try #require(ISOWeek(parsing: "2025-W01"))
        #expect(week.monday == CivilDate(year: 2024, month: 12, day: 30))
        #expect(week.sunday == CivilDate(year: 2025, month: 1, day: 5))
        #expect(ISOWeek(containing: CivilDate(year: 2024, month: 12, day: 31)) == week)
    }

    @Test func aLastWeekCanEndInTheYearAfter() throws {
        // 2026 starts on a Thursday: 53 weeks, the last one ending on 3 January 2027.
        #expect(ISOWeek.weeks(in: 2026) == 53)
        let last = try #require(ISOWeek(year: 2026, week: 53))
        #expect(last.sunday == CivilDate(year: 2027, month: 1, day: 3))
        #expect(ISOWeek(containing: CivilDate(year: 2027, month: 1, day: 1)) == last)
        #expect(last.next.description == "2027-W01")
        #expect(ISOWeek(year: 2025, week: 53) == nil)
        // 2020 starts on a Wednesday and is a leap year: 53 weeks too.
        #expect(ISOWeek.weeks(in: 2020) == 53)
        #expect(ISOWeek(containing: CivilDate(year: 2021, month: 1, day: 3)).description == "2020-W53")
    }

    @Test func parsingAcceptsOnlyTheISOForm() {
        #expect(ISOWeek(parsing: "2025-W06")?.monday == CivilDate(year: 2025, month: 2, day: 3))
        #expect(ISOWeek(parsing: "2025-w6")?.week == 6)
        for bad in ["2025-06", "2025W06", "2025-W00", "2025-W54", "2025-W+6", "25-W06", "2025-W006", "", "2025-W"] {
            #expect(ISOWeek(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func aMonthsWeeksIncludeThoseItShares() {
        let february = ISOWeek.weeks(ofYear: 2025, month: 2).map(\.description)
        #expect(february == ["2025-W05", "2025-W06", "2025-W07", "2025-W08", "2025-W09"])
        // December 2024 ends in 2025-W01.
        #expect(ISOWeek.weeks(ofYear: 2024, month: 12).last?.description == "2025-W01")
    }

    @Test func agreesWithFoundationsISO8601Calendar() {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var date = CivilDate(year: 1990, month: 1, day: 1)
        while date.year < 2041 {
            let components = DateComponents(year: date.year, month: date.month, day: date.day)
            let day = calendar.date(from: components)!
            let week = ISOWeek(containing: date)
            #expect(week.week == calendar.component(.weekOfYear, from: day), "\(date)")
            #expect(week.year == calendar.component(.yearForWeekOfYear, from: day), "\(date)")
            #expect(week.days.contains(date))
            date = date.adding(days: 1)
            if week.week > 1, week.week < 52 { date = date.adding(days: 6) }  // one day a week, all of the turn of a year
        }
    }
}
