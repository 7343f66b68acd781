import CongTacModel
import Foundation
import Testing
@testable import CongTacLoading

/// Each warning with its exact line and column; warnings never stop rendering.
@Suite struct WarningTests {
    @Test func aWorkingDayWithNoEntry() {
        let result = load(february(allWorkingDays(except: [12])))
        // Reported at the agenda (its first key, `days:` on line 13).
        #expect(codes(result.diagnostics) == ["13:7 warning weekday-missing"])
        #expect(result.diagnostics[0].message == "Wednesday 12/02/2025 is a working day with no entry")
        #expect(result.renderable != nil)
    }

    @Test func daysOffAreNotMissing() {
        // January 2025: Tết Ất Tỵ keeps offices closed from 25/1 to 2/2, and 1/1 is a holiday.
        let days = [2, 3, 6, 7, 8, 9, 10, 13, 14, 15, 16, 17, 20, 21, 22, 23, 24]
            .map { "        - {day: \($0), items: [Họp]}" }.joined(separator: "\n")
        let yaml = february(days).replacingOccurrences(of: "month: 2025-02", with: "month: 2025-01")
        #expect(places(yaml) == [])
    }

    @Test func theSameLeaderTwiceInOneTimeOfDay() {
        let yaml = february("""
                    - day: 3
                      items:
                        - {time: Sáng, text: Họp giao ban, leader: "Đ/c Hoàn GD Sở"}
                        - {time: Chiều, text: Kiểm tra cơ sở, leader: "Đ/c Hoàn GD Sở"}
                        - {time: Chiều, text: Tiếp khách, leader: "Đ/c Bình PGĐ Sở, Đ/c Hoàn GD Sở"}
                        - {time: Cả ngày, text: Hội nghị, leader: "Đ/c Bình PGĐ Sở"}
                        - {time: Tối, text: Giao lưu, leader: "Lãnh đạo Sở"}
                        - {time: Tối, text: Văn nghệ, leader: "Lãnh đạo Sở"}
            \(allWorkingDays(except: [3]))
            """)
        let result = load(yaml)
        // Hoàn twice in the afternoon (line 18 against 17); Bình in the afternoon and all day (19 against 18);
        // "Lãnh đạo Sở" is the leadership as a whole, not a person.
        #expect(codes(result.diagnostics) == ["18:15 warning leader-double-booked", "19:15 warning leader-double-booked"])
        #expect(result.diagnostics[0].message.contains("Đ/c Hoàn"))
        #expect(result.diagnostics[0].message.contains("line 17"))
    }

    /// Leader texts are recognised once per process (`LeaderBookings.Recognised`): a second file with
    /// the same texts, served from the memo, gets the same clashes, and a text is looked up by its
    /// bytes, so an NFD text keeps the names as it writes them.
    @Test func recognisedLeaderTextsAreSharedByFiles() {
        let yaml = february("""
                    - day: 3
                      items:
                        - {time: Sáng, text: A, leader: "Đ/c Hoàn GD Sở, Đ/c Bình PGĐ Sở"}
                        - {time: Sáng, text: B, leader: "Đ/c Hoàn GD Sở"}
            """ + "\n" + allWorkingDays(except: [3]))
        let first = load(yaml).diagnostics.map(\.message)
        #expect(first.count == 1 && first[0].contains("Đ/c Hoàn"))
        #expect(load(yaml).diagnostics.map(\.message) == first)
        let nfc = "Đ/c Hoàn GD Sở"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        let fromNFC = LeaderBookings.Recognised.shared.people(in: nfc).map(\.name)
        let fromNFD = LeaderBookings.Recognised.shared.people(in: nfd).map(\.name)
        #expect(fromNFC.map { Array($0.utf8) } == LeaderNames.people(in: nfc).map { Array($0.utf8) })
        #expect(fromNFD.map { Array($0.utf8) } == LeaderNames.people(in: nfd).map { Array($0.utf8) })
    }

