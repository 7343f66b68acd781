import CongTacCalendar
import CongTacModel
import Foundation
import Testing
@testable import CongTacRendering

/// The weekly schedule's view: which days a week takes from which file, the rows of a day, the
/// title line, and the `week:` overrides.
@Suite struct WeekViewTests {
    static func schedule(_ year: Int, _ month: Int, days: [AgendaDay] = [], week: WeekOverrides? = nil) -> Schedule {
        Schedule(agency: Agency(parent: "UBND TỈNH HÀ TĨNH", name: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"), place: "Hà Tĩnh",
                 date: DocumentDate(year: year, month: month), month: YearMonth(year: year, month: month),
                 sections: [Section(heading: "LỊCH", agenda: Agenda(days: days))],
                 recipients: ["UBND tỉnh", "Lưu: VT"],
                 signature: Signature(authority: "KT. GIÁM ĐỐC", position: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A"), week: week)
    }

    static func view(_ week: String, _ schedules: [Schedule]) throws -> DocumentView {
        let week = try #require(ISOWeek(parsing: week))
        let months = Dictionary(uniqueKeysWithValues: schedules.map { ($0.month!, $0) })
        return DocumentView(week: week, main: schedules[0], months: months)
    }

    /// `Thứ Hai 24/02`, … : the day cells of the table.
    static func cells(_ view: DocumentView) -> [String] {
        view.week?.days.map { "\($0.weekday) \($0.date)" } ?? []
    }

    @Test func aWeekAcrossTwoMonthsTakesItsDaysFromBoth() throws {
        let february = Self.schedule(2025, 2, days: [AgendaDay(days: DayRange(24), items: [AgendaItem(time: "Sáng", text: "Họp")])])
        let march = Self.schedule(2025, 3, days: [AgendaDay(days: DayRange(1), text: "Trực cơ quan")])
        let view = try Self.view("2025-W09", [february, march])
        #expect(Self.cells(view) == ["Thứ Hai 24/02", "Thứ Ba 25/02", "Thứ Tư 26/02", "Thứ Năm 27/02", "Thứ Sáu 28/02",
                                     "Thứ Bảy 01/03", "Chủ nhật 02/03"])
        #expect(view.week?.days[0].rows.first?.itemText == "Họp")
        #expect(view.week?.days[5].rows.first?.text == "Trực cơ quan")
        #expect(view.week?.days[6].isDayOff == true)
        #expect(view.summary == "Tuần 09 (từ ngày 24/02 đến ngày 02/03/2025)")
        // Issued the Friday before the week; not a numbered document.
        #expect(view.header.dateLine == "Hà Tĩnh, ngày 21 tháng 02 năm 2025")
        #expect(view.header.numberLine == "")
    }

    @Test func aWeekendPairSharesOneRowAsInTheMonthlyAgenda() throws {
        let view = try Self.view("2025-W10", [Self.schedule(2025, 3)])
        #expect(Self.cells(view).last == "Thứ Bảy, Chủ nhật 08-09/03")
        #expect(view.week?.days.last?.isDayOff == true)
        // Working days without entries keep their rows.
        #expect(view.week?.days.count == 6)
    }

    @Test func aHolidaySpanIsOneRowEvenAcrossMonths() throws {
        // Tết Ất Tỵ: 25 January to 2 February 2025.
        let view = try Self.view("2025-W05", [Self.schedule(2025, 1), Self.schedule(2025, 2)])
        let days = try #require(view.week?.days)
        #expect(days.count == 1, "\(Self.cells(view))")
        #expect(Self.cells(view) == ["Thứ Hai - Chủ nhật 27/01-02/02"])
        #expect(days[0].isDayOff)
        #expect(days[0].rows[0].text?.contains("TẾT") == true)
    }

    @Test func aMissingMonthLeavesItsDaysOut() throws {
        // `--partial`: only February's days of 2025-W09.
        let view = try Self.view("2025-W09", [Self.schedule(2025, 2)])
        #expect(Self.cells(view) == ["Thứ Hai 24/02", "Thứ Ba 25/02", "Thứ Tư 26/02", "Thứ Năm 27/02", "Thứ Sáu 28/02"])
    }

    @Test func aRangeIsClippedToTheWeek() throws {
        let february = Self.schedule(2025, 2, days: [AgendaDay(days: DayRange(6, 11), text: "Đi công tác")])
        #expect(Self.cells(try Self.view("2025-W06", [february])).suffix(1) == ["Thứ Năm - Chủ nhật 06-09/02"])
        #expect(Self.cells(try Self.view("2025-W07", [february])).first == "Thứ Hai, Thứ Ba 10-11/02")
    }

    @Test func theTimeCellSpansARunOfItemsAtOneTime() throws {
        let items = [AgendaItem(time: "Sáng", text: "a"), AgendaItem(time: "Sáng", text: "b"), AgendaItem(time: "Chiều", text: "c"),
                     AgendaItem(text: "d")]
        let rows = WeekTableView.rows(AgendaDay(days: DayRange(3), note: "Kỷ niệm", items: items))
        #expect(rows.map(\.time) == [nil, "Sáng", nil, "Chiều", nil])
        #expect(rows.map(\.timeSpan) == [0, 2, 0, 1, 1])
        #expect(rows.map(\.isFirst) == [true, false, false, false, false])
        #expect(rows[0].isLead && rows[0].note == "Kỷ niệm")
    }

    @Test func aWeekAcrossTwoYearsWritesBothYears() throws {
        let view = try Self.view("2025-W01", [Self.schedule(2024, 12), Self.schedule(2025, 1)])
        #expect(view.summary == "Tuần 01 (từ ngày 30/12/2024 đến ngày 05/01/2025)")
        #expect(view.week?.caption == "Lịch công tác tuần 01 năm 2025")
        #expect(Self.cells(view).first == "Thứ Hai 30/12")
    }

    @Test func weekOverridesReplaceTheClosing() throws {
        let overrides = WeekOverrides(recipients: ["Các phòng, đơn vị"], electronic: [],
                                      signature: Signature(authority: "TL. GIÁM ĐỐC", position: "CHÁNH VĂN PHÒNG", name: "Trần B"))
        let view = try Self.view("2025-W10", [Self.schedule(2025, 3, week: overrides)])
        #expect(view.recipients == ["- Các phòng, đơn vị."])
        #expect(view.signature == SignatureView(authority: "TL. GIÁM ĐỐC", position: "CHÁNH VĂN PHÒNG", name: "Trần B"))
        // Without overrides, the monthly closing.
        let plain = try Self.view("2025-W10", [Self.schedule(2025, 3)])
        #expect(plain.recipients == ["- UBND tỉnh;", "- Lưu: VT."])
        #expect(plain.signature?.authority == "KT. GIÁM ĐỐC")
    }

    @Test func theWeekDocumentIsAWholePackageAndPage() throws {
        let march = Self.schedule(2025, 3, days: [AgendaDay(days: DayRange(3), items: [AgendaItem(time: "Sáng", text: "<Họp> & \"bàn\"")])])
        let week = try #require(ISOWeek(parsing: "2025-W10"))
        let months = [YearMonth(year: 2025, month: 3): march]
        let parts = try unzip(Data(try DocxRenderer().renderWeekBytes(week, main: march, months: months)))
        let document = try #require(parts["word/document.xml"])
        #expect(XMLCheck.canonical(document) != nil)
        #expect(document.contains("LỊCH CÔNG TÁC TUẦN"))
        #expect(document.contains("&lt;Họp&gt; &amp;"))
        let html = String(decoding: try HTMLRenderer().renderWeekBytes(week, main: march, months: months, fragment: true), as: UTF8.self)
        #expect(html.contains("&lt;Họp&gt; &amp;"))
        #expect(html.contains("<td class=\"time-cell\" rowspan=\"1\">Sáng</td>"))
    }
}

/// One week of an example against goldens: the DOCX part by part (canonical XML), the HTML page and
/// fragment exactly. Re-record with `CONGTAC_RECORD=1 swift test --filter WeekGoldenTests`.
@Suite struct WeekGoldenTests {
    static let goldens = packageRoot.appendingPathComponent("Tests/CongTacRenderingTests/Goldens/week")
    static let name = "khcn-ha-tinh-2025-02"
    static let week = ISOWeek(year: 2025, week: 8)!

