import CongTacModel
import Foundation
import Testing
@testable import CongTacLoading

/// Each error with its exact line and column.
@Suite struct ErrorTests {
    @Test func syntaxErrorExplainsQuoting() throws {
        let yaml = february("""
                    - day: 3
                      items:
                        - text: Sáng: Họp giao ban
            \(allWorkingDays(except: [3]))
            """)
        let result = load(yaml, language: .vi)
        #expect(codes(result.diagnostics) == ["16:25 error syntax"])
        let message = try #require(result.diagnostics.first?.message)
        #expect(message.contains("ngoặc kép"))
        #expect(result.diagnostics.first?.description.hasPrefix("t.yaml:16:25: error: lỗi cú pháp") == true)
    }

    @Test func tabIndentationIsExplained() {
        let result = load("agency:\n\tname: SỞ\n")
        #expect(codes(result.diagnostics) == ["2:1 error syntax"])
        #expect(result.diagnostics.first?.message.contains("tab") == true)
    }

    @Test func unknownKeysGetSuggestions() throws {
        let yaml = february("""
                    - day: 3
                      itmes:
                        - text: Họp giao ban
            \(allWorkingDays(except: [3]))
            """, extraTop: "titel: CHƯƠNG TRÌNH\n")
        let result = load(yaml)
        #expect(codes(result.diagnostics) == ["8:1 error unknown-key", "15:11 error empty-day", "16:11 error unknown-key"])
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("`titel`") && $0.contains("did you mean `title`?") })
        #expect(messages.contains { $0.contains("`itmes`") && $0.contains("did you mean `items`?") })
    }

    @Test func wrongTypesPointAtTheValue() {
        let yaml = february(allWorkingDays())
            .replacingOccurrences(of: "agency:\n  parent: UBND TỈNH HÀ TĨNH\n  name: SỞ KHOA HỌC VÀ CÔNG NGHỆ\n  code: KHCN",
                                  with: "agency: SỞ KHOA HỌC VÀ CÔNG NGHỆ\n\n\n")
            .replacingOccurrences(of: "items: [\"Tổ chức các hoạt động mừng Đảng, mừng Xuân\"]", with: "items: {a: b}")
        #expect(places(yaml) == ["1:9 error wrong-type", "10:12 error wrong-type"])
    }

    @Test func missingRequiredKeys() {
        let yaml = february(allWorkingDays()).replacingOccurrences(of: "place: Hà Tĩnh\n", with: "")
            .replacingOccurrences(of: "  name: SỞ KHOA HỌC VÀ CÔNG NGHỆ\n", with: "")
        // agency's mapping starts at its first key (line 2); the top level at line 1.
        #expect(places(yaml) == ["1:1 error missing-key", "2:3 error missing-key"])
    }

    @Test func impossibleDates() {
        let yaml = february(allWorkingDays())
            .replacingOccurrences(of: "date: 2025-02-03", with: "date: 2025-02-30")
            .replacingOccurrences(of: "month: 2025-02", with: "month: 2025-13")
        let result = load(yaml)
        #expect(codes(result.diagnostics) == ["6:7 error invalid-date", "7:8 error invalid-date"])
        #expect(result.diagnostics[0].message.contains("has 28 days"))
    }

    @Test func malformedDatesAndNumbers() {
        let yaml = february(allWorkingDays(), extraTop: "number: bảy\n")
            .replacingOccurrences(of: "date: 2025-02-03", with: "date: 03/02/2025")
        #expect(places(yaml) == ["6:7 error invalid-date", "8:9 error invalid-number"])
    }

    @Test func dayOutsideTheMonth() {
        let yaml = february("        - {day: 30, items: [Họp]}\n" + allWorkingDays())
        let result = load(yaml)
        #expect(codes(result.diagnostics) == ["14:17 error day-outside-month"])
        #expect(result.diagnostics[0].message.contains("28 days"))
    }

    @Test func duplicateAndOverlappingDays() {
        let yaml = february(allWorkingDays() + "\n        - {day: 5, items: [Họp]}\n        - {day: \"26-27\", text: Nghỉ}")
        let result = load(yaml)
        // Day 5 repeats line 16's; the range 26-27 overlaps both day 26 and day 27.
        #expect(codes(result.diagnostics) == ["34:17 warning days-out-of-order", "34:17 error duplicate-day",
                                              "35:17 error duplicate-day", "35:17 error duplicate-day"])
        #expect(result.diagnostics.contains { $0.message.contains("line 16") })
    }

    @Test func reversedRange() {
        let yaml = february(allWorkingDays() + "\n        - {day: \"20-16\", text: Đi công tác}")
        #expect(places(yaml) == ["34:17 error reversed-range"])
    }

    @Test func emptyTexts() {
        let yaml = february("        - {day: 3, items: [{time: Sáng, text: \"\"}]}\n" + allWorkingDays(except: [3]))
        #expect(places(yaml) == ["14:47 error empty-text"])
    }

    @Test func controlCharactersAreNamed() {
        let yaml = february(allWorkingDays()).replacingOccurrences(of: "Tổ chức", with: "Tổ\u{07} chức")
        let result = load(yaml)
        #expect(codes(result.diagnostics) == ["10:16 error control-character"])
        #expect(result.diagnostics[0].message.contains("U+0007"))
    }

    @Test func everyProblemAtOnce() {
        let yaml = february("""
                    - {day: 30, items: [Họp]}
                    - {day: 3, itmes: [Họp]}
            \(allWorkingDays(except: [3]))
            """).replacingOccurrences(of: "date: 2025-02-03", with: "date: 2025-02-29")
        #expect(places(yaml) == ["6:7 error invalid-date", "14:17 error day-outside-month",
                                 "15:11 error empty-day", "15:20 error unknown-key"])
    }

    @Test func agendaNeedsAMonth() {
        let yaml = february(allWorkingDays()).replacingOccurrences(of: "month: 2025-02\n", with: "")
        #expect(places(yaml) == ["12:7 error missing-month"])
    }
}