    /// Each clash names the person's earliest overlapping item of the day, however many items the day has.
    @Test func aClashNamesTheEarliestOverlappingItem() {
        let first = """
                    - day: 3
                      items:
                        - {time: Chiều, text: A, leader: "Đ/c Hoàn GD Sở"}
                        - {time: Tối, text: B, leader: "Đ/c Hoàn GD Sở"}
                        - {time: Cả ngày, text: C, leader: "Đ/c Hoàn GD Sở"}
                        - {time: Sáng, text: D, leader: "Đ/c Hoàn GD Sở"}
                        - {time: Tối, text: E, leader: "Đ/c Hoàn GD Sở"}
                        - {time: Chiều, text: F, leader: "Đ/c Bình PGĐ Sở, Đ/c Hoàn GD Sở"}
                        - {time: sáng, text: G, leader: "Đ/c HOÀN"}
            """
        // Then 30 mornings of Bình's: each clashes with his first morning (line 23), not a later one.
        let mornings = (1...30).map { "            - {time: Sáng, text: H\($0), leader: \"Đ/c Bình PGĐ Sở\"}" }
        let yaml = february(first + "\n" + mornings.joined(separator: "\n") + "\n" + allWorkingDays(except: [3]))
        let clashes = load(yaml).diagnostics.filter { $0.code == "leader-double-booked" }
        let found = clashes.map { d -> String in
            let line = d.message.split(separator: "(").last.map { $0.dropFirst(5).dropLast() } ?? ""
            return "\(d.location?.line ?? 0)→\(line) \(d.message.contains("Bình") ? "Bình" : "Hoàn")"
        }
        #expect(found == ["18→16 Hoàn", "19→18 Hoàn", "20→17 Hoàn", "21→16 Hoàn", "22→18 Hoàn"]
            + (24...52).map { "\($0)→23 Bình" })
    }

    @Test func anItemOnAWeekend() {
        let yaml = february(allWorkingDays() + "\n        - {day: 8, items: [{time: Sáng, text: Kiểm tra cơ sở}]}")
        let result = load(yaml)
        #expect(codes(result.diagnostics) == ["34:17 warning days-out-of-order", "34:17 warning weekend-item"])
        #expect(result.diagnostics.contains { $0.message == "day 8 is a Saturday (weekend) but has work items; check the day" })
    }

    @Test func anItemOnAPublicHoliday() {
        // 30/4/2025 is a public holiday (a Wednesday); Monday 7/4 is Giỗ Tổ Hùng Vương (10/3 lunar);
        // Saturday 26/4 was worked in exchange for Friday 2/5.
        let days = [1, 2, 3, 4, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26, 28, 29, 30]
            .map { "        - {day: \($0), items: [Họp]}" }.joined(separator: "\n")
        let yaml = february(days).replacingOccurrences(of: "month: 2025-02", with: "month: 2025-04")
        let result = load(yaml)
        #expect(codes(result.diagnostics) == ["35:17 warning holiday-item"])
        #expect(result.diagnostics[0].message.contains("day 30"))
    }

    @Test func daysOutOfOrder() {
        let yaml = february("        - {day: 5, items: [Họp]}\n" + allWorkingDays(except: [5]))
        #expect(places(yaml) == ["15:17 warning days-out-of-order"])
    }
}

@Suite struct CalendarOverrideTests {
    @Test func theFileCanAddDaysOffAndWorkingDays() throws {
        // The agency closes on 12/2 and works Saturday 15/2 (which then needs an entry).
        let yaml = february(allWorkingDays(except: [12]),
                            extraTop: "days_off: [{date: 2025-02-12, name: Kỷ niệm ngày thành lập Sở}]\nworking_days: [2025-02-15]\n")
        let result = load(yaml)
        #expect(codes(result.diagnostics) == ["15:7 warning weekday-missing"])
        #expect(result.diagnostics[0].message.contains("Saturday 15/02/2025"))
        let schedule = try #require(result.renderable)
        #expect(schedule.holidays.dayOff(on: .init(year: 2025, month: 2, day: 12))?.name == "Kỷ niệm ngày thành lập Sở")
    }

    @Test func badOverridesAreErrors() {
        let yaml = february(allWorkingDays(), extraTop: "days_off: [{date: 2025-02-30}]\nworking_days: [15/02/2025]\n")
        #expect(places(yaml) == ["8:12 error missing-key", "8:19 error invalid-date", "9:16 error invalid-date"])
    }
}

@Suite struct WarningCapTests {
    @Test func aFloodOfOneWarningIsCutWithACount() {
        let items = (1...60).map { "            - {time: Sáng, text: Họp \($0), leader: \"Đ/c Hoàn GD Sở\"}" }.joined(separator: "\n")
        let yaml = february("        - day: 3\n          items:\n" + items + "\n" + allWorkingDays(except: [3]))
        let result = load(yaml)
        #expect(result.diagnostics.filter { $0.code == "leader-double-booked" }.count == 50)
        let summary = result.diagnostics.filter { $0.code == "more-warnings" }
        #expect(summary.map(\.message) == ["9 more [leader-double-booked] warnings not shown (59 in all)"])
        #expect(result.renderable != nil)
    }
}