    static func months() throws -> (Schedule, [YearMonth: Schedule]) {
        let schedule = try loadExample(name)
        return (schedule, [schedule.month!: schedule])
    }

    @Test func docxMatchesGolden() throws {
        let (main, months) = try Self.months()
        let parts = try unzip(Data(try DocxRenderer().renderWeekBytes(Self.week, main: main, months: months)))
        let folder = Self.goldens.appendingPathComponent("\(Self.name)-week-\(Self.week)")
        if recordingGoldens {
            try? FileManager.default.removeItem(at: folder)
            for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
                try recordGolden(Data(text.utf8), at: folder.appendingPathComponent(path))
            }
            return
        }
        let expectedPaths = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }.sorted()
        #expect(parts.keys.sorted() == expectedPaths)
        for path in expectedPaths {
            let expected = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            let actual = try #require(parts[path])
            if XMLCheck.canonical(actual) != XMLCheck.canonical(expected) {
                Issue.record("\(path) differs from its golden:\n\(lineDiff(expected, actual))")
            }
        }
    }

    @Test(arguments: [false, true])
    func htmlMatchesGolden(fragment: Bool) throws {
        let (main, months) = try Self.months()
        let html = String(decoding: try HTMLRenderer().renderWeekBytes(Self.week, main: main, months: months, fragment: fragment),
                          as: UTF8.self)
        let golden = Self.goldens.appendingPathComponent("\(Self.name)-week-\(Self.week)" + (fragment ? ".fragment.html" : ".html"))
        if recordingGoldens {
            try recordGolden(Data(html.utf8), at: golden)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if html != expected { Issue.record("\(golden.lastPathComponent) differs:\n\(lineDiff(expected, html))") }
    }
}
