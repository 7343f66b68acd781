/// `congtac import`: files it refuses (errors) and places it was unsure of (warnings).
extension Message {
    // MARK: Refused files

    public static func importUnsupportedExtension(_ ext: String) -> Message {
        Message(code: "import-unsupported-extension",
                vi: "không nhập được tệp đuôi `.\(ext)`: congtac nhập .docx, .xlsx và .csv",
                en: "cannot import a `.\(ext)` file: congtac imports .docx, .xlsx and .csv")
    }

    public static func importNotWhatExtensionSays(_ expected: String) -> Message {
        Message(code: "import-wrong-content",
                vi: "tệp không phải \(expected) như đuôi tên tệp cho biết; mở tệp bằng Word hoặc LibreOffice và lưu lại đúng định dạng",
                en: "the file is not \(expected) as its extension says; open it in Word or LibreOffice and save it in that format")
    }

    public static let importEncrypted = Message(
        code: "import-encrypted",
        vi: "tệp được đặt mật khẩu (mã hóa); mở bằng Word, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi lưu lại",
        en: "the file is password-protected (encrypted); open it in Word, remove the password (File > Info > Protect Document) and save it again")

    public static let importWord97 = Message(
        code: "import-word97",
        vi: "đây là tệp Word 97–2003 (.doc), congtac chỉ đọc .docx; trong Word chọn Tệp > Lưu thành > Tài liệu Word (.docx), "
            + "hoặc chạy: soffice --headless --convert-to docx TỆP.doc",
        en: "this is a Word 97–2003 file (.doc) and congtac reads .docx only; in Word choose File > Save As > Word Document (.docx), "
            + "or run: soffice --headless --convert-to docx FILE.doc")

    public static let importExcel97 = Message(
        code: "import-excel97",
        vi: "đây là tệp Excel 97–2003 (.xls), congtac chỉ đọc .xlsx và .csv; trong Excel chọn Tệp > Lưu thành > Sổ làm việc Excel (.xlsx)",
        en: "this is an Excel 97–2003 file (.xls) and congtac reads .xlsx and .csv only; in Excel choose File > Save As > Excel Workbook (.xlsx)")

    public static func importCorrupt(_ part: String) -> Message {
        Message(code: "import-corrupt",
                vi: "tệp bị hỏng (\(part)): mở và lưu lại bằng Word hoặc LibreOffice",
                en: "the file is damaged (\(part)): open it and save it again in Word or LibreOffice")
    }

    public static func importExpandsTooMuch(_ part: String, declared: Int) -> Message {
        Message(code: "import-expands-too-much",
                vi: "phần \(part) giải nén ra \(declared) byte, quá lớn hoặc không tương xứng với tệp nén (có thể là bom ZIP); không đọc",
                en: "the part \(part) expands to \(declared) bytes, too large or out of proportion to the archive (possibly a ZIP bomb); not read")
    }

    public static func importUnsupportedArchive(_ detail: String) -> Message {
        Message(code: "import-unsupported-archive",
                vi: "tệp nén dùng \(detail), congtac không đọc; mở và lưu lại bằng Word, Excel hoặc LibreOffice",
                en: "the archive uses \(detail), which congtac does not read; open it and save it again in Word, Excel or LibreOffice")
    }

    public static func importMissingPart(_ part: String) -> Message {
        Message(code: "import-missing-part",
                vi: "tệp thiếu phần \(part): không phải văn bản Word/bảng tính Excel, hoặc đã hỏng",
                en: "the file has no part \(part): it is not a Word document or Excel workbook, or it is damaged")
    }

    public static func importXML(_ part: String, line: Int, column: Int, _ detail: String) -> Message {
        Message(code: "import-xml",
                vi: "phần \(part) không phải XML hợp lệ (dòng \(line), cột \(column): \(detail))",
                en: "the part \(part) is not well-formed XML (line \(line), column \(column): \(detail))")
    }

    public static func importDoctype(_ part: String) -> Message {
        Message(code: "import-doctype",
                vi: "phần \(part) có khai báo DOCTYPE/thực thể, điều văn bản Office không bao giờ có; không đọc",
                en: "the part \(part) declares a DOCTYPE or entities, which Office files never do; not read")
    }

