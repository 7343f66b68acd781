import CongTacCalendar
import CongTacModel
import Foundation

/// Builds the text of a ready-to-edit schedule file for one month: what `congtac new` writes.
///
/// Choices, for the clerk who fills the draft in:
/// - Every working day is a **commented-out** entry (`# - day: 3 …`) with one empty item. A day left
///   commented out is missing from the file, so `congtac check` keeps listing it as the warning
///   `weekday-missing` until it is filled: the warnings are the to-do list, and nothing made up can
///   slip into the signed document. To fill a day, delete the `# ` in front of its lines.
/// - Days off that take working weekdays (holidays, make-up and swapped days, the whole Tết break with
///   its weekends) are real entries with a whole-day text, `NGHỈ TẾT NGUYÊN ĐÁN BÍNH NGỌ`. Ordinary
///   weekends, and a holiday on a weekend with no weekday in its run, are left to the renderer.
/// - Every text is double-quoted, so `: ` and `#` inside a text never break the file.
/// - `date` is the new month as `YYYY-MM` (dated at signing), `number` is left out (numbered at signing).
/// - The banner is kept only in the Tết season, i.e. when the month has a day of the Tết break, and is
///   then `CHÚC MỪNG NĂM MỚI`; a greeting copied from another month would be out of place.
struct NewSchedule {
    /// The month of the draft.
    var month: YearMonth
    /// The programme of an earlier month whose header, sections, recipients and signature are copied.
    var previous: Schedule?
    var holidays = HolidayCalendar()

    /// The heading of the focus-task section when there is no previous programme.
    static let focusHeading = "MỘT SỐ NHIỆM VỤ TRỌNG TÂM"
    /// The heading of the agenda section when the previous programme has none.
    static let agendaHeading = "DỰ KIẾN CHƯƠNG TRÌNH CÔNG TÁC"
    /// The Tết greeting.
    static let tetBanner = "CHÚC MỪNG NĂM MỚI"
    /// The column at which end-of-line comments start.
    private static let commentColumn = 40

    /// The month the previous programme covers: its `month`, or else the month its title or summary
    /// names (`Công tác tháng 7 và Quý III năm 2020`), or else the month before the draft's.
    var previousMonth: YearMonth {
        guard let previous else { return month.previous }
        if let covered = previous.month { return covered }
        let texts = [previous.title, previous.summary].compactMap { $0 }
        return MonthMentions.firstMonth(in: texts, defaultYear: previous.date.year) ?? month.previous
    }

