import CongTacCalendar
import CongTacModel

/// A ready-to-edit schedule file for one month: what `congtac new` writes.
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
///
/// The draft is a `Schedule` (what the file means, and what reading it gives back) written by
/// `ScheduleWriter` with `DraftNotes` (the comments and the turned-off entries).
public struct ScheduleDraft: Sendable {
    /// The month of the draft.
    public var month: YearMonth
    /// The programme of an earlier month whose header, sections, recipients and signature are copied.
    public var previous: Schedule?
    public var holidays: HolidayCalendar

    /// The heading of the focus-task section when there is no previous programme.
    public static let focusHeading = "MỘT SỐ NHIỆM VỤ TRỌNG TÂM"
    /// The heading of the agenda section when the previous programme has none.
    public static let agendaHeading = "DỰ KIẾN CHƯƠNG TRÌNH CÔNG TÁC"
    /// The Tết greeting.
    public static let tetBanner = "CHÚC MỪNG NĂM MỚI"

    public init(month: YearMonth, previous: Schedule? = nil, holidays: HolidayCalendar = HolidayCalendar()) {
        self.month = month
        self.previous = previous
        self.holidays = holidays
    }

    /// The month the previous programme covers: its `month`, or else the month its title or summary
    /// names (`Công tác tháng 7 và Quý III năm 2020`), or else the month before the draft's.
    public var previousMonth: YearMonth {
        guard let previous else { return month.previous }
        if let covered = previous.month { return covered }
        let texts = [previous.title, previous.summary].compactMap { $0 }
        return MonthMentions.firstMonth(in: texts, defaultYear: previous.date.year) ?? month.previous
    }

    /// What the draft file means: the schedule that loading it gives back.
    public var schedule: Schedule { plan().schedule }

    /// The whole file.
    public func text() -> String {
        let (schedule, notes) = plan()
        return ScheduleWriter().text(schedule, notes: notes)
    }

    /// `2025-03`: the draft's month as the file writes it, and its default file name.
    public static func yearMonth(_ month: YearMonth) -> String {
        YAMLText.yearMonth(month)
    }

    /// `NGHỈ TẾT NGUYÊN ĐÁN BÍNH NGỌ`, `NGHỈ BÙ GIỖ TỔ HÙNG VƯƠNG`: the name in capitals after `NGHỈ`.
    static func dayOffText(_ dayOff: DayOff) -> String {
        let name = dayOff.name.uppercased()
        return name.hasPrefix("NGHỈ") ? name : "NGHỈ \(name)"
    }

    /// The schedule and its notes, built together so that they speak of the same sections and days.
    func plan() -> (schedule: Schedule, notes: DraftNotes) {
        let rows = MonthCalendar.rows(year: month.year, month: month.month, holidays: holidays)
        let moved = MonthMentions(from: previousMonth, to: month)
        let monthName = "tháng \(DateLine.month(month.month)) năm \(month.year)"
        let agenda = DraftAgenda(rows: rows)

        // The sections: headings moved to the new month, the previous items turned off (in the
        // notes), and the month's agenda in the first section that had one.
        var agendaWritten = false
        func draft(_ section: Section) -> Section {
            let isAgendaSection = section.agenda != nil && !agendaWritten
            var result = Section(heading: moved.apply(section.heading), sections: section.sections.map(draft))
            if isAgendaSection, let previousAgenda = section.agenda {
                agendaWritten = true
                result.agenda = Agenda(columns: previousAgenda.columns, days: agenda.days)
            }
            return result
        }
        var sources = previous?.sections ?? [Section(heading: Self.focusHeading)]
        var sections = sources.map(draft)
        if !agendaWritten {
            let agendaSection = Section(heading: Self.agendaHeading, agenda: Agenda(days: []))
            sources.append(agendaSection)
            sections.append(draft(agendaSection))
        }

        let schedule = Schedule(
            agency: previous?.agency ?? Agency(parent: "[CƠ QUAN CHỦ QUẢN]", name: "[TÊN CƠ QUAN]", code: "[VIẾT TẮT]"),
            number: nil,
            place: previous?.place ?? "[Địa danh]",
            date: DocumentDate(year: month.year, month: month.month),
            banner: rows.contains { $0.dayOff?.kind == .tetBreak } ? Self.tetBanner : nil,
            title: previous.map { moved.apply($0.title) } ?? Schedule.defaultTitle,
            summary: previous.map { $0.summary.map(moved.apply) } ?? "Công tác \(monthName)",
            month: month,
            sections: sections,
            recipients: previous?.recipients ?? ["[Nơi nhận]", "Lưu: VT, VP"],
            electronic: previous?.electronic ?? [],
            signature: previous.map(\.signature)
                ?? Signature(authority: "KT. GIÁM ĐỐC", position: "PHÓ GIÁM ĐỐC", name: "[Họ và tên]"),
            // The leaders and the office hours change seldom: a month goes on with the last one's.
            leaders: previous?.leaders ?? [],
            officeHours: previous?.officeHours
        )
        let notes = DraftNotes(monthName: monthName, fromPrevious: previous != nil, sources: sources,
                               agendaNotes: agenda.notes, dayComments: agenda.comments, code: previous?.agency.code)
        return (schedule, notes)
    }
}

