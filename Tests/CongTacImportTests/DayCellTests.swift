@testable import CongTacImport
import CongTacCalendar
import Testing

/// The day cells offices write.
@Suite struct DayCellTests {
    @Test(arguments: [
        ("03 Thứ Hai", 3, nil as Int?, Weekday.monday as Weekday?),
        ("Thứ Hai 03/02", 3, nil, .monday),
        ("Thứ Hai (03/02/2025)", 3, nil, .monday),
        ("3", 3, nil, nil),
        ("16-20", 16, 20, nil),
        ("01-02 Thứ Bảy, Chủ nhật", 1, 2, .saturday),
        ("Thứ 7\n08/3", 8, nil, .saturday),
        ("Ngày 10", 10, nil, nil),
        ("Từ 16 đến 20", 16, 20, nil),
        ("T2, 03/3", 3, nil, .monday),
    ])
    func readsTheDay(_ text: String, _ first: Int, _ last: Int?, _ weekday: Weekday?) throws {
        let cell = try #require(DayCell(text))
        #expect(cell.first.day == first)
        #expect(cell.last?.day == last)
        #expect(cell.weekday == weekday)
    }

    @Test func fullDateKeepsMonthAndYear() throws {
        let cell = try #require(DayCell("Thứ Hai (03/02/2025)"))
        #expect(cell.first.month == 2 && cell.first.year == 2025)
    }

    @Test func weekdaysAloneAreNoDay() {
        #expect(DayCell("Thứ Hai - Thứ Sáu") == nil)
        #expect(DayCell("") == nil)
    }

    /// A text with a number in it is not a day: read as day 3, "công tác tháng 3" lost its words
    /// (the row went into day 3 with nothing to add); now the row is kept aside with a warning.
    @Test func textsWithNumbersAreNoDay() {
        #expect(DayCell("công tác tháng 3") == nil)
        #expect(DayCell("Sáng 03 họp") == nil)
        #expect(DayCell("Tuần 2") == nil)
        #expect(DayCell("03 và 04") == nil)
    }
}
