import CongTacCalendar

/// Messages that do not stop rendering.
extension Message {
    public static func weekdayMissing(_ date: String, weekday: Weekday) -> Message {
        Message(code: "weekday-missing",
                vi: "\(weekday.vietnameseName) \(date) là ngày làm việc nhưng chưa có nội dung công việc",
                en: "\(weekday.englishName) \(date) is a working day with no entry")
    }

    /// Every unfilled working day of an agenda in one warning, so that a sparse month does not bury
    /// its errors: one day reads as `weekdayMissing`; more read as runs, `03/3–07/3, 10/3`.
    ///
    /// A run is a stretch of unfilled working days with at most weekends between them (the validator
    /// decides): `07/3–10/3` spans a weekend, as a clerk says "from the 7th to the 10th".
    public static func weekdaysMissing(_ runs: [(first: CivilDate, last: CivilDate)], count: Int) -> Message {
        if count == 1, let day = runs.first?.first {
            return weekdayMissing("\(DateLine.day(day.day))/\(DateLine.month(day.month))/\(day.year)", weekday: day.weekday)
        }
        func dayMonth(_ date: CivilDate) -> String { "\(DateLine.day(date.day))/\(DateLine.month(date.month))" }
        let list = runs.map { $0.first == $0.last ? dayMonth($0.first) : "\(dayMonth($0.first))–\(dayMonth($0.last))" }
            .joined(separator: ", ")
        return Message(code: "weekday-missing",
                       vi: "\(count) ngày làm việc chưa có nội dung công việc: \(list)",
                       en: "\(count) working days have no entry: \(list)")
    }

    /// `otherLine` nil: the text is not read by lines (the web editor's JSON); the day and time say where.
    public static func leaderDoubleBooked(_ leader: String, time: String, day: String, otherLine: Int?) -> Message {
        Message(code: "leader-double-booked",
                vi: "\(leader) đã được phân công việc khác cùng buổi \(time) ngày \(day)" + (otherLine.map { " (dòng \($0))" } ?? ""),
                en: "\(leader) already has another item in the same time of day (\(time)) on day \(day)" + (otherLine.map { " (line \($0))" } ?? ""))
    }

    public static func weekendItem(_ day: Int, weekday: Weekday) -> Message {
        Message(code: "weekend-item",
                vi: "ngày \(day) là \(weekday.vietnameseName) (ngày nghỉ cuối tuần) nhưng có nội dung công việc; kiểm tra lại ngày",
                en: "day \(day) is a \(weekday.englishName) (weekend) but has work items; check the day")
    }

    public static func holidayItem(_ day: Int, holiday: String) -> Message {
        Message(code: "holiday-item",
                vi: "ngày \(day) là ngày nghỉ (\(holiday)) nhưng có nội dung công việc; kiểm tra lại ngày",
                en: "day \(day) is a day off (\(holiday)) but has work items; check the day")
    }

    public static func daysOutOfOrder(_ label: String, after previous: String) -> Message {
        Message(code: "days-out-of-order",
                vi: "ngày \(label) đứng sau ngày \(previous); bảng sẽ được sắp theo thứ tự ngày",
                en: "day \(label) comes after day \(previous); the table will be sorted by day")
    }

    /// The closing warning for a code that had more warnings than are shown.
    public static func moreWarnings(_ code: String, hidden: Int, of count: Int) -> Message {
        Message(code: "more-warnings",
                vi: "còn \(hidden) cảnh báo [\(code)] khác không hiện (tổng \(count))",
                en: "\(hidden) more [\(code)] warnings not shown (\(count) in all)")
    }
}