    /// The whole file.
    func text() -> String {
        var out = Lines()
        let rows = MonthCalendar.rows(year: month.year, month: month.month, holidays: holidays)
        let monthName = "tháng \(DateLine.month(month.month)) năm \(month.year)"
        let moved = MonthMentions(from: previousMonth, to: month)

        out.comment("Chương trình công tác \(monthName): bản nháp do `congtac new` tạo.")
        out.comment("Cách điền:")
        out.comment("- Dòng hoặc phần dòng sau dấu \"#\" là ghi chú; congtac bỏ qua.")
        out.comment("- Mọi văn bản đặt trong ngoặc kép \"…\". Văn bản có \": \" (ví dụ \"Sáng: Họp\") bắt buộc phải có")
        out.comment("  ngoặc kép. Trong ngoặc kép, gõ \\\" cho dấu ngoặc kép và \\\\ cho dấu gạch chéo ngược.")
        out.comment("- Không gõ thứ trong tuần: congtac tự tính. Thứ Bảy, Chủ nhật và ngày nghỉ lễ không ghi trong tệp")
        out.comment("  được tự thêm vào bảng lịch.")
        if previous == nil {
            out.comment("- Thay mọi chỗ [trong ngoặc vuông] bằng nội dung thật.")
        }
        out.comment("- Kiểm tra: congtac check TỆP   Xuất văn bản: congtac render TỆP --format docx")
        out.blank()

        // The header.
        let agency = previous?.agency
        out.line("agency:", comment: "cơ quan")
        if let agency {
            if let parent = agency.parent { out.line("  parent: \(YAMLText.quoted(parent))", comment: "cơ quan chủ quản") }
            out.line("  name: \(YAMLText.quoted(agency.name))", comment: "cơ quan ban hành")
            if let code = agency.code { out.line("  code: \(YAMLText.quoted(code))", comment: "viết tắt trong \"Số: …/CTr-\(code)\"") }
        } else {
            out.line("  parent: \(YAMLText.quoted("[CƠ QUAN CHỦ QUẢN]"))", comment: "ví dụ UBND TỈNH HÀ TĨNH; xóa dòng nếu không có")
            out.line("  name: \(YAMLText.quoted("[TÊN CƠ QUAN]"))", comment: "cơ quan ban hành, ví dụ SỞ KHOA HỌC VÀ CÔNG NGHỆ")
            out.line("  code: \(YAMLText.quoted("[VIẾT TẮT]"))", comment: "viết tắt trong \"Số: …/CTr-KHCN\", ví dụ KHCN")
        }
        out.line("# number: 1", comment: "số văn bản: để trống, điền khi ký")
        out.line("place: \(YAMLText.quoted(previous?.place ?? "[Địa danh]"))",
                 comment: "địa danh ở dòng ngày tháng" + (previous == nil ? ", ví dụ Hà Tĩnh" : ""))
        out.line("date: \(Self.yearMonth(month))", comment: "ngày ký YYYY-MM-DD; YYYY-MM để trống ngày, điền khi ký")
        if rows.contains(where: { $0.dayOff?.kind == .tetBreak }) {
            out.line("banner: \(YAMLText.quoted(Self.tetBanner))", comment: "dòng chúc Tết trên tên văn bản; xóa nếu không dùng")
        }
        if let previous {
            out.line("title: \(YAMLText.quoted(moved.apply(previous.title)))", comment: "tên văn bản; \"\\n\" để xuống dòng")
            if let summary = previous.summary {
                out.line("summary: \(YAMLText.quoted(moved.apply(summary)))", comment: "trích yếu")
            }
        } else {
            out.line("title: \(YAMLText.quoted(Schedule.defaultTitle))", comment: "tên văn bản; \"\\n\" để xuống dòng")
            out.line("summary: \(YAMLText.quoted("Công tác \(monthName)"))", comment: "trích yếu")
        }
        out.line("month: \(Self.yearMonth(month))", comment: "tháng của bảng lịch")

        // The body.
        out.line("sections:", comment: "các phần I., II. …, đánh số tự động")
        var agendaWritten = false
        for section in previous?.sections ?? [Section(heading: Self.focusHeading)] {
            writeSection(section, indent: 2, moved: moved, rows: rows, agendaWritten: &agendaWritten, into: &out)
        }
        if !agendaWritten {
            writeSection(Section(heading: Self.agendaHeading, agenda: Agenda(days: [])), indent: 2, moved: moved,
                         rows: rows, agendaWritten: &agendaWritten, into: &out)
        }

        // The closing.
        out.blank()
        out.line("recipients:", comment: "\"Nơi nhận\"; dấu \"-\" và \";\"/\".\" được thêm tự động")
        for recipient in previous?.recipients ?? ["[Nơi nhận]", "Lưu: VT, VP"] {
            out.line("  - \(YAMLText.quoted(recipient))")
        }
        if let electronic = previous?.electronic, !electronic.isEmpty {
            out.line("electronic:", comment: "\"Bản điện tử\" (tùy chọn)")
            for line in electronic { out.line("  - \(YAMLText.quoted(line))") }
        } else {
            out.line("# electronic:", comment: "\"Bản điện tử\" (tùy chọn)")
            out.line("#   - \(YAMLText.quoted("VP UBND tỉnh"))")
        }
        if let signature = previous?.signature {
            out.line("signature:", comment: "khối chữ ký")
            if let authority = signature.authority { out.line("  authority: \(YAMLText.quoted(authority))", comment: "thẩm quyền ký") }
            if let position = signature.position { out.line("  position: \(YAMLText.quoted(position))", comment: "chức vụ người ký") }
            if let name = signature.name { out.line("  name: \(YAMLText.quoted(name))", comment: "họ và tên người ký") }
        } else if previous == nil {
            out.line("signature:", comment: "khối chữ ký")
            out.line("  authority: \(YAMLText.quoted("KT. GIÁM ĐỐC"))", comment: "TM., KT., Q., TL., TUQ.; xóa dòng nếu ký trực tiếp")
            out.line("  position: \(YAMLText.quoted("PHÓ GIÁM ĐỐC"))", comment: "chức vụ người ký")
            out.line("  name: \(YAMLText.quoted("[Họ và tên]"))", comment: "họ và tên người ký")
        }
        return out.text
    }

