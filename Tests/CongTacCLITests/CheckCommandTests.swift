import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func examplesPassWithNoError() throws {
        let names = ["khcn-ha-tinh-2023-07", "khcn-ha-tinh-2025-02", "khcn-bac-giang-2020-07"]
        let result = try congtac(["check"] + names.map(example))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("error:"))
    }

    @Test func everyProblemGCCStyleWithExitOne() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.yaml")
        try """
            agency: {name: SỞ KHOA HỌC VÀ CÔNG NGHỆ}
            place: Hà Tĩnh
            date: 2025-02-30
            month: 2025-02
            sections:
              - heading: DỰ KIẾN CHƯƠNG TRÌNH CÔNG TÁC
                agenda:
                  days:
                    - {day: 31, items: [Họp]}
                    - {day: 3, itmes: [Họp]}
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try congtac(["check", "bad.yaml"], in: folder)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("bad.yaml:3:7: error: ") && $0.hasSuffix("[invalid-date]") })
        #expect(lines.contains { $0.hasPrefix("bad.yaml:9:17: error: ") && $0.hasSuffix("[day-outside-month]") })
        #expect(lines.contains { $0.hasPrefix("bad.yaml:10:20: error: ") && $0.contains("`itmes`") && $0.hasSuffix("[unknown-key]") })
        // Vietnamese by default; English on request, with the same codes.
        #expect(result.stderr.contains("có phải ý bạn là `items`?"))
        let english = try congtac(["check", "bad.yaml", "--lang", "en"], in: folder)
        #expect(english.stderr.contains("did you mean `items`?"))
        let byEnvironment = try congtac(["check", "bad.yaml"], in: folder, environment: ["CONGTAC_LANG": "en"])
        #expect(byEnvironment.stderr == english.stderr)
    }

    @Test func aMissingFileIsAnError() throws {
        let result = try congtac(["check", "/nonexistent/lich.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("/nonexistent/lich.yaml:1:1: error: "))
        #expect(result.stderr.contains("[file-unreadable]"))
    }
}

/// `check` speaks to a clerk first: what must be fixed, then what may be, then the counts (issue #11, item 7).
@Suite struct CheckOrderTests {
    @Test func errorsComeBeforeWarningsAndTheCountsLast() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A sparse month (a warning at the agenda, line 8) with one error further down (line 10).
        try """
            agency: {name: SỞ KHOA HỌC VÀ CÔNG NGHỆ}
            place: Hà Tĩnh
            date: 2025-03-03
            month: 2025-03
            sections:
              - heading: DỰ KIẾN CHƯƠNG TRÌNH CÔNG TÁC
                agenda:
                  days:
                    - {day: 3, items: [Họp giao ban]}
                    - {day: 32, items: [Họp]}
                    - {day: 8, items: [Kiểm tra]}
            """.write(to: folder.appendingPathComponent("thang3.yaml"), atomically: true, encoding: .utf8)
        let result = try congtac(["check", "thang3.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == """
            thang3.yaml:10:17: error: ngày 32 không có trong tháng 3/2025 (tháng có 31 ngày) [day-outside-month]
            thang3.yaml:8:7: warning: 20 ngày làm việc chưa có nội dung công việc: 04/3–31/3 [weekday-missing]
            thang3.yaml:11:17: warning: ngày 8 là Thứ Bảy (ngày nghỉ cuối tuần) nhưng có nội dung công việc; kiểm tra lại ngày [weekend-item]

            """)
        #expect(result.stdout == "thang3.yaml: 1 lỗi, 2 cảnh báo\n")
        let english = try congtac(["check", "thang3.yaml", "--lang", "en"], in: folder)
        #expect(english.stderr.split(separator: "\n").map { $0.split(separator: " ")[1] } == ["error:", "warning:", "warning:"])
        #expect(english.stderr.contains("warning: 20 working days have no entry: 04/3–31/3 [weekday-missing]"))
        #expect(english.stdout == "thang3.yaml: 1 error(s), 2 warning(s)\n")
    }
}
