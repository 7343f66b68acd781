import ArgumentParser
import CongTacCalendar
import CongTacMessages
import CongTacModel
import Foundation

/// `congtac calendar YYYY-MM [--json]`: the month's days with weekday, lunar date and days off.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "In lịch một tháng: thứ, ngày âm lịch, ngày lễ và ngày nghỉ.",
        discussion: """
            Ví dụ: congtac calendar 2025-01. Ngày âm lịch tính theo giờ Việt Nam (UTC+7); tháng nhuận ghi \
            "nhuận". Ngày nghỉ theo Bộ luật Lao động 2019 và các thông báo nghỉ lễ, Tết đã công bố. \
            Năm từ 1900 đến 2100.
            """
    )

    @Argument(help: ArgumentHelp("Tháng cần in, dạng YYYY-MM (ví dụ 2025-01).", valueName: "YYYY-MM"))
    var month: String

    @Flag(name: .long, help: "In dạng JSON: mỗi ngày một đối tượng date, weekday, lunar_day, lunar_month, lunar_year, leap, holiday.")
    var json = false

    func validate() throws {
        _ = try CalendarMonth.parse(month, language: Language.resolve(nil))
    }

    func run() throws {
        let month = try CalendarMonth.parse(month, language: Language.resolve(nil))
        let rows = MonthCalendar.rows(year: month.year, month: month.month)
        let text = json ? CalendarFormat.json(rows) : CalendarFormat.table(rows, month: month)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// Reading the `YYYY-MM` argument that `calendar` and `new` share.
enum CalendarMonth {
    /// `2025-03` (or `2025-3`) → 2025/3; a `ValidationError` in `language` for anything else and for
    /// years outside `MonthCalendar.supportedYears`.
    static func parse(_ text: String, language: Language) throws -> YearMonth {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1])
        else {
            throw ValidationError(Phrase.monthNotYearMonth(text).text(language))
        }
        guard (1...12).contains(month) else {
            throw ValidationError(Phrase.monthOutOfRange(text).text(language))
        }
        let years = MonthCalendar.supportedYears
        guard years.contains(year) else {
            throw ValidationError(Phrase.yearUnsupported(year, supported: years).text(language))
        }
        return YearMonth(year: year, month: month)
    }
}

/// The two shapes of `congtac calendar`'s output.
enum CalendarFormat {
    /// The aligned table, with a heading naming the month and its lunar year(s).
    static func table(_ rows: [MonthCalendar.Row], month: YearMonth) -> String {
        // `năm Ất Tỵ`, or `năm Giáp Thìn đến 28/01, năm Ất Tỵ từ 29/01` when Tết falls in the month.
        let years = MonthCalendar.lunarYears(of: rows)
        func dayMonth(_ date: CivilDate) -> String { "\(DateLine.day(date.day))/\(DateLine.month(date.month))" }
        let yearText = years.enumerated().map { index, year in
            let name = "năm \(CanChi.yearName(lunarYear: year.lunarYear))"
            if years.count == 1 { return name }
            if index == 0 { return "\(name) đến \(dayMonth(years[1].from.adding(days: -1)))" }
            return "\(name) từ \(dayMonth(year.from))"
        }.joined(separator: ", ")
        var lines = ["Tháng \(DateLine.month(month.month)) năm \(month.year) — âm lịch: \(yearText)", ""]
        let header = ["Ngày", "Thứ", "Âm lịch", "Ngày nghỉ"]
        let body = rows.map { row -> [String] in
            var note = row.dayOff?.name ?? ""
            if row.dayOff == nil && row.isWorkingDay && row.weekday.isWeekend { note = "Làm việc (làm bù)" }
            // Numeric dates in a table keep two-digit months (`05/03/2025`) so that the column lines up.
            return ["\(DateLine.day(row.date.day))/\(DateLine.day(row.date.month))/\(row.date.year)",
                    row.weekday.vietnameseName, row.lunarText, note]
        }
        let widths = (0..<header.count).map { column in
            ([header] + body).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        lines.append(line(header))
        lines.append(line(widths.map { String(repeating: "-", count: $0) }))
        lines += body.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON array, one object per day with exactly the keys `date`, `weekday`, `lunar_day`,
    /// `lunar_month`, `lunar_year`, `leap` and `holiday` (a string, or null on a day without one).
    static func json(_ rows: [MonthCalendar.Row]) -> String {
        let objects = rows.map { row in
            let fields: [(String, String)] = [
                ("date", quoted(row.date.description)),
                ("weekday", quoted(row.weekday.vietnameseName)),
                ("lunar_day", String(row.lunar.day)),
                ("lunar_month", String(row.lunar.month)),
                ("lunar_year", String(row.lunar.year)),
                ("leap", row.lunar.isLeapMonth ? "true" : "false"),
                ("holiday", row.dayOff.map { quoted($0.name) } ?? "null"),
            ]
            return "  {" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

fileprivate extension String {
    /// The text without the spaces at its end.
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
