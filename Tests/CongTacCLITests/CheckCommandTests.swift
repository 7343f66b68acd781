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