    /// A section of the draft: the heading (its month moved), the previous items as comments to keep
    /// or delete, the nested sections, and the month's agenda in the first section that had one.
    private func writeSection(_ section: Section, indent: Int, moved: MonthMentions, rows: [MonthCalendar.Row],
                              agendaWritten: inout Bool, into out: inout Lines) {
        let pad = String(repeating: " ", count: indent)
        out.line("\(pad)- heading: \(YAMLText.quoted(moved.apply(section.heading)))")
        let isAgendaSection = section.agenda != nil && !agendaWritten
        if section.agenda == nil || !section.items.isEmpty {
            out.line("\(pad)  items:", comment: "mỗi đoạn một dòng \"- \", trong ngoặc kép")
            if section.items.isEmpty {
                out.line("\(pad)    # - \(YAMLText.quoted("Nội dung nhiệm vụ …"))")
            } else {
                out.line("\(pad)    # Của tháng trước: xóa \"# \" ở đầu dòng để giữ lại, hoặc xóa dòng.")
                for item in section.items { out.line("\(pad)    # - \(YAMLText.quoted(item))") }
            }
        }
        if !section.sections.isEmpty {
            out.line("\(pad)  sections:")
            for child in section.sections {
                writeSection(child, indent: indent + 4, moved: moved, rows: rows, agendaWritten: &agendaWritten, into: &out)
            }
        }
        if isAgendaSection, let agenda = section.agenda {
            agendaWritten = true
            writeAgenda(columns: agenda.columns, indent: indent + 2, rows: rows, into: &out)
        }
    }

    /// The agenda: days off as whole-day texts, working days as commented-out entries, in date order.
    private func writeAgenda(columns: [String], indent: Int, rows: [MonthCalendar.Row], into out: inout Lines) {
        let pad = String(repeating: " ", count: indent)
        out.line("\(pad)agenda:", comment: "bảng lịch theo ngày")
        if columns != Agenda.defaultColumns {
            out.line("\(pad)  columns: [\(columns.map(YAMLText.quoted).joined(separator: ", "))]")
        }
        out.line("\(pad)  days:")
        let entry = pad + "    "
        out.line("\(entry)# Mỗi ngày làm việc có sẵn một mục đã tắt bằng \"#\". Để điền một ngày: xóa \"# \" ở đầu các dòng")
        out.line("\(entry)# của ngày đó (giữ nguyên thụt lề) rồi viết nội dung. Ngày chưa điền được `congtac check` nhắc")
        out.line("\(entry)# bằng cảnh báo weekday-missing.")
        out.line("\(entry)#   time:   buổi: \"Sáng\", \"Chiều\", \"Tối\", \"Cả ngày\", hoặc nhãn ngắn khác như \"8h00\"; bỏ trống được.")
        out.line("\(entry)#   text:   nội dung công việc (bắt buộc).   unit: cơ quan chuẩn bị.")
        out.line("\(entry)#   leader: lãnh đạo chủ trì, ví dụ \"Đ/c Hoàn GD Sở\".")
        out.line("\(entry)# Thêm việc: chép khối \"- time: …\" bốn dòng. Dòng in nghiêng trên các việc: note: \"Kỷ niệm …\".")
        out.line("\(entry)# Nhiều ngày liền một việc: day: \"16-20\" (trong ngoặc kép), xóa các ngày lẻ trùng.")

        let runs = MonthCalendar.dayOffRuns(of: rows).filter { run in
            // A run is listed when it takes a weekday off, or when it is part of the Tết break.
            run.dayOff.kind == .tetBreak
                || (run.first.date.day...run.last.date.day).contains { !rows[$0 - 1].weekday.isWeekend }
        }
        var day = 1
        var lastWeekStart: Int?
        while day <= rows.count {
            let row = rows[day - 1]
            if let run = runs.first(where: { $0.first.date.day == day }) {
                let first = run.first.date.day, last = run.last.date.day
                let label = first == last ? String(first) : YAMLText.quoted("\(first)-\(last)")
                func dayName(_ row: MonthCalendar.Row) -> String {
                    "\(row.weekday.vietnameseName) \(DateLine.day(row.date.day))/\(DateLine.day(row.date.month))"
                }
                let span = first == last ? row.weekday.vietnameseName : "từ \(dayName(run.first)) đến \(dayName(run.last))"
                out.blank()
                out.line("\(entry)- day: \(label)", comment: "\(span): \(run.dayOff.name)")
                out.line("\(entry)  text: \(YAMLText.quoted(Self.dayOffText(run.dayOff)))")
                day = last + 1
                continue
            }
            if row.isWorkingDay {
                let weekStart = row.date.adding(days: 1 - row.weekday.rawValue).dayNumber
                if lastWeekStart != weekStart {
                    lastWeekStart = weekStart
                    out.blank()
                    out.line("\(entry)# ─── Tuần từ \(DateLine.day(row.date.day))/\(DateLine.day(row.date.month)) ───")
                }
                var note = "\(row.weekday.vietnameseName), \(row.lunarText) âm lịch"
                if row.weekday.isWeekend { note += "; ngày làm việc bù" }
                out.line("\(entry)# - day: \(day)", comment: note)
                out.line("\(entry)#   items:")
                out.line("\(entry)#     - time: \(YAMLText.quoted("Sáng"))")
                out.line("\(entry)#       text: \(YAMLText.quoted(""))")
                out.line("\(entry)#       unit: \(YAMLText.quoted(""))")
                out.line("\(entry)#       leader: \(YAMLText.quoted(""))")
            }
            day += 1
        }
    }

