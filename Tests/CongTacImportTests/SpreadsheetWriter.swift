import CongTacCalendar
import CongTacModel
import Foundation

/// Writes an example's agenda as the spreadsheets offices keep: one row per item, the day on the
/// first row of its day (the rows below left blank in CSV, merged in XLSX), a `Ghi chú` column for
/// the day's note, a whole-day text as a row with only the text.
enum SpreadsheetWriter {
    static let headings = ["Ngày", "Buổi", "Nội dung", "Đơn vị chuẩn bị", "Lãnh đạo chủ trì", "Ghi chú"]

    /// The rows (without the heading row) and, for each, whether it starts its day.
    static func rows(_ days: [AgendaDay]) -> [(day: DayRange, first: Bool, cells: [String])] {
        var rows: [(DayRange, Bool, [String])] = []
        for day in days {
            let label = day.days.isSingleDay ? "\(day.days.first)" : "\(day.days.first)-\(day.days.last)"
            var first = true
            if day.text != nil || day.items.isEmpty {
                rows.append((day.days, true, [label, "", day.text ?? "", "", "", day.note ?? ""]))
                first = false
            }
            for item in day.items {
                rows.append((day.days, first, [first ? label : "", item.time ?? "", item.text, item.unit ?? "", item.leader ?? "",
                                               first ? day.note ?? "" : ""]))
                first = false
            }
        }
        return rows
    }

    static func csv(_ days: [AgendaDay], separator: String, bom: Bool) -> [UInt8] {
        func quoted(_ text: String) -> String {
            text.contains(separator) || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var text = headings.joined(separator: separator) + "\r\n"
        for row in rows(days) { text += row.cells.map(quoted).joined(separator: separator) + "\r\n" }
        return (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    }

    /// An XLSX workbook: a cover sheet first (no agenda), then the agenda sheet. Contents are
    /// shared strings, units and leaders inline strings, single days date cells (serials), ranges
    /// texts, and each day cell merged over its day's rows.
    static func xlsx(_ days: [AgendaDay], month: YearMonth, sheetName: String = "Lịch tháng") throws -> [UInt8] {
        var shared: [String] = []
        func sharedIndex(_ text: String) -> Int {
            if let index = shared.firstIndex(of: text) { return index }
            shared.append(text)
            return shared.count - 1
        }
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        func column(_ index: Int) -> String { String(UnicodeScalar(UInt8(65 + index))) }
        func inline(_ ref: String, _ text: String) -> String {
            text.isEmpty ? "" : "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(escape(text))</t></is></c>"
        }
        var sheetRows = "<row r=\"1\">" + headings.enumerated().map { inline("\(column($0.offset))1", $0.element) }.joined() + "</row>"
        var merges: [String] = []
        let all = rows(days)
        var rowNumber = 1
        var dayStart: (row: Int, range: DayRange)?
        func closeMerge(at last: Int) {
            if let start = dayStart, last > start.row { merges.append("A\(start.row):A\(last)") }
        }
        for row in all {
            rowNumber += 1
            var cells = ""
            if row.first {
                closeMerge(at: rowNumber - 1)
                dayStart = (rowNumber, row.day)
                if row.day.isSingleDay {
                    let date = CivilDate(year: month.year, month: month.month, day: row.day.first)
                    let serial = date.dayNumber - CivilDate(year: 1899, month: 12, day: 30).dayNumber
                    cells += "<c r=\"A\(rowNumber)\" s=\"1\"><v>\(serial)</v></c>"
                } else {
                    cells += inline("A\(rowNumber)", row.cells[0])
                }
            }
            for index in 1..<row.cells.count where !row.cells[index].isEmpty {
                if index == 2 {
                    cells += "<c r=\"C\(rowNumber)\" t=\"s\"><v>\(sharedIndex(row.cells[index]))</v></c>"
                } else {
                    cells += inline("\(column(index))\(rowNumber)", row.cells[index])
                }
            }
            sheetRows += "<row r=\"\(rowNumber)\">\(cells)</row>"
        }
        closeMerge(at: rowNumber)
        let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        let rel = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        let mergeXML = merges.isEmpty ? "" : "<mergeCells count=\"\(merges.count)\">" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        let agenda = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet \(main)><sheetData>\(sheetRows)</sheetData>\(mergeXML)</worksheet>"
        let cover = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet \(main)><sheetData><row r=\"1\">"
            + "<c r=\"A1\" t=\"inlineStr\"><is><t>Tổng hợp lịch công tác của các phòng</t></is></c></row></sheetData></worksheet>"
        let strings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst \(main) count=\"\(shared.count)\" uniqueCount=\"\(shared.count)\">"
            + shared.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" }.joined() + "</sst>"
        let workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook \(main) \(rel)><sheets>"
            + "<sheet name=\"Bìa\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"\(escape(sheetName))\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>"
        let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>"
        return try zipArchive([
            ("[Content_Types].xml", Array("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8)),
            ("xl/workbook.xml", Array(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Array(rels.utf8)),
            ("xl/worksheets/sheet1.xml", Array(cover.utf8)), ("xl/worksheets/sheet2.xml", Array(agenda.utf8)),
            ("xl/sharedStrings.xml", Array(strings.utf8)),
        ])
    }
}
