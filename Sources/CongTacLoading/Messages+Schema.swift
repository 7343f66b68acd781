import CongTacCalendar

/// Messages about the file's structure: keys, types, values.
extension Message {
    static func unknownKey(_ key: String, in context: String, suggestion: String?) -> Message {
        let hintVI = suggestion.map { "; có phải ý bạn là `\($0)`?" } ?? ""
        let hintEN = suggestion.map { "; did you mean `\($0)`?" } ?? ""
        return Message(code: "unknown-key",
                       vi: "khóa không xác định `\(key)` trong \(context)\(hintVI)",
                       en: "unknown key `\(key)` in \(context)\(hintEN)")
    }

    static func duplicateKey(_ key: String, firstLine: Int) -> Message {
        Message(code: "duplicate-key",
                vi: "khóa `\(key)` bị lặp (đã có ở dòng \(firstLine))",
                en: "key `\(key)` is repeated (first on line \(firstLine))")
    }

    static func missingKey(_ key: String, in context: String) -> Message {
        Message(code: "missing-key",
                vi: "thiếu khóa bắt buộc `\(key)` trong \(context)",
                en: "missing required key `\(key)` in \(context)")
    }

    static func wrongType(_ what: String, expected: NodeKind, found: NodeKind) -> Message {
        Message(code: "wrong-type",
                vi: "`\(what)` phải là \(expected.vi), nhưng ở đây là \(found.vi)",
                en: "`\(what)` must be \(expected.en), but here it is \(found.en)")
    }

    static func emptyText(_ what: String) -> Message {
        Message(code: "empty-text",
                vi: "`\(what)` không được để trống",
                en: "`\(what)` must not be empty")
    }

    static func textTooLong(_ what: String, length: Int, limit: Int) -> Message {
        Message(code: "text-too-long",
                vi: "`\(what)` quá dài (\(length) ký tự; tối đa \(limit))",
                en: "`\(what)` is too long (\(length) characters; at most \(limit))")
    }

    static func invalidNumber(_ value: String) -> Message {
        Message(code: "invalid-number",
                vi: "số văn bản `\(value)` phải là một số nguyên dương, ví dụ 7",
                en: "the document number `\(value)` must be a positive whole number, e.g. 7")
    }

    static func invalidDateFormat(_ key: String, _ value: String, monthOnly: Bool) -> Message {
        let form = monthOnly ? "YYYY-MM (ví dụ 2025-02)" : "YYYY-MM-DD (ví dụ 2025-02-03) hoặc YYYY-MM khi chưa có ngày ký"
        let formEN = monthOnly ? "YYYY-MM (e.g. 2025-02)" : "YYYY-MM-DD (e.g. 2025-02-03), or YYYY-MM while the day is blank"
        return Message(code: "invalid-date",
                       vi: "`\(key)`: `\(value)` không đúng dạng \(form)",
                       en: "`\(key)`: `\(value)` is not of the form \(formEN)")
    }

    static func impossibleDate(_ key: String, _ value: String, reasonVI: String, reasonEN: String) -> Message {
        Message(code: "invalid-date",
                vi: "`\(key)`: ngày `\(value)` không tồn tại (\(reasonVI))",
                en: "`\(key)`: the date `\(value)` does not exist (\(reasonEN))")
    }

    static func invalidDay(_ value: String) -> Message {
        Message(code: "invalid-day",
                vi: "`day`: `\(value)` phải là một ngày trong tháng (ví dụ 3) hoặc một khoảng ngày trong ngoặc kép (ví dụ \"16-20\")",
                en: "`day`: `\(value)` must be a day of the month (e.g. 3) or a quoted range (e.g. \"16-20\")")
    }

    static func dayOutsideMonth(_ day: Int, month: String, length: Int) -> Message {
        Message(code: "day-outside-month",
                vi: "ngày \(day) không có trong tháng \(month) (tháng có \(length) ngày)",
                en: "day \(day) is not in \(month) (the month has \(length) days)")
    }

    static func reversedRange(_ first: Int, _ last: Int) -> Message {
        Message(code: "reversed-range",
                vi: "khoảng ngày `\(first)-\(last)` bị đảo ngược: ngày đầu phải trước ngày cuối (`\(last)-\(first)`)",
                en: "the range `\(first)-\(last)` is reversed: the first day must come first (`\(last)-\(first)`)")
    }