    /// `NGHỈ TẾT NGUYÊN ĐÁN BÍNH NGỌ`, `NGHỈ BÙ GIỖ TỔ HÙNG VƯƠNG`: the name in capitals after `NGHỈ`.
    static func dayOffText(_ dayOff: DayOff) -> String {
        let name = dayOff.name.uppercased()
        return name.hasPrefix("NGHỈ") ? name : "NGHỈ \(name)"
    }

    /// `2025-03`.
    static func yearMonth(_ month: YearMonth) -> String {
        "\(month.year)-\(DateLine.day(month.month))"
    }

    /// The lines of the file, with end-of-line comments lined up.
    struct Lines {
        private(set) var text = ""

        mutating func line(_ code: String, comment: String? = nil) {
            var line = code
            if let comment {
                let width = max(NewSchedule.commentColumn, code.count + 2)
                line += String(repeating: " ", count: width - code.count) + "# " + comment
            }
            text += line + "\n"
        }

        mutating func comment(_ comment: String) { text += "# \(comment)\n" }

        mutating func blank() { text += "\n" }
    }
}

/// Moves the month a text speaks of: `THÁNG 02 NĂM 2025` → `THÁNG 3 NĂM 2025`, keeping the case of
/// the words and writing the month the decree's way (a leading zero for months 1 and 2). Also moves
/// `năm 2024` → `năm 2025` and `Quý I` → `Quý II` when the year or the quarter changes; only the
/// numbers of the old month, year and quarter are touched.
struct MonthMentions {
    var from: YearMonth
    var to: YearMonth

    /// `tháng 02`, `THÁNG 3`: the number is group 2.
    static let monthPattern = #"(?<!\p{L})(tháng\s+)(\d{1,2})(?!\d)"#
    /// `năm 2025`.
    static let yearPattern = #"(?<!\p{L})(năm\s+)(\d{4})(?!\d)"#
    /// `Quý III`.
    static let quarterPattern = #"(?<!\p{L})(quý\s+)(IV|III|II|I)(?![\p{L}\d])"#

    func apply(_ text: String) -> String {
        var result = replace(in: text, pattern: Self.monthPattern) { number in
            Int(number) == from.month ? DateLine.month(to.month) : nil
        }
        result = replace(in: result, pattern: Self.yearPattern) { number in
            Int(number) == from.year ? String(to.year) : nil
        }
        let quarters = ["I", "II", "III", "IV"]
        result = replace(in: result, pattern: Self.quarterPattern) { numeral in
            numeral == quarters[(from.month - 1) / 3] ? quarters[(to.month - 1) / 3] : nil
        }
        return result
    }

    /// The first `tháng N` of `texts`, in the year of the `năm YYYY` of the same text or `defaultYear`.
    static func firstMonth(in texts: [String], defaultYear: Int) -> YearMonth? {
        for text in texts {
            let months = numbers(in: text, pattern: Self.monthPattern).filter { (1...12).contains($0) }
            guard let month = months.first else { continue }
            let year = numbers(in: text, pattern: Self.yearPattern).first ?? defaultYear
            return YearMonth(year: year, month: month)
        }
        return nil
    }

    /// The numbers in group 2 of the case-insensitive matches of `pattern`.
    private static func numbers(in text: String, pattern: String) -> [Int] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [] }
        return regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).compactMap {
            Int((text as NSString).substring(with: $0.range(at: 2)))
        }
    }

    /// Replaces group 2 of each case-insensitive match of `pattern` by `replacement(group 2)`, when not nil.
    private func replace(in text: String, pattern: String, _ replacement: (String) -> String?) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return text }
        let result = NSMutableString(string: text)
        let matches = regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
        for match in matches.reversed() {
            let range = match.range(at: 2)
            guard let new = replacement((text as NSString).substring(with: range)) else { continue }
            result.replaceCharacters(in: range, with: new)
        }
        return result as String
    }
}

/// Writing YAML strings.
enum YAMLText {
    /// A double-quoted YAML scalar: `\` and `"` escaped, control characters and line separators as
    /// escapes, everything else as it is.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
