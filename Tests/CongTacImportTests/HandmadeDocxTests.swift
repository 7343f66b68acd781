import CongTacImport
import CongTacLoading
import CongTacModel
import Testing

/// Word documents shaped like the seeds' originals, made by hand (python-docx and raw XML, and
/// LibreOffice from HTML), with the messes real files have: what a clerk would check after import.
@Suite struct HandmadeDocxTests {
    /// `handmade-2025-03.docx`: merged and repeated day cells, labels on their own line and inline,
    /// soft breaks, runs split inside words, a hyperlink, a smart tag, a field, a content control,
    /// tracked changes, a weekend row, a whole-week row, a table inside a cell.
    @Test func monthWithWordsMesses() throws {
        let result = try importBytes(try fixture("handmade-2025-03.docx"))
        let schedule = result.schedule
        #expect(schedule.agency == Agency(parent: "UBND TỈNH HÀ TĨNH", name: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", code: "KHCN"))
        #expect(schedule.number == 7)
        #expect(schedule.place == "Hà Tĩnh")
        #expect(schedule.date == DocumentDate(year: 2025, month: 2, day: 28))
        #expect(schedule.title == "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2025\nCỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ")
        #expect(schedule.month == YearMonth(year: 2025, month: 3))

        let tasks = try #require(schedule.sections.first)
        #expect(tasks.heading == "MỘT SỐ NHIỆM VỤ TRỌNG TÂM")
        // The hyperlink's and the smart tag's text are read; the deleted words are not, the inserted are.
        #expect(tasks.items[0].contains("Nghị quyết 57"))
        #expect(tasks.items[1] == "Tổ chức hội nghị tại Hà Tĩnh.")
        // Inside a block-level content control; the moved-away word is not read either.
        #expect(tasks.items[2] == "Rà soát thủ tục hành chính quý I.")
        // A paragraph with a picture keeps its text; the picture is a warning at the paragraph.
        #expect(tasks.items[3].hasPrefix("Treo băng rôn theo mẫu"))

        // The weekend row 08-09 is congtac's to fill; the day of April is kept aside.
        #expect(agendaDays(schedule).map(\.days) == [3, 4, 5, 6, 7, 10].map { DayRange($0) } + [DayRange(17, 21), DayRange(24)])

        let monday = try #require(day(schedule, 3))
        #expect(monday.items.map(\.time) == ["Sáng", "Sáng", "Chiều"])
        #expect(monday.items[0].text == "Chào cờ, triển khai nhiệm vụ tháng 3")
        // Units beside their items paragraph by paragraph; one leader for both morning items.
        #expect(monday.items.map(\.unit) == ["Văn phòng Sở", "Văn phòng Sở, các phòng", "Phòng QLCN-CN"])
        #expect(monday.items.map(\.leader) == ["Đ/c Hoàn GĐ Sở", "Đ/c Hoàn GĐ Sở", "Đ/c Bình PGĐ Sở"])
        // The venue column has no place in a schedule: its text goes with the item.
        #expect(monday.items[2].text.contains("Kỳ Anh"))

        // "Thứ Ba 04/3", a word split over runs and a tab.
        let tuesday = try #require(day(schedule, 4))
        #expect(tuesday.items.first?.time == "Cả ngày")
        #expect(tuesday.items.first?.text.hasPrefix("Hội nghị tổng kết năm 2024") == true)

        // "Thứ Tư (05/03/2025)": two items cut by a soft break, units and leaders line by line.
        let wednesday = try #require(day(schedule, 5))
        #expect(wednesday.items.map(\.time) == ["Sáng", "Chiều"])
        #expect(wednesday.items.map(\.unit) == ["Phòng QLKH", "Phòng KHTC"])
        #expect(wednesday.items.map(\.leader) == ["Đ/c Hoàn GĐ Sở", "Đ/c An PGĐ Sở"])

        // A field's result and a content control's text; the field code is not text.
        #expect(day(schedule, 7)?.items.first?.text == "Giao ban Lãnh đạo Sở")

        // Day 10 written on two rows is one day.
        #expect(day(schedule, 10)?.items.map(\.time) == ["Sáng", "Chiều"])
        #expect(day(schedule, 10)?.items.map(\.unit) == ["Văn phòng Sở", "Thanh tra Sở"])

        let week = try #require(day(schedule, 17, 21))
        #expect(week.note == "Tuần lễ hưởng ứng Ngày Quốc tế Hạnh phúc")
        #expect(week.text == "KIỂM TRA CƠ SỞ TẠI CÁC HUYỆN")
        #expect(week.items.isEmpty)

        // The table inside the work cell: its lines are items.
        #expect(day(schedule, 24)?.items.map(\.time) == ["Sáng", "Chiều"])

        #expect(schedule.recipients == ["Như trên", "UBND tỉnh (để b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, VP"])
        #expect(schedule.signature == Signature(authority: "KT. GIÁM ĐỐC", position: "PHÓ GIÁM ĐỐC", name: "Nguyễn Thanh Bình"))

        // Every unsure place is a warning with its place.
        let codes = Dictionary(grouping: result.warnings, by: \.message.code)
        #expect(codes["import-weekday-mismatch"]?.first?.place == .cell(table: 2, row: 7, column: 1))
        #expect(codes["import-weekday-mismatch"]?.first?.message.vi.contains("Thứ Năm") == true)
        #expect(codes["import-day-other-month"]?.first?.place == .cell(table: 2, row: 14, column: 1))
        #expect(codes["import-unplaced"]?.first?.place == .paragraph(3))
        #expect(codes["import-extra-columns"] != nil)
        #expect(codes["import-picture"]?.map(\.place) == [.paragraph(8), .paragraph(10)])
        // The text box's text is kept, at its paragraph.
        #expect(result.kept.contains { $0.text == "Lịch có thể thay đổi, xem cổng thông tin hằng ngày." && $0.place == .paragraph(10) })
        // The footnote's text is kept, at the paragraph that refers to it.
        #expect(codes["import-footnote"]?.first?.place == .paragraph(6))
        #expect(result.kept.contains { $0.text == "Theo Kế hoạch số 194/KH-UBND ngày 30/5/2023." && $0.place == .paragraph(6) })
        // Nothing is lost: the preamble paragraph and April's row are in the written file.
        #expect(result.kept.contains { $0.text.contains("Căn cứ Quy chế") && $0.place == .paragraph(3) })
        #expect(result.kept.contains { $0.text.contains("Họp triển khai tháng 4") })

        let loaded = reload(result)
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        #expect(loaded.schedule == schedule)
    }

