/// Messages about the file's structure: keys, types, values.
extension Message {
    public static func unknownKey(_ key: String, in context: String, suggestion: String?) -> Message {
        let hintVI = suggestion.map { "; có phải ý bạn là `\($0)`?" } ?? ""
        let hintEN = suggestion.map { "; did you mean `\($0)`?" } ?? ""
        return Message(code: "unknown-key",
                       vi: "khóa không xác định `\(key)` trong \(context)\(hintVI)",
                       en: "unknown key `\(key)` in \(context)\(hintEN)")
    }

    public static func unknownFormat(_ format: String) -> Message {
        Message(code: "unknown-format",
                vi: "`format: \(format)` không được hỗ trợ; phiên bản này đọc format 1",
                en: "`format: \(format)` is not supported; this version reads format 1")
    }

    /// `firstLine` nil: the text is not read by lines (the web editor's JSON), so none is cited.
    public static func duplicateKey(_ key: String, firstLine: Int?) -> Message {
        guard let firstLine else {
            return Message(code: "duplicate-key", vi: "khóa `\(key)` bị lặp", en: "key `\(key)` is repeated")
        }
        return Message(code: "duplicate-key",
                       vi: "khóa `\(key)` bị lặp (đã có ở dòng \(firstLine))",
                       en: "key `\(key)` is repeated (first on line \(firstLine))")
    }

    public static func missingKey(_ key: String, in context: String) -> Message {
        Message(code: "missing-key",
                vi: "thiếu khóa bắt buộc `\(key)` trong \(context)",
                en: "missing required key `\(key)` in \(context)")
    }

    public static func wrongType(_ what: String, expected: NodeKind, found: NodeKind) -> Message {
        Message(code: "wrong-type",
                vi: "`\(what)` phải là \(expected.vi), nhưng ở đây là \(found.vi)",
                en: "`\(what)` must be \(expected.en), but here it is \(found.en)")
    }

    public static func emptyText(_ what: String) -> Message {
        Message(code: "empty-text",
                vi: "`\(what)` không được để trống",
                en: "`\(what)` must not be empty")
    }

    public static func textTooLong(_ what: String, length: Int, limit: Int) -> Message {
        Message(code: "text-too-long",
                vi: "`\(what)` quá dài (\(length) ký tự; tối đa \(limit))",
                en: "`\(what)` is too long (\(length) characters; at most \(limit))")
    }

    public static func invalidNumber(_ value: String) -> Message {
        Message(code: "invalid-number",
                vi: "số văn bản `\(value)` phải là một số nguyên dương, ví dụ 7",
                en: "the document number `\(value)` must be a positive whole number, e.g. 7")
    }

    public static func invalidDateFormat(_ key: String, _ value: String, monthOnly: Bool) -> Message {
        let form = monthOnly ? "YYYY-MM (ví dụ 2025-02)" : "YYYY-MM-DD (ví dụ 2025-02-03) hoặc YYYY-MM khi chưa có ngày ký"
        let formEN = monthOnly ? "YYYY-MM (e.g. 2025-02)" : "YYYY-MM-DD (e.g. 2025-02-03), or YYYY-MM while the day is blank"
        return Message(code: "invalid-date",
                       vi: "`\(key)`: `\(value)` không đúng dạng \(form)",
                       en: "`\(key)`: `\(value)` is not of the form \(formEN)")
    }

    /// A whole date (`days_off`, `working_days`) that is not `YYYY-MM-DD`.
    public static func invalidFullDate(_ key: String, _ value: String) -> Message {
        Message(code: "invalid-date",
                vi: "`\(key)`: `\(value)` không đúng dạng YYYY-MM-DD (ví dụ 2025-11-24)",
                en: "`\(key)`: `\(value)` is not of the form YYYY-MM-DD (e.g. 2025-11-24)")
    }

    public static func impossibleDate(_ key: String, _ value: String, reason: Phrase) -> Message {
        Message(code: "invalid-date",
                vi: "`\(key)`: ngày `\(value)` không tồn tại (\(reason.vi))",
                en: "`\(key)`: the date `\(value)` does not exist (\(reason.en))")
    }

    public static func invalidDay(_ value: String) -> Message {
        Message(code: "invalid-day",
                vi: "`day`: `\(value)` phải là một ngày trong tháng (ví dụ 3) hoặc một khoảng ngày trong ngoặc kép (ví dụ \"16-20\")",
                en: "`day`: `\(value)` must be a day of the month (e.g. 3) or a quoted range (e.g. \"16-20\")")
    }

    public static func dayOutsideMonth(_ day: Int, month: String, length: Int) -> Message {
        Message(code: "day-outside-month",
                vi: "ngày \(day) không có trong tháng \(month) (tháng có \(length) ngày)",
                en: "day \(day) is not in \(month) (the month has \(length) days)")
    }

