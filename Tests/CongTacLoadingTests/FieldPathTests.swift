import CongTacModel
import Foundation
import Testing
@testable import CongTacLoading

/// A diagnostic names the field it is in (`Diagnostic.path`), so that the server's editor shows it
/// beside that field: in JSON (what the editor sends) and in YAML (the files on disk).
@Suite struct FieldPathTests {
    static let json = """
        {"agency": {"name": "SỞ KHOA HỌC VÀ CÔNG NGHỆ"}, "place": "Hà Tĩnh", "date": "2025-02-03", "title": "CHƯƠNG TRÌNH",
         "month": "2025-02",
         "sections": [{"heading": "NHIỆM VỤ", "items": ["Một", ""]},
                      {"heading": "LỊCH", "agenda": {"days": [
                        {"day": 3, "items": [{"time": "Sáng", "text": "Họp", "leader": "Đ/c Hoàn"}]},
                        {"day": 4, "items": [{"time": "Sáng", "text": "Họp", "leder": "Đ/c An"}]},
                        {"day": 45, "items": [{"text": "Họp\\u200B giao ban", "unit": ["Văn phòng"]}]}]}}],
         "recipients": ["UBND tỉnh"]}
        """

    func paths(_ text: String, name: String) -> [String: String?] {
        let result = ScheduleLoader(language: .en).load(data: Data(text.utf8), name: name)
        var paths: [String: String?] = [:]
        for d in result.diagnostics { paths[d.code] = d.path }
        return paths
    }

    @Test func jsonDiagnosticsNameTheirField() {
        let paths = paths(Self.json, name: "draft.json")
        #expect(paths["empty-text"] == "sections[0].items[1]")
        #expect(paths["unknown-key"] == "sections[1].agenda.days[1].items[0].leder")
        #expect(paths["wrong-type"] == "sections[1].agenda.days[2].items[0].unit")
        #expect(paths["day-outside-month"] == "sections[1].agenda.days[2]" || paths["day-outside-month"] == "sections[1].agenda.days[2].day")
        #expect(paths["invisible-character"] == "sections[1].agenda.days[2].items[0].text")
    }

    @Test func yamlDiagnosticsNameTheirField() {
        let yaml = """
            agency: {name: SỞ}
            place: Hà Tĩnh
            date: 2025-02-03
            month: 2025-02
            sections:
              - heading: LỊCH
                agenda:
                  days:
                    - day: 3
                      items:
                        - time: Sáng
                          text: "Họp\u{200B} giao ban"
                          leadr: Đ/c Hoàn
            recipients: [UBND tỉnh]
            """
        let paths = paths(yaml, name: "t.yaml")
        #expect(paths["unknown-key"] == "sections[0].agenda.days[0].items[0].leadr")
        #expect(paths["invisible-character"] == "sections[0].agenda.days[0].items[0].text")
    }

    /// A syntax error is in no field: no path, and nothing guessed.
    @Test func syntaxErrorsHaveNoPath() {
        let result = ScheduleLoader(language: .en).load(data: Data("{\"agency\": ".utf8), name: "t.json")
        #expect(result.diagnostics.hasErrors)
        #expect(result.diagnostics.allSatisfy { $0.path == nil })
    }
}
