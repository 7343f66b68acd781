import CongTacCalendar
import CongTacMessages
import CongTacModel

/// `YYYY-MM-DD` and `YYYY-MM`, checked against the real calendar.
enum DateParsing {
    static let years = 1900...2100

    /// The numbers of a date written with dashes, or nil if it is not of that shape.
    static func parts(_ raw: String) -> [Int]? {
        let pieces = raw.trimmedOfSpaces.split(separator: "-", omittingEmptySubsequences: false)
        guard (2...3).contains(pieces.count), pieces[0].count == 4 else { return nil }
        guard pieces.dropFirst().allSatisfy({ (1...2).contains($0.count) }) else { return nil }
        let numbers = pieces.map { Int($0) }
        guard pieces.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        return numbers.compactMap { $0 }
    }

    /// Whether the year, month and day exist; reports why not.
    static func check(key: String, raw: String, parts: [Int], at mark: SourceMark?, into sink: DiagnosticSink) -> Bool {
        let (year, month) = (parts[0], parts[1])
        if !years.contains(year) {
            sink.error(.impossibleDate(key, raw, reason: .yearOutside(years)), at: mark)
            return false
        }
        if !(1...12).contains(month) {
            sink.error(.impossibleDate(key, raw, reason: .noSuchMonth(month)), at: mark)
            return false
        }
        if parts.count == 3 {
            let length = CivilDate.daysInMonth(year: year, month: month)
            if !(1...length).contains(parts[2]) {
                sink.error(.impossibleDate(key, raw, reason: .monthLength(month, year: year, days: length)), at: mark)
                return false
            }
        }
        return true
    }
}

/// Day labels: `3`, `03`, `16-20` (also with an en dash or spaces).
enum DayLabel {
    static func parse(_ raw: String) -> (Int, Int)? {
        // One or two numbers of one or two digits, around "-", "–" or "—", with spaces allowed.
        var numbers: [Int] = []
        var current = -1
        var digits = 0
        var sawDash = false
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "0"..."9":
                guard digits < 2 else { return nil }
                current = (current < 0 ? 0 : current * 10) + Int(scalar.value - 48)
                digits += 1
            case " ", "\t":
                continue
            case "-", "–", "—":
                guard current >= 0, !sawDash else { return nil }
                numbers.append(current)
                current = -1
                digits = 0
                sawDash = true
            default:
                return nil
            }
        }
        guard current >= 0 else { return nil }
        numbers.append(current)
        return (numbers[0], numbers[numbers.count - 1])
    }

    static func text(_ range: DayRange) -> String {
        range.isSingleDay ? "\(range.first)" : "\(range.first)-\(range.last)"
    }
}