    static func duplicateDay(_ label: String, otherLabel: String, otherLine: Int) -> Message {
        if label == otherLabel {
            return Message(code: "duplicate-day",
                           vi: "ngày \(label) đã được liệt kê ở dòng \(otherLine); hãy gộp các việc vào một mục",
                           en: "day \(label) is already listed on line \(otherLine); merge the items into one entry")
        }
        return Message(code: "duplicate-day",
                       vi: "ngày \(label) trùng với ngày \(otherLabel) đã liệt kê ở dòng \(otherLine)",
                       en: "day \(label) overlaps day \(otherLabel) listed on line \(otherLine)")
    }

    static func emptyDay(_ label: String) -> Message {
        Message(code: "empty-day",
                vi: "ngày \(label) không có `text` cũng không có `items`; cần ít nhất một trong hai",
                en: "day \(label) has neither `text` nor `items`; it needs one of them")
    }

    static let missingMonth = Message(
        code: "missing-month",
        vi: "có bảng lịch công tác (`agenda`) nhưng thiếu `month` (tháng của lịch, ví dụ 2025-02)",
        en: "there is an agenda but no `month` (the month it covers, e.g. 2025-02)")

    static func tooManySections(_ count: Int, limit: Int) -> Message {
        Message(code: "too-many-sections",
                vi: "quá nhiều phần ở cùng một cấp (\(count)); tối đa \(limit), vì số La Mã chỉ viết được đến MMMCMXCIX",
                en: "too many sections at one level (\(count)); at most \(limit), as Roman numerals end at MMMCMXCIX")
    }

    static let noSections = Message(
        code: "no-sections",
        vi: "`sections` phải có ít nhất một phần",
        en: "`sections` needs at least one section")

    static func columnCount(_ count: Int) -> Message {
        Message(code: "column-count",
                vi: "`columns` phải có đúng 4 tiêu đề cột (NGÀY, NỘI DUNG CÔNG VIỆC, CƠ QUAN CHUẨN BỊ, LÃNH ĐẠO SỞ), không phải \(count)",
                en: "`columns` needs exactly 4 headings (day, work, preparing unit, leader), not \(count)")
    }
}

/// Messages that do not stop rendering.
extension Message {
    static func weekdayMissing(_ date: String, weekday: Weekday) -> Message {
        Message(code: "weekday-missing",
                vi: "\(weekday.vietnameseName) \(date) là ngày làm việc nhưng chưa có nội dung công việc",
                en: "\(weekday.englishName) \(date) is a working day with no entry")
    }

    static func leaderDoubleBooked(_ leader: String, time: String, day: String, otherLine: Int) -> Message {
        Message(code: "leader-double-booked",
                vi: "\(leader) đã được phân công việc khác cùng buổi \(time) ngày \(day) (dòng \(otherLine))",
                en: "\(leader) already has another item in the same time of day (\(time)) on day \(day) (line \(otherLine))")
    }

    static func weekendItem(_ day: Int, weekday: Weekday) -> Message {
        Message(code: "weekend-item",
                vi: "ngày \(day) là \(weekday.vietnameseName) (ngày nghỉ cuối tuần) nhưng có nội dung công việc; kiểm tra lại ngày",
                en: "day \(day) is a \(weekday.englishName) (weekend) but has work items; check the day")
    }

    static func holidayItem(_ day: Int, holiday: String) -> Message {
        Message(code: "holiday-item",
                vi: "ngày \(day) là ngày nghỉ (\(holiday)) nhưng có nội dung công việc; kiểm tra lại ngày",
                en: "day \(day) is a day off (\(holiday)) but has work items; check the day")
    }

    static func daysOutOfOrder(_ label: String, after previous: String) -> Message {
        Message(code: "days-out-of-order",
                vi: "ngày \(label) đứng sau ngày \(previous); bảng sẽ được sắp theo thứ tự ngày",
                en: "day \(label) comes after day \(previous); the table will be sorted by day")
    }
}

/// The kinds of YAML value, named for users.
enum NodeKind {
    case mapping, sequence, scalar, null

    var vi: String {
        switch self {
        case .mapping: "một nhóm các khóa `tên: giá trị`"
        case .sequence: "một danh sách (mỗi dòng bắt đầu bằng `- `)"
        case .scalar: "một giá trị văn bản"
        case .null: "giá trị trống"
        }
    }

    var en: String {
        switch self {
        case .mapping: "a mapping of `key: value` pairs"
        case .sequence: "a list (lines starting with `- `)"
        case .scalar: "a text value"
        case .null: "an empty value"
        }
    }
}