    public static let importNotUTF8 = Message(
        code: "import-not-utf8",
        vi: "tệp CSV không ở mã UTF-8; trong Excel chọn Lưu thành > CSV UTF-8 (phân tách bằng dấu phẩy), "
            + "trong LibreOffice chọn bộ ký tự Unicode (UTF-8)",
        en: "the CSV file is not UTF-8; in Excel use Save As > CSV UTF-8 (Comma delimited), in LibreOffice choose "
            + "the character set Unicode (UTF-8)")

    public static func importSheetNotFound(_ name: String, available: [String]) -> Message {
        Message(code: "import-sheet-not-found",
                vi: "bảng tính không có trang `\(name)`; các trang: \(available.joined(separator: ", "))",
                en: "the workbook has no sheet `\(name)`; its sheets: \(available.joined(separator: ", "))")
    }

    public static func importNoAgendaColumns(_ sheet: String) -> Message {
        Message(code: "import-no-agenda-columns",
                vi: "không tìm thấy hàng tiêu đề bảng lịch (Ngày | Buổi | Nội dung | Đơn vị chuẩn bị | Lãnh đạo chủ trì) trong \(sheet)",
                en: "no agenda header row (Ngày | Buổi | Nội dung | Đơn vị chuẩn bị | Lãnh đạo chủ trì) found in \(sheet)")
    }

    public static let importDraftErrors = Message(
        code: "import-draft-errors",
        vi: "tệp lịch nhập được không qua được kiểm tra (lỗi của congtac, xin báo lại); không ghi gì",
        en: "the imported schedule does not pass the checks (a bug of congtac, please report it); nothing written")

    // MARK: Places to review

    public static func importUnplaced(_ excerpt: String) -> Message {
        Message(code: "import-unplaced",
                vi: "không xếp được \"\(excerpt)\" vào lịch; đã giữ lại thành ghi chú ở đầu tệp",
                en: "could not place \"\(excerpt)\" in the schedule; kept as a comment at the top of the file")
    }

    public static func importExtraColumns(_ headings: String) -> Message {
        Message(code: "import-extra-columns",
                vi: "lịch không có cột \(headings); nội dung các cột này được ghi vào cuối nội dung công việc, trong ngoặc",
                en: "a schedule has no column \(headings); their texts were added in brackets at the end of the work's text")
    }

    public static func importUnsurePairing(_ excerpt: String) -> Message {
        Message(code: "import-unsure-pairing",
                vi: "không ghép được từng dòng \"\(excerpt)\" với từng việc trong ô bên cạnh; đã ghi cả vào việc đầu tiên",
                en: "could not pair the lines \"\(excerpt)\" with the items beside them; all of it went to the first item")
    }

    public static func importDayUnreadable(_ text: String) -> Message {
        Message(code: "import-day-unreadable",
                vi: "không đọc được ngày trong ô \"\(text)\"; nội dung hàng được giữ lại thành ghi chú",
                en: "cannot read a day in the cell \"\(text)\"; the row's text is kept as a comment")
    }

    public static func importDayOtherMonth(_ text: String, month: String) -> Message {
        Message(code: "import-day-other-month",
                vi: "ngày \"\(text)\" không thuộc tháng \(month) của bảng lịch; nội dung hàng được giữ lại thành ghi chú",
                en: "the day \"\(text)\" is not in the agenda's month \(month); the row's text is kept as a comment")
    }

    public static func importWeekdayMismatch(day: String, written: String, actual: String) -> Message {
        Message(code: "import-weekday-mismatch",
                vi: "ngày \(day) là \(actual), văn bản ghi \(written); lấy theo ngày",
                en: "\(day) is a \(actual), the document says \(written); the date was kept")
    }

    public static func importEmptyDay(_ day: String) -> Message {
        Message(code: "import-empty-day",
                vi: "ngày \(day) không có việc nào; không nhập",
                en: "the day \(day) has no work; not imported")
    }

    public static func importDayOverlap(_ day: String) -> Message {
        Message(code: "import-day-overlap",
                vi: "ngày \(day) trùng với một ngày đã có trong bảng; nội dung được giữ lại thành ghi chú",
                en: "the day \(day) overlaps a day already in the table; its text is kept as a comment")
    }