    public static func reversedRange(_ first: Int, _ last: Int) -> Message {
        Message(code: "reversed-range",
                vi: "khoảng ngày `\(first)-\(last)` bị đảo ngược: ngày đầu phải trước ngày cuối (`\(last)-\(first)`)",
                en: "the range `\(first)-\(last)` is reversed: the first day must come first (`\(last)-\(first)`)")
    }

    /// `otherLine` nil: the text is not read by lines (the web editor's JSON): "above" instead.
    public static func duplicateDay(_ label: String, otherLabel: String, otherLine: Int?) -> Message {
        let whereVI = otherLine.map { "ở dòng \($0)" } ?? "ở trên"
        let whereEN = otherLine.map { "on line \($0)" } ?? "above"
        if label == otherLabel {
            return Message(code: "duplicate-day",
                           vi: "ngày \(label) đã được liệt kê \(whereVI); hãy gộp các việc vào một mục",
                           en: "day \(label) is already listed \(whereEN); merge the items into one entry")
        }
        return Message(code: "duplicate-day",
                       vi: "ngày \(label) trùng với ngày \(otherLabel) đã liệt kê \(whereVI)",
                       en: "day \(label) overlaps day \(otherLabel) listed \(whereEN)")
    }

    public static func emptyDay(_ label: String) -> Message {
        Message(code: "empty-day",
                vi: "ngày \(label) không có `text` cũng không có `items`; cần ít nhất một trong hai",
                en: "day \(label) has neither `text` nor `items`; it needs one of them")
    }

    public static let missingMonth = Message(
        code: "missing-month",
        vi: "có bảng lịch công tác (`agenda`) nhưng thiếu `month` (tháng của lịch, ví dụ 2025-02)",
        en: "there is an agenda but no `month` (the month it covers, e.g. 2025-02)")

    public static func tooManySections(_ count: Int, limit: Int) -> Message {
        Message(code: "too-many-sections",
                vi: "quá nhiều phần ở cùng một cấp (\(count)); tối đa \(limit), vì số La Mã chỉ viết được đến MMMCMXCIX",
                en: "too many sections at one level (\(count)); at most \(limit), as Roman numerals end at MMMCMXCIX")
    }

    public static let noSections = Message(
        code: "no-sections",
        vi: "`sections` phải có ít nhất một phần",
        en: "`sections` needs at least one section")

    public static func columnCount(_ count: Int) -> Message {
        Message(code: "column-count",
                vi: "`columns` phải có đúng 4 tiêu đề cột (NGÀY, NỘI DUNG CÔNG VIỆC, CƠ QUAN CHUẨN BỊ, LÃNH ĐẠO SỞ), không phải \(count)",
                en: "`columns` needs exactly 4 headings (day, work, preparing unit, leader), not \(count)")
    }
}

/// Why a date does not exist, for `impossibleDate`.
extension Phrase {
    public static func yearOutside(_ years: ClosedRange<Int>) -> Phrase {
        Phrase(vi: "năm phải từ \(years.lowerBound) đến \(years.upperBound)",
               en: "the year must be \(years.lowerBound) to \(years.upperBound)")
    }

    public static func noSuchMonth(_ month: Int) -> Phrase {
        Phrase(vi: "không có tháng \(month)", en: "there is no month \(month)")
    }

    public static func monthLength(_ month: Int, year: Int, days: Int) -> Phrase {
        Phrase(vi: "tháng \(month) năm \(year) có \(days) ngày", en: "month \(month) of \(year) has \(days) days")
    }
}

/// Places in the file, for `unknownKey` and `missingKey` ("in `agency`").
extension Phrase {
    public static let topLevel = Phrase(vi: "phần đầu tệp", en: "the top level")
    public static func key(_ key: String) -> Phrase { Phrase(vi: "`\(key)`", en: "`\(key)`") }
    public static let dayOffEntry = Phrase(vi: "một ngày nghỉ của `days_off`", en: "a day of `days_off`")
    public static let sectionEntry = Phrase(vi: "một phần của `sections`", en: "a section")
    public static let agendaDayEntry = Phrase(vi: "một ngày của `days`", en: "a day of `days`")
    public static let agendaItemEntry = Phrase(vi: "một việc của `items`", en: "an item of `items`")
}

/// The kinds of YAML value, named for users.
public enum NodeKind: Sendable {
    case mapping, sequence, scalar, null

    public var vi: String {
        switch self {
        case .mapping: "một nhóm các khóa `tên: giá trị`"
        case .sequence: "một danh sách (mỗi dòng bắt đầu bằng `- `)"
        case .scalar: "một giá trị văn bản"
        case .null: "giá trị trống"
        }
    }

    public var en: String {
        switch self {
        case .mapping: "a mapping of `key: value` pairs"
        case .sequence: "a list (lines starting with `- `)"
        case .scalar: "a text value"
        case .null: "an empty value"
        }
    }
}
