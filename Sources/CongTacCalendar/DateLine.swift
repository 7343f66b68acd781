/// The decree's rules for writing numbers in dates and document numbers (Nghị định 30/2020, Phụ lục I).
public enum DateLine {
    /// Days below 10 get a leading zero: `03`.
    public static func day(_ day: Int) -> String {
        day < 10 ? "0\(day)" : String(day)
    }

    /// Months 1 and 2 get a leading zero (`02`), the others none (`3`, `12`).
    public static func month(_ month: Int) -> String {
        month <= 2 ? "0\(month)" : String(month)
    }

    /// Document numbers below 10 get a leading zero: `07`.
    public static func number(_ number: Int) -> String {
        number < 10 ? "0\(number)" : String(number)
    }

    /// `Hà Tĩnh, ngày 03 tháng 02 năm 2025`; a `nil` day leaves room to write it by hand at signing.
    public static func dateLine(place: String, year: Int, month: Int, day: Int?) -> String {
        let dayText = day.map(Self.day) ?? "    "
        return "\(place), ngày \(dayText) tháng \(Self.month(month)) năm \(year)"
    }
}