    public static let importPicture = Message(
        code: "import-picture",
        vi: "hình ảnh, hộp văn bản hoặc đối tượng nhúng không được nhập; chữ trong hộp văn bản được giữ lại thành ghi chú ở đầu tệp",
        en: "a picture, text box or embedded object was not imported; a text box's text is kept as a comment at the top of the file")

    public static let importFootnote = Message(
        code: "import-footnote",
        vi: "lịch không có chỗ cho chú thích cuối trang; nội dung chú thích được giữ lại thành ghi chú ở đầu tệp",
        en: "a schedule has no place for a footnote; its text is kept as a comment at the top of the file")

    public static let importAgendaWithoutSection = Message(
        code: "import-agenda-without-section",
        vi: "bảng lịch không nằm dưới mục nào; đã đặt vào một mục mới",
        en: "the agenda table is under no section; it was put in a new one")

    public static let importUnknownTable = Message(
        code: "import-unknown-table",
        vi: "bảng này không phải bảng lịch (không nhận ra tiêu đề cột); nội dung được giữ lại thành ghi chú",
        en: "this table is not an agenda (its column headings are not recognised); its text is kept as comments")

    public static func importMonthGuessed(_ month: String) -> Message {
        Message(code: "import-month-guessed",
                vi: "tệp không nói bảng lịch của tháng nào; đã lấy tháng \(month) (dùng --month để chọn)",
                en: "the file does not say the agenda's month; \(month) was taken (use --month to choose)")
    }

    /// `field` is the schedule key left as a placeholder: `agency`, `place`, `date`, `sections`.
    public static func importHeaderMissing(_ field: String) -> Message {
        Message(code: "import-header-missing",
                vi: "không tìm thấy `\(field)` trong văn bản; đã điền chỗ trống để sửa (hoặc dùng --from)",
                en: "no `\(field)` found in the document; a placeholder was written to edit (or use --from)")
    }
}

/// Places in an imported file and the import's summary.
extension Phrase {
    public static func importParagraph(_ n: Int) -> Phrase {
        Phrase(vi: "đoạn \(n)", en: "paragraph \(n)")
    }

    public static func importTableCell(table: Int, row: Int, column: Int) -> Phrase {
        Phrase(vi: "bảng \(table), hàng \(row), cột \(column)", en: "table \(table), row \(row), column \(column)")
    }

    /// `Sheet1!C14`, the same in both languages.
    public static func importSheetCell(sheet: String, row: Int, column: Int) -> Phrase {
        var letters = ""
        var n = column
        while n > 0 {
            let digit = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            n = (n - 1) / 26
        }
        return Phrase(vi: "\(sheet)!\(letters)\(row)", en: "\(sheet)!\(letters)\(row)")
    }

    public static func importLine(_ n: Int) -> Phrase {
        Phrase(vi: "dòng \(n)", en: "line \(n)")
    }

    public static func importSummary(days: Int, items: Int, review: Int) -> Phrase {
        Phrase(vi: "\(days) ngày, \(items) việc, \(review) chỗ cần xem lại",
               en: "\(days) days, \(items) items, \(review) places to review")
    }

    /// The comment above the texts the importer kept aside.
    public static let importKeptHeading = Phrase(
        vi: "congtac import: các đoạn dưới đây không xếp được vào lịch; chuyển vào đúng chỗ hoặc xóa.",
        en: "congtac import: the texts below could not be placed in the schedule; move them where they belong or delete them.")

    /// Texts written into the schedule file where the source had nothing (the file is Vietnamese).
    public static let importAgendaHeading = Phrase(vi: "DỰ KIẾN CHƯƠNG TRÌNH CÔNG TÁC", en: "DỰ KIẾN CHƯƠNG TRÌNH CÔNG TÁC")
    public static let importPlaceholderAgency = Phrase(vi: "[TÊN CƠ QUAN]", en: "[TÊN CƠ QUAN]")
    public static let importPlaceholderPlace = Phrase(vi: "[Địa danh]", en: "[Địa danh]")
    public static let importPlaceholderItem = Phrase(vi: "[Nội dung]", en: "[Nội dung]")
}
