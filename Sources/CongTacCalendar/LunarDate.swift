/// A date of the Vietnamese lunisolar calendar (âm lịch).
///
/// `year` is the lunar year, which begins at Tết: 1/1 of lunar year 2025 (Ất Tỵ) is 2025-01-29,
/// and 30/12 of lunar year 2024 is the day before. A leap month (tháng nhuận) repeats the number of
/// the month before it and is told apart by `isLeapMonth`.
public struct LunarDate: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// The lunar year, numbered like the Gregorian year in which it starts.
    public var year: Int
    /// The month number, 1…12.
    public var month: Int
    /// The day of the month, 1…30.
    public var day: Int
    /// True for the second, intercalary month that bears `month`'s number.
    public var isLeapMonth: Bool

    public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }

    /// `day/month/year`, with ` nhuận` after a leap month: `10/3/2025`, `1/6 nhuận/2025`.
    public var description: String {
        "\(day)/\(month)\(isLeapMonth ? " nhuận" : "")/\(year)"
    }
}
