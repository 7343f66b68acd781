import CongTacCalendar
import CongTacModel

/// The scalars of a schedule file as the writer spells them.
enum YAMLText {
    /// A double-quoted YAML scalar: `\` and `"` escaped, control characters and line separators as
    /// escapes, everything else as it is. Quoting every text keeps `: `, `#`, `[`, a leading `-` or
    /// `?`, `yes`/`no` and numbers-as-text from meaning anything but text.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            // A byte order mark inside a scalar is dropped by libyaml: kept as an escape.
            case "\u{FEFF}": result += "\\uFEFF"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// `2025-02-03`, or `2025-02` for a document dated at signing.
    static func date(_ date: DocumentDate) -> String {
        let month = "\(date.year)-\(twoDigits(date.month))"
        return date.day.map { month + "-" + twoDigits($0) } ?? month
    }

    /// `2025-11-24`.
    static func date(_ date: CivilDate) -> String {
        "\(date.year)-\(twoDigits(date.month))-\(twoDigits(date.day))"
    }

    /// `2025-03`.
    static func yearMonth(_ month: YearMonth) -> String {
        "\(month.year)-\(twoDigits(month.month))"
    }

    /// `3`, or `"16-20"` for a range (quoted: a bare `16-20` reads as text in YAML 1.1 but is easy to
    /// take for a subtraction).
    static func dayLabel(_ days: DayRange) -> String {
        days.isSingleDay ? String(days.first) : quoted("\(days.first)-\(days.last)")
    }

    static func indent(_ width: Int) -> String {
        String(repeating: " ", count: width)
    }

    private static func twoDigits(_ n: Int) -> String {
        n < 10 && n >= 0 ? "0\(n)" : String(n)
    }
}
