import Testing
@testable import CongTacCalendar

@Suite struct CivilDateTests {
    @Test func weekdaysOfKnownDates() {
        #expect(CivilDate(year: 2025, month: 2, day: 3).weekday == .monday)
        #expect(CivilDate(year: 2023, month: 7, day: 1).weekday == .saturday)
        #expect(CivilDate(year: 1970, month: 1, day: 1).weekday == .thursday)
        #expect(CivilDate(year: 1900, month: 1, day: 1).weekday == .monday)
        #expect(CivilDate(year: 2100, month: 12, day: 31).weekday == .friday)
    }

    @Test func dayNumberRoundTrips() {
        for n in stride(from: -30_000, through: 60_000, by: 7) {
            #expect(CivilDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test func dateLineLeadingZeros() {
        #expect(DateLine.dateLine(place: "Hà Tĩnh", year: 2025, month: 2, day: 3) == "Hà Tĩnh, ngày 03 tháng 02 năm 2025")
        #expect(DateLine.dateLine(place: "Hà Tĩnh", year: 2023, month: 7, day: 15) == "Hà Tĩnh, ngày 15 tháng 7 năm 2023")
        #expect(DateLine.number(7) == "07")
        #expect(DateLine.number(12) == "12")
    }
}
