/// A span of the day in minutes after midnight, e.g. `07:30-11:30`.
public struct ClockSpan: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// `07:30-11:30`, as the schedule file writes it.
    public var description: String { "\(Self.clock(start))-\(Self.clock(end))" }

    /// `07:30`.
    public static func clock(_ minutes: Int) -> String {
        let (h, m) = (minutes / 60, minutes % 60)
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    /// `07:30-11:30` (also `7:30 - 11:30`, `7h30-11h30`); nil unless it is a span forward within one day.
    public static func parse(_ text: String) -> ClockSpan? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { String($0).trimmedOfSpaces }
        guard parts.count == 2, let start = minutes(parts[0]), let end = minutes(parts[1]), start < end else { return nil }
        return ClockSpan(start: start, end: end)
    }

    /// `07:30` or `7h30` or `7h` as minutes after midnight.
    static func minutes(_ text: String) -> Int? {
        let lower = text.lowercased()
        let pieces = lower.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "h" })
        guard pieces.count == 2, (1...2).contains(pieces[0].count), pieces[1].count == 2 || (pieces[1].isEmpty && lower.contains("h")),
              pieces[0].allSatisfy(\.isASCII), pieces[1].allSatisfy(\.isASCII),
              let h = Int(pieces[0]), let m = pieces[1].isEmpty ? 0 : Int(pieces[1]), (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        return h * 60 + m
    }
}

/// The hours that `Sáng`, `Chiều` and `Tối` stand for in a calendar (`office_hours:`).
public struct OfficeHours: Sendable, Equatable, Hashable, Codable {
    /// The usual hours of a provincial department: 07:30–11:30, 13:30–17:00, 19:00–21:00.
    public static let standard = OfficeHours(morning: ClockSpan(start: 450, end: 690),
                                             afternoon: ClockSpan(start: 810, end: 1020),
                                             evening: ClockSpan(start: 1140, end: 1260))

    public var morning: ClockSpan
    public var afternoon: ClockSpan
    public var evening: ClockSpan

    public init(morning: ClockSpan, afternoon: ClockSpan, evening: ClockSpan) {
        self.morning = morning
        self.afternoon = afternoon
        self.evening = evening
    }
}
