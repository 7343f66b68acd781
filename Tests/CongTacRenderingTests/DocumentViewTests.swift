import CongTacCalendar
import CongTacModel
import Foundation
import Testing
@testable import CongTacRendering

/// What a clerk checks in the table and the header: weekday names, filled weekends, numbering, punctuation.
@Suite struct DocumentViewTests {
    @Test func februaryTwentyTwentyFiveFromTheSeed() throws {
        let view = DocumentView(try loadExample("khcn-ha-tinh-2025-02"))
        #expect(view.header.numberLine == "Số:       /CTr-KHCN")
        #expect(view.header.dateLine == "Hà Tĩnh, ngày 03 tháng 02 năm 2025")
        #expect(view.sections.map(\.label) == ["I.", "II."])
        let agenda = try #require(view.sections[1].agenda)
        let labels = agenda.days.map { "\($0.label) \($0.weekday)" }
        #expect(labels.prefix(4) == ["01-02 Thứ Bảy, Chủ nhật", "03 Thứ Hai", "04 Thứ Ba", "05 Thứ Tư"])
        // The weekends the file leaves out are filled in, one row a Saturday–Sunday pair.
        #expect(labels.contains("08-09 Thứ Bảy, Chủ nhật"))
        #expect(labels.contains("22-23 Thứ Bảy, Chủ nhật"))
        #expect(agenda.days.filter(\.isFilled).map(\.label) == ["08-09", "15-16", "22-23"])
        // 1–2 February is the Tết row the file gives.
        #expect(agenda.days[0].rows == [RowView(isFirst: true, note: nil, text: "NGHỈ TẾT NGUYÊN ĐÁN ẤT TỴ", timeLabel: nil,
                                                itemOnOwnLine: false, itemText: nil, unit: nil, leader: nil)])
        // Day 3: the note row, then the morning's two items under one label, then the afternoon's one inline.
        let day3 = agenda.days[1]
        #expect(day3.rowSpan == 4)
        #expect(day3.rows[0].note?.hasPrefix("Kỷ niệm 95 năm") == true)
        #expect(day3.rows[1].timeLabel == "Sáng:" && day3.rows[1].itemOnOwnLine && day3.rows[1].itemText?.hasPrefix("- Lễ chào cờ") == true)
        #expect(day3.rows[2].timeLabel == nil && day3.rows[2].itemText == "- Khai mạc lễ hội Chùa Hương Tích.")
        #expect(day3.rows[3].timeLabel == "Chiều:" && !day3.rows[3].itemOnOwnLine && day3.rows[3].itemText?.hasPrefix("Kiểm tra sản xuất") == true)
        #expect(view.recipients.first == "- UBND tỉnh;")
        #expect(view.recipients.last == "- Lưu: VT, VP.")
    }

    @Test func julyTwentyTwentyThreeFillsLoneWeekendDays() throws {
        let view = DocumentView(try loadExample("khcn-ha-tinh-2023-07"))
        #expect(view.header.dateLine == "Hà Tĩnh, ngày      tháng 7 năm 2023")
        #expect(view.titleLines == ["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 7 NĂM 2023", "CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ"])
        let agenda = try #require(view.sections[1].agenda)
        // 15 (Saturday) has work, so Sunday 16 stands alone; 1–2 and 29–30 are pairs.
        let filled = agenda.days.filter(\.isFilled).map { "\($0.label) \($0.weekday)" }
        #expect(filled == ["01-02 Thứ Bảy, Chủ nhật", "16 Chủ nhật", "23 Chủ nhật", "29-30 Thứ Bảy, Chủ nhật"])
        #expect(agenda.days.map(\.label).count == Set(agenda.days.map(\.label)).count)
    }

    @Test func nestedSectionsAndSignature() throws {
        let view = DocumentView(try loadExample("khcn-bac-giang-2020-07"))
        #expect(view.sections.map(\.label) == ["I.", "1.", "2.", "II.", "1.", "2."])
        #expect(view.signature == SignatureView(authority: nil, position: "GIÁM ĐỐC", name: "Nguyễn Thanh Bình"))
        #expect(view.recipients == ["- Lưu: VT, VP."])
        #expect(view.electronic.first == "- VP Tỉnh ủy;")
        #expect(view.electronic.last == "- Các phòng, đơn vị thuộc Sở.")
    }

    @Test func numbersAndLists() {
        #expect(SectionNumbering.label(4, level: 1) == "IV.")
        #expect(SectionNumbering.label(9, level: 1) == "IX.")
        #expect(SectionNumbering.label(5, level: 3) == "đ)")
        #expect(DocumentView.listLines(["- UBND tỉnh;", "Lưu: VT, VP."]) == ["- UBND tỉnh;", "- Lưu: VT, VP."])
    }

    @Test func holidaysTheFileLeavesOutAreFilledIn() throws {
        // September 2025: 1–2/9 Quốc khánh (Monday, Tuesday) fall on working weekdays.
        let schedule = Schedule(agency: Agency(name: "SỞ"), place: "Hà Tĩnh", date: DocumentDate(year: 2025, month: 8, day: 28),
                                month: YearMonth(year: 2025, month: 9),
                                sections: [Section(heading: "LỊCH", agenda: Agenda(days: [AgendaDay(days: DayRange(3), items: [AgendaItem(text: "Họp")])]))])
        let agenda = try #require(DocumentView(schedule).sections[0].agenda)
        let first = try #require(agenda.days.first)
        #expect(first.isFilled && first.isDayOff)
        #expect(first.rows[0].text?.contains("QUỐC KHÁNH") == true)
    }

    @Test func embeddedTemplatesMatchTheTemplatesFolder() throws {
        let script = packageRoot.appendingPathComponent("scripts/embed_templates.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "--check"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "run: python3 scripts/embed_templates.py")
    }
}