    /// `handmade-2020-q3.docx`, shaped like seed 004: a draft with a blank number and day, sections
    /// nested "I." → "1." → "- " (the second part numbered by Word itself, `w:numPr`, the labels
    /// not typed), no agenda, the closing as paragraphs with an electronic list.
    @Test func quarterWithNestedSections() throws {
        let result = try importBytes(try fixture("handmade-2020-q3.docx"))
        let schedule = result.schedule
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(schedule.agency.parent == "UBND TỈNH BẮC GIANG")
        #expect(schedule.number == nil && schedule.agency.code == "KHCN")
        #expect(schedule.date == DocumentDate(year: 2020, month: 6))
        #expect(schedule.title == "CHƯƠNG TRÌNH")
        #expect(schedule.summary == "Công tác tháng 7 và Quý III năm 2020")
        #expect(schedule.month == nil)
        #expect(schedule.sections.map(\.heading) == ["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 7", "CHƯƠNG TRÌNH CÔNG TÁC QUÝ III"])
        #expect(schedule.sections[0].sections.map(\.heading) == ["Các nhiệm vụ trọng tâm", "Các cuộc họp, hội nghị, hội thảo của Sở"])
        #expect(schedule.sections[0].sections[0].items.count == 2)
        #expect(schedule.sections[0].sections[1].items == ["Họp định kỳ: Họp lãnh đạo Sở, họp giao ban kỳ tháng 7/2020."])
        // Word's numbering: upper Roman is a part, decimal a section, a bullet an item.
        #expect(schedule.sections[1].sections.map(\.heading) == ["Các nhiệm vụ trọng tâm"])
        #expect(schedule.sections[1].sections[0].items == ["Tổng hợp danh mục các văn bản trình Tỉnh ủy, HĐND, UBND tỉnh năm 2021."])
        #expect(schedule.recipients == ["Lưu: VT, VP"])
        #expect(schedule.electronic == ["VP Tỉnh ủy", "VP UBND tỉnh", "Lãnh đạo Sở"])
        #expect(schedule.signature == Signature(position: "GIÁM ĐỐC", name: "Nguyễn Thanh Bình"))
        #expect(!reload(result).diagnostics.hasErrors)
    }

    /// `libreoffice-2023-07.docx`: LibreOffice's WordprocessingML from HTML, with a day cell merged
    /// over rows, a time column, the header's lines cut by soft breaks and an undated date line.
    @Test func libreOfficeDocument() throws {
        let result = try importBytes(try fixture("libreoffice-2023-07.docx"))
        let schedule = result.schedule
        #expect(schedule.agency == Agency(parent: "UBND TỈNH HÀ TĨNH", name: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", code: "KHCN"))
        #expect(schedule.date == DocumentDate(year: 2023, month: 7))
        #expect(agendaDays(schedule).map(\.days) == [DayRange(3), DayRange(4)])
        #expect(day(schedule, 3)?.items.map(\.time) == ["Sáng", "Chiều"])
        #expect(day(schedule, 3)?.items.map(\.unit) == ["Các đơn vị", "Phòng QLCN-CN"])
        #expect(day(schedule, 4)?.items.first?.leader == "Đ/c Bình PGĐ Sở")
        #expect(schedule.recipients == ["UBND tỉnh", "Lưu: VT, VP"])
        #expect(schedule.signature?.authority == "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
        #expect(!reload(result).diagnostics.hasErrors)
    }
}