@Suite struct OneProblemOneErrorTests {
    @Test func aWrongTypeIsReportedOnceAndNotAsAnEmptyDay() {
        let yaml = february("        - {day: 3, items: abc}\n" + allWorkingDays(except: [3]))
        #expect(places(yaml) == ["14:27 error wrong-type"])
        // A day with no text and no items is still empty.
        #expect(places(february("        - {day: 3}\n" + allWorkingDays(except: [3]))) == ["14:11 error empty-day"])
        #expect(places(february("        - {day: 3, items: []}\n" + allWorkingDays(except: [3]))) == ["14:11 error empty-day"])
    }

    /// Issue #16 item 13: the 4,000th top-level section would be numbered `MMMM.`; refused at its place,
    /// at every level, in YAML and JSON alike.
    @Test func tooManySectionsAtOneLevel() {
        let top = (1...4_000).map { "  - heading: P\($0)" }.joined(separator: "\n")
        let yaml = "agency: {name: SỞ}\nplace: Hà Tĩnh\ndate: 2025-02-03\nsections:\n\(top)\n"
        #expect(places(yaml) == ["4004:5 error too-many-sections"])
        let nested = (1...4_000).map { "      - heading: m\($0)" }.joined(separator: "\n")
        let inner = "agency: {name: SỞ}\nplace: Hà Tĩnh\ndate: 2025-02-03\nsections:\n  - heading: A\n    sections:\n\(nested)\n"
        #expect(places(inner) == ["4006:9 error too-many-sections"])
        let json = #"{"agency": {"name": "SỞ"}, "place": "Hà Tĩnh", "date": "2025-02-03", "sections": ["#
            + (1...4_000).map { #"{"heading": "P\#($0)"}"# }.joined(separator: ",") + "]}"
        let result = ScheduleLoader(language: .vi).load(data: Data(json.utf8), name: "t.json")
        #expect(result.diagnostics.map(\.code) == ["too-many-sections"])
        #expect(result.diagnostics.first?.message.contains("MMMCMXCIX") == true)
        // The limit itself is fine.
        let most = (1...3_999).map { "  - heading: P\($0)" }.joined(separator: "\n")
        #expect(places("agency: {name: SỞ}\nplace: Hà Tĩnh\ndate: 2025-02-03\nsections:\n\(most)\n") == [])
    }
}
