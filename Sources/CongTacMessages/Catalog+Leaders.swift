/// The leaders' list, office hours, the leader view and the calendar feed (issue #13, items 2 and 3).
extension Message {
    /// A `leader:` text names a person that `leaders:` does not list.
    public static func unknownLeader(_ person: String, known: [String]) -> Message {
        let list = known.joined(separator: ", ")
        return Message(code: "unknown-leader",
                       vi: "`\(person)` không có trong danh sách `leaders` (\(list)); kiểm tra lại tên hoặc thêm vào danh sách",
                       en: "`\(person)` is not in the `leaders` list (\(list)); check the name or add it to the list")
    }

    /// An `office_hours` span that is not `HH:MM-HH:MM` forward within one day.
    public static func invalidHours(_ key: String, _ value: String) -> Message {
        Message(code: "invalid-hours",
                vi: "`\(key)`: `\(value)` không đúng dạng giờ bắt đầu-giờ kết thúc, ví dụ 07:30-11:30",
                en: "`\(key)`: `\(value)` is not of the form start-end, e.g. 07:30-11:30")
    }

    /// `--leader NAME` names nobody in a file.
    public static func leaderNotFound(_ query: String, known: [String]) -> Message {
        let list = known.isEmpty ? "—" : known.joined(separator: ", ")
        return Message(code: "leader-not-found",
                       vi: "không tìm thấy lãnh đạo `\(query)` trong tệp lịch; các lãnh đạo có trong tệp: \(list)",
                       en: "no leader `\(query)` in the schedule; the leaders it names: \(list)")
    }
}

extension Phrase {
    /// `--view` with another value.
    public static func unsupportedView(_ name: String) -> Phrase {
        Phrase(vi: "cách xem không hỗ trợ `\(name)`; dùng document, week hoặc leader",
               en: "unsupported view `\(name)`; use document, week or leader")
    }

    /// `--leader` without `--view leader`.
    public static let leaderNeedsView = Phrase(
        vi: "--leader chỉ dùng cùng --view leader", en: "--leader goes with --view leader only")

    /// `--view leader` with a format that has no leader form.
    public static func leaderViewFormats(_ format: String) -> Phrase {
        Phrase(vi: "--view leader xuất html, ics hoặc pdf, không xuất `\(format)`",
               en: "--view leader writes html, ics or pdf, not `\(format)`")
    }

    // Texts of the published outputs. They are part of the document, which is Vietnamese whatever
    // the user's language: renderers take `.vi`, so the same input gives the same bytes everywhere.

    /// The calendar's name: `Lịch công tác tháng 02/2025 – SỞ KHOA HỌC VÀ CÔNG NGHỆ`.
    public static func calendarName(agency: String, month: String?) -> Phrase {
        let monthVI = month.map { " tháng \($0)" } ?? ""
        let monthEN = month.map { " for \($0)" } ?? ""
        return Phrase(vi: "Lịch công tác\(monthVI) – \(agency)", en: "Work schedule\(monthEN) – \(agency)")
    }

    /// A leader's calendar or page: `Lịch công tác của Đ/c Hoàn (Giám đốc Sở)`.
    public static func leaderSchedule(_ leader: String) -> Phrase {
        Phrase(vi: "Lịch công tác của \(leader)", en: "Work schedule of \(leader)")
    }

    /// A leader as the outputs name them: `đồng chí Nguyễn Văn Hoàn, Giám đốc Sở`, or the short name
    /// (`Đ/c Hoàn, GD Sở`) when the list gives no full name.
    public static func leaderName(short: String, name: String?, title: String?) -> Phrase {
        let vi = (name.map { "đồng chí \($0)" } ?? short) + (title.map { ", \($0)" } ?? "")
        let en = (name ?? short) + (title.map { ", \($0)" } ?? "")
        return Phrase(vi: vi, en: en)
    }

    /// In an event's description and the leader page's table.
    public static let preparingUnit = Phrase(vi: "Cơ quan chuẩn bị", en: "Preparing unit")
    public static let leadersLabel = Phrase(vi: "Lãnh đạo", en: "Leaders")
    public static let timeLabel = Phrase(vi: "Thời gian", en: "Time")

    /// The leader page of a leader with no item in the month.
    public static let noItemsForLeader = Phrase(
        vi: "Không có nội dung công việc nào trong tháng.", en: "No items this month.")
}
