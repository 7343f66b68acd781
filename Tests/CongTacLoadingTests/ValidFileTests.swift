import CongTacModel
import Foundation
import Testing
@testable import CongTacLoading

@Suite struct ValidFileTests {
    @Test func aCompleteMonthHasNoDiagnostics() throws {
        let result = load(february(allWorkingDays()))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let schedule = try #require(result.renderable)
        #expect(schedule.agency.name == "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
        #expect(schedule.date == DocumentDate(year: 2025, month: 2, day: 3))
        #expect(schedule.month == YearMonth(year: 2025, month: 2))
        #expect(schedule.title == "CHƯƠNG TRÌNH")
        #expect(schedule.number == nil)
        let agenda = try #require(schedule.sections[1].agenda)
        #expect(agenda.columns == Agenda.defaultColumns)
        #expect(agenda.days.count == 20)
        #expect(agenda.days[0] == AgendaDay(days: DayRange(3), items: [
            AgendaItem(time: "Sáng", text: "Kiểm tra cơ sở", unit: "Phòng QLKH", leader: "Đ/c Hoàn GD Sở"),
        ]))
    }

    @Test func theSameStructureLoadsFromJSON() throws {
        let yaml = try #require(load(february(allWorkingDays())).schedule)
        let json = """
            {"agency": {"parent": "UBND TỈNH HÀ TĨNH", "name": "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "code": "KHCN"},
             "place": "Hà Tĩnh", "date": "2025-02-03", "month": "2025-02",
             "sections": [
               {"heading": "MỘT SỐ NHIỆM VỤ TRỌNG TÂM", "items": ["Tổ chức các hoạt động mừng Đảng, mừng Xuân"]},
               {"heading": "DỰ KIẾN CHƯƠNG TRÌNH CÔNG TÁC", "agenda": {"days": [
            """ + [3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 17, 18, 19, 20, 21, 24, 25, 26, 27, 28].map {
                #"{"day": \#($0), "items": [{"time": "Sáng", "text": "Kiểm tra cơ sở", "unit": "Phòng QLKH", "leader": "Đ/c Hoàn GD Sở"}]}"#
            }.joined(separator: ",\n") + "]}}]}"
        let result = ScheduleLoader(language: .en).load(data: Data(json.utf8), name: "t.json")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.schedule == yaml)
    }

    @Test func numbersRangesAndOptionalFields() throws {
        let yaml = february("""
                    - day: "1-2"
                      text: NGHỈ TẾT NGUYÊN ĐÁN ẤT TỴ
            \(allWorkingDays())
            """, extraTop: "number: 07\nbanner: CHÚC MỪNG NĂM MỚI\nsummary: Công tác tháng 02 năm 2025\n")
        let result = load(yaml)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let schedule = try #require(result.schedule)
        #expect(schedule.number == 7)
        #expect(schedule.banner == "CHÚC MỪNG NĂM MỚI")
        #expect(schedule.sections[1].agenda?.days.first == AgendaDay(days: DayRange(1, 2), text: "NGHỈ TẾT NGUYÊN ĐÁN ẤT TỴ"))
    }

    @Test func textIsNormalisedToNFC() throws {
        let decomposed = "Ha\u{0300} Ti\u{0303}nh"  // "Hà Tĩnh" typed with combining marks
        let yaml = february(allWorkingDays()).replacingOccurrences(of: "place: Hà Tĩnh", with: "place: \(decomposed)")
        let schedule = try #require(load(yaml).schedule)
        #expect(schedule.place.unicodeScalars.count == 7)
        #expect(schedule.place == "Hà Tĩnh")
        #expect(Array(schedule.place.unicodeScalars) == Array("H\u{E0} T\u{129}nh".unicodeScalars))
    }

    @Test func draftDateWithBlankDay() throws {
        let yaml = february(allWorkingDays()).replacingOccurrences(of: "date: 2025-02-03", with: "date: 2025-01")
        let schedule = try #require(load(yaml).renderable)
        #expect(schedule.date == DocumentDate(year: 2025, month: 1, day: nil))
    }
}
