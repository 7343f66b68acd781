import CongTacCalendar
import CongTacModel

/// Everything a template shows, worked out in advance: labels, numbering, weekday names, row spans.
/// Templates stay free of logic; both the DOCX and the HTML templates read this.
public struct DocumentView: Sendable, Equatable {
    public var header: HeaderView
    public var banner: String?
    /// The title's lines (a title may span two lines, as in the seeds).
    public var titleLines: [String]
    public var summary: String?
    public var sections: [SectionView]
    public var recipients: [String]
    public var electronic: [String]
    public var signature: SignatureView?
    /// For the HTML page's `<title>`: title and subject in one line.
    public var plainTitle: String
    /// The weekly schedule's table (`--view week`), in place of the sections.
    public var week: WeekTableView?
}

/// The two-column national header.
public struct HeaderView: Sendable, Equatable {
    public var parentBody: String?
    public var agencyName: String
    /// `Số: 07/CTr-KHCN`, or `Số:      /CTr-KHCN` when the number is left blank.
    public var numberLine: String
    public var nationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    public var motto = "Độc lập - Tự do - Hạnh phúc"
    /// `Hà Tĩnh, ngày 03 tháng 02 năm 2025`.
    public var dateLine: String
}

/// One section heading with its paragraphs and agenda, flattened in reading order.
public struct SectionView: Sendable, Equatable {
    /// 1 for `I.`, 2 for `1.`, 3 for `a)`, deeper ones `-`.
    public var level: Int
    /// `I.`, `2.`, `b)`.
    public var label: String
    public var heading: String
    /// Bullet paragraphs, each starting with `- `.
    public var items: [String]
    public var agenda: AgendaView?
}

public struct SignatureView: Sendable, Equatable {
    public var authority: String?
    public var position: String?
    public var name: String?
}

/// The agenda table: a header row and, per day, a group of rows whose first cell spans them.
public struct AgendaView: Sendable, Equatable {
    public var columns: [String]
    /// A caption that names the table, e.g. `Lịch công tác tháng 02 năm 2025`.
    public var caption: String
    public var days: [DayView]
}

/// One day (or range, or weekend pair) of the agenda.
public struct DayView: Sendable, Equatable {
    /// `03`, `01-02`.
    public var label: String
    /// `Thứ Hai`, `Thứ Bảy, Chủ nhật`.
    public var weekday: String
    /// The rows this day's first cell spans (at least 1).
    public var rows: [RowView]
    /// True for rows congtac added (weekends and days off the file does not list).
    public var isFilled: Bool
    /// True when every day of it is a weekend or day off.
    public var isDayOff: Bool

    public var rowSpan: Int { rows.count }
}

/// One row of a day: either a lead row with the day's note and whole-day text across the
/// three right-hand columns, or one item with its unit and leader beside it.
public struct RowView: Sendable, Equatable {
    public var isFirst: Bool
    /// The italic line above the day's items (a lead row).
    public var note: String?
    /// The text for the whole day (a lead row).
    public var text: String?
    /// `Sáng:` on the first item of a time-of-day group.
    public var timeLabel: String?
    /// Whether the item stands on its own line under the time label (`- …`) or follows it inline.
    public var itemOnOwnLine: Bool
    /// The item's text with its `- ` when it is one of several.
    public var itemText: String?
    public var unit: String?
    public var leader: String?

    /// A lead row spans the work, unit and leader columns.
    public var isLead: Bool { itemText == nil }
}
