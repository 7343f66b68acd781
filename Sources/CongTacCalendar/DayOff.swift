/// A day on which public offices do not work, with the name it goes by in a programme.
public struct DayOff: Sendable, Equatable, Hashable, Codable {
    /// Why the day is off.
    public enum Kind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        /// A public holiday of the Labour Code 2019, art. 112 (1/1, Giỗ Tổ, 30/4, 1/5, the two days of Quốc khánh).
        case holiday
        /// A day off in place of a holiday that fell on a weekend or on another day off (nghỉ bù).
        case makeUp
        /// A day of the Tết Nguyên đán break, weekends inside the break included.
        case tetBreak
        /// A working day given off in exchange for a Saturday worked instead (hoán đổi ngày làm việc).
        case swapped
    }

    public var date: CivilDate
    /// The Vietnamese name: `Tết Dương lịch`, `Tết Nguyên đán Ất Tỵ`, `Nghỉ bù Giỗ Tổ Hùng Vương`, …
    public var name: String
    public var kind: Kind

    public init(date: CivilDate, name: String, kind: Kind) {
        self.date = date
        self.name = name
        self.kind = kind
    }
}
