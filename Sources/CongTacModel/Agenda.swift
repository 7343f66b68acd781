/// The day-by-day table of a month.
public struct Agenda: Sendable, Equatable, Codable {
    /// The default column headings.
    public static let defaultColumns = ["NGÀY", "NỘI DUNG CÔNG VIỆC", "CƠ QUAN CHUẨN BỊ", "LÃNH ĐẠO SỞ"]

    /// Exactly four headings: day, work, preparing unit, leader.
    public var columns: [String]
    /// The listed days in file order.
    public var days: [AgendaDay]

    public init(columns: [String] = Agenda.defaultColumns, days: [AgendaDay]) {
        self.columns = columns
        self.days = days
    }
}

/// One day, or a range of days, of the agenda.
public struct AgendaDay: Sendable, Equatable, Codable {
    public var days: DayRange
    /// An italic line above the items, e.g. an anniversary.
    public var note: String?
    /// A text for the whole day or range, e.g. a holiday.
    public var text: String?
    public var items: [AgendaItem]

    public init(days: DayRange, note: String? = nil, text: String? = nil, items: [AgendaItem] = []) {
        self.days = days
        self.note = note
        self.text = text
        self.items = items
    }
}

/// One piece of work on a day, with its preparing unit and leader on the same row.
public struct AgendaItem: Sendable, Equatable, Codable {
    /// The time of day: `Sáng`, `Chiều`, `Tối`, `Cả ngày`, or any short label.
    public var time: String?
    public var text: String
    public var unit: String?
    public var leader: String?

    public init(time: String? = nil, text: String, unit: String? = nil, leader: String? = nil) {
        self.time = time
        self.text = text
        self.unit = unit
        self.leader = leader
    }
}

/// A day of the month or an inclusive range such as `16-20`.
public struct DayRange: Sendable, Equatable, Hashable, Codable {
    public var first: Int
    public var last: Int

    public init(_ first: Int, _ last: Int? = nil) {
        self.first = first
        self.last = last ?? first
    }

    public var isSingleDay: Bool { first == last }
    public var days: ClosedRange<Int> { first...max(first, last) }

    public func overlaps(_ other: DayRange) -> Bool {
        first <= other.last && other.first <= last
    }
}
