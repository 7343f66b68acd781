import CongTacCalendar
import CongTacModel
import Foundation

/// Moves the month a text speaks of: `THÁNG 02 NĂM 2025` → `THÁNG 3 NĂM 2025`, keeping the case of
/// the words and writing the month the decree's way (a leading zero for months 1 and 2). Also moves
/// `năm 2024` → `năm 2025` and `Quý I` → `Quý II` when the year or the quarter changes; only the
/// numbers of the old month, year and quarter are touched.
struct MonthMentions {
    var from: YearMonth
    var to: YearMonth

    /// `tháng 02`, `THÁNG 3`: the number is group 2.
    static let monthPattern = #"(?<!\p{L})(tháng\s+)(\d{1,2})(?!\d)"#
    /// `năm 2025`.
    static let yearPattern = #"(?<!\p{L})(năm\s+)(\d{4})(?!\d)"#
    /// `Quý III`.
    static let quarterPattern = #"(?<!\p{L})(quý\s+)(IV|III|II|I)(?![\p{L}\d])"#

    func apply(_ text: String) -> String {
        var result = replace(in: text, pattern: Self.monthPattern) { number in
            Int(number) == from.month ? DateLine.month(to.month) : nil
        }
        result = replace(in: result, pattern: Self.yearPattern) { number in
            Int(number) == from.year ? String(to.year) : nil
        }
        let quarters = ["I", "II", "III", "IV"]
        result = replace(in: result, pattern: Self.quarterPattern) { numeral in
            numeral == quarters[(from.month - 1) / 3] ? quarters[(to.month - 1) / 3] : nil
        }
        return result
    }

    /// The first `tháng N` of `texts`, in the year of the `năm YYYY` of the same text or `defaultYear`.
    static func firstMonth(in texts: [String], defaultYear: Int) -> YearMonth? {
        for text in texts {
            let months = numbers(in: text, pattern: Self.monthPattern).filter { (1...12).contains($0) }
            guard let month = months.first else { continue }
            let year = numbers(in: text, pattern: Self.yearPattern).first ?? defaultYear
            return YearMonth(year: year, month: month)
        }
        return nil
    }

    /// The numbers in group 2 of the case-insensitive matches of `pattern`.
    private static func numbers(in text: String, pattern: String) -> [Int] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [] }
        return regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).compactMap {
            Int((text as NSString).substring(with: $0.range(at: 2)))
        }
    }

    /// Replaces group 2 of each case-insensitive match of `pattern` by `replacement(group 2)`, when not nil.
    private func replace(in text: String, pattern: String, _ replacement: (String) -> String?) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return text }
        let result = NSMutableString(string: text)
        let matches = regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
        for match in matches.reversed() {
            let range = match.range(at: 2)
            guard let new = replacement((text as NSString).substring(with: range)) else { continue }
            result.replaceCharacters(in: range, with: new)
        }
        return result as String
    }
}