/// The agenda of a draft: the days off as entries, the working days as turned-off entries between
/// them, in date order, each week under a heading comment.
struct DraftAgenda {
    /// The days off that take a weekday, or belong to the Tết break.
    var days: [AgendaDay] = []
    /// The comment of each entry of `days`: `từ Thứ Bảy 01/02 đến Chủ nhật 02/02: Tết Nguyên đán Ất Tỵ`.
    var comments: [String] = []
    /// The notes before each entry of `days`, and after the last.
    var notes: [[ScheduleNote]] = []

    init(rows: [MonthCalendar.Row]) {
        let runs = MonthCalendar.dayOffRuns(of: rows).filter { run in
            // A run is listed when it takes a weekday off, or when it is part of the Tết break.
            run.dayOff.kind == .tetBreak
                || (run.first.date.day...run.last.date.day).contains { !rows[$0 - 1].weekday.isWeekend }
        }
        func dayName(_ row: MonthCalendar.Row) -> String {
            "\(row.weekday.vietnameseName) \(DateLine.day(row.date.day))/\(DateLine.day(row.date.month))"
        }
        var pending: [ScheduleNote] = []
        var day = 1
        var lastWeekStart: Int?
        while day <= rows.count {
            let row = rows[day - 1]
            if let run = runs.first(where: { $0.first.date.day == day }) {
                let first = run.first.date.day, last = run.last.date.day
                let span = first == last ? row.weekday.vietnameseName : "từ \(dayName(run.first)) đến \(dayName(run.last))"
                days.append(AgendaDay(days: DayRange(first, last), text: ScheduleDraft.dayOffText(run.dayOff)))
                comments.append("\(span): \(run.dayOff.name)")
                notes.append(pending)
                pending = []
                day = last + 1
                continue
            }
            if row.isWorkingDay {
                let weekStart = row.date.adding(days: 1 - row.weekday.rawValue).dayNumber
                if lastWeekStart != weekStart {
                    lastWeekStart = weekStart
                    pending += [.blank, .comment("─── Tuần từ \(DateLine.day(row.date.day))/\(DateLine.day(row.date.month)) ───")]
                }
                var note = "\(row.weekday.vietnameseName), \(row.lunarText) âm lịch"
                if row.weekday.isWeekend { note += "; ngày làm việc bù" }
                let empty = AgendaItem(time: "Sáng", text: "", unit: "", leader: "")
                pending.append(.disabled(.day(AgendaDay(days: DayRange(day), items: [empty])), comment: note))
            }
            day += 1
        }
        notes.append(pending)
    }
}
