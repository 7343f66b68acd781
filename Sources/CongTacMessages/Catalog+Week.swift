/// The weekly schedule (`render --view week`): which files make which weeks.
extension Message {
    /// A week with days of a month no given file holds; `week` is `2025-W05 (27/01–02/02/2025)`,
    /// `month` is `01/2025`.
    public static func weekMissingMonth(_ week: String, month: String) -> Message {
        Message(code: "week-missing-month",
                vi: "tuần \(week) có ngày của tháng \(month) nhưng không có tệp lịch tháng \(month); "
                    + "thêm tệp đó vào lệnh hoặc dùng --partial để xuất tuần thiếu các ngày ấy",
                en: "the week \(week) has days of \(month) but no schedule file for \(month) was given; "
                    + "add that file or use --partial to render the week without those days")
    }

    /// Two files for one month: a week could not tell which one's days to take.
    public static func weekSameMonth(_ month: String, earlier: String) -> Message {
        Message(code: "week-same-month",
                vi: "tệp lịch cùng tháng \(month) với \(earlier); mỗi tháng chỉ được một tệp",
                en: "the schedule file is for \(month), as \(earlier) is; give one file per month")
    }

    public static let weekNoMonth = Message(
        code: "week-no-month",
        vi: "tệp lịch không có `month` (không có bảng lịch) nên không thuộc tháng, tuần nào; thêm dòng `month: YYYY-MM` (tháng của chương trình) vào tệp",
        en: "the schedule file has no `month` (no agenda), so it belongs to no month or week; add a line `month: YYYY-MM` (the programme's month) to the file")

    public static func weekNotCovered(_ week: String) -> Message {
        Message(code: "week-not-covered",
                vi: "không tệp lịch nào đã cho có ngày của tuần \(week)",
                en: "none of the given schedule files has days of the week \(week)")
    }
}

/// The week options of `render`.
extension Phrase {
    public static func weekNotISOWeek(_ text: String) -> Phrase {
        Phrase(vi: "tuần không hợp lệ `\(text)`: cần dạng YYYY-Www theo ISO 8601, ví dụ 2025-W06 (tuần 01 đến 52 hoặc 53)",
               en: "invalid week `\(text)`: the form is the ISO 8601 YYYY-Www, e.g. 2025-W06 (weeks 01 to 52 or 53)")
    }

    public static let weekOptionsNeedWeekView = Phrase(
        vi: "--week và --partial chỉ dùng cùng --view week", en: "--week and --partial need --view week")

    public static func weekViewFormats(_ format: String) -> Phrase {
        Phrase(vi: "--view week xuất docx, html hoặc pdf, không xuất `\(format)`",
               en: "--view week renders docx, html or pdf, not `\(format)`")
    }
}
