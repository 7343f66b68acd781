import Foundation
import Testing

/// `congtac calendar YYYY-MM [--json]`, run as a subprocess.
@Suite struct CalendarCommandTests {
    /// One day of the JSON output, with the types the output promises.
    struct Day: Decodable, Equatable {
        var date: String
        var weekday: String
        var lunar_day: Int
        var lunar_month: Int
        var lunar_year: Int
        var leap: Bool
        var holiday: String?
    }

    func json(_ month: String) throws -> (days: [Day], objects: [[String: Any]]) {
        let result = try congtac(["calendar", month, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let data = Data(result.stdout.utf8)
        let days = try JSONDecoder().decode([Day].self, from: data)
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return (days, objects)
    }

    @Test func tableOfJanuary2025() throws {
        let result = try congtac(["calendar", "2025-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Tháng 01 năm 2025 — âm lịch: năm Giáp Thìn đến 28/01, năm Ất Tỵ từ 29/01")
        let rows = lines.filter { $0.first?.isNumber == true }
        #expect(rows.count == 31)
        #expect(rows[0] == "01/01/2025  Thứ Tư    2/12     Tết Dương lịch")
        #expect(rows[1] == "02/01/2025  Thứ Năm   3/12")
        #expect(rows[28] == "29/01/2025  Thứ Tư    1/1      Tết Nguyên đán Ất Tỵ")
        for day in 25...31 { #expect(rows[day - 1].hasSuffix("Tết Nguyên đán Ất Tỵ")) }
        #expect(rows[23].hasSuffix("25/12"))  // 24/01 is an ordinary Friday
        // Aligned: the weekday and lunar columns start at the same place on every line.
        let header = try #require(lines.first { $0.hasPrefix("Ngày") })
        #expect(header == "Ngày        Thứ       Âm lịch  Ngày nghỉ")
        for row in rows {
            let characters = Array(row)
            #expect(String(characters[10..<12]) == "  " && characters[12] != " ", "\(row)")
            #expect(String(characters[20..<22]) == "  " && characters[22] != " ", "\(row)")
        }
    }

    @Test func tableMarksTheLeapMonth() throws {
        let result = try congtac(["calendar", "2025-07"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Tháng 7 năm 2025 — âm lịch: năm Ất Tỵ\n"))
        #expect(result.stdout.contains("24/07/2025  Thứ Năm   30/6\n"))
        #expect(result.stdout.contains("25/07/2025  Thứ Sáu   1/6 nhuận\n"))
        #expect(result.stdout.contains("31/07/2025  Thứ Năm   7/6 nhuận\n"))
    }

    @Test func jsonOfJanuary2025() throws {
        let (days, objects) = try json("2025-01")
        #expect(days.count == 31)
        let keys: Set<String> = ["date", "weekday", "lunar_day", "lunar_month", "lunar_year", "leap", "holiday"]
        #expect(objects.allSatisfy { Set($0.keys) == keys })  // `holiday` is there even when null
        #expect(days[0] == Day(date: "2025-01-01", weekday: "Thứ Tư", lunar_day: 2, lunar_month: 12, lunar_year: 2024,
                               leap: false, holiday: "Tết Dương lịch"))
        #expect(days[1].holiday == nil)
        #expect(objects[1]["holiday"] is NSNull)
        #expect(days[28] == Day(date: "2025-01-29", weekday: "Thứ Tư", lunar_day: 1, lunar_month: 1, lunar_year: 2025,
                                leap: false, holiday: "Tết Nguyên đán Ất Tỵ"))
        #expect(days.filter { $0.holiday == "Tết Nguyên đán Ất Tỵ" }.map(\.date)
            == (25...31).map { "2025-01-\($0)" })
        let february = try json("2025-02").days
        #expect(february.filter { $0.holiday != nil }.map(\.date) == ["2025-02-01", "2025-02-02"])
        #expect(february[0].weekday == "Thứ Bảy" && february[1].weekday == "Chủ nhật")
    }

    @Test func jsonMarksTheLeapMonth() throws {
        let days = try json("2025-07").days
        #expect(days.count == 31)
        #expect(days[23] == Day(date: "2025-07-24", weekday: "Thứ Năm", lunar_day: 30, lunar_month: 6, lunar_year: 2025,
                                leap: false, holiday: nil))
        #expect(days[24] == Day(date: "2025-07-25", weekday: "Thứ Sáu", lunar_day: 1, lunar_month: 6, lunar_year: 2025,
                                leap: true, holiday: nil))
        #expect(days[24...].allSatisfy { $0.leap })
    }

    @Test func badMonthsAreRefusedInVietnamese() throws {
        for (argument, message) in [("2025-13", "tháng phải từ 1 đến 12"), ("abc", "cần dạng YYYY-MM"),
                                    ("2025-00", "tháng phải từ 1 đến 12"), ("25-01", "cần dạng YYYY-MM"),
                                    ("1899-12", "1900–2100"), ("2101-01", "1900–2100")] {
            let result = try congtac(["calendar", argument])
            #expect(result.status != 0, "\(argument)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains(message), "\(argument): \(result.stderr)")
        }
        for argument in ["1900-01", "2100-12"] {
            let result = try congtac(["calendar", argument, "--json"])
            #expect(result.status == 0, "\(argument): \(result.stderr)")
        }
    }
}
