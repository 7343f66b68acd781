import CongTacModel

/// When an item happens in a calendar, from its time label.
public enum EventTime: Sendable, Equatable {
    /// The whole day (or range of days): `Cả ngày`, no label, a text that says `cả ngày`.
    case allDay
    /// From `start` to `end`, in minutes after midnight, local time (Asia/Ho_Chi_Minh).
    case timed(start: Int, end: Int)
}

/// Reads a time label: `Sáng`/`Chiều`/`Tối` are the office hours' spans; a clock time (`8h00`,
/// `14h30`, `8:00`, `8 giờ 30`, `8g30`, `Chiều 2h30`) starts an event of `defaultDuration` minutes,
/// or runs to a second clock time (`8h00-10h00`); everything else is all day.
public enum TimeLabel {
    /// The length of an event that gives only its start: long enough to show as busy in a
    /// calendar, short enough not to cover the next meeting of a half-day.
    public static let defaultDuration = 60

    public static func eventTime(label: String?, text: String, hours: OfficeHours = .standard) -> EventTime {
        if text.lowercased().contains("cả ngày") { return .allDay }
        guard let label else { return .allDay }
        var words = label.lowercased().trimmedOfSpaces
        while let last = words.last, last == ":" || last == "." { words.removeLast() }
        if let clock = clockTimes(in: words) {
            // `Chiều 2h30` is 14:30; `Chiều 14h30` stays.
            let later = words.hasPrefix("chiều") || words.hasPrefix("tối") || words.contains("pm")
            func shift(_ minutes: Int) -> Int { later && minutes < 12 * 60 ? minutes + 12 * 60 : minutes }
            let start = shift(clock.start)
            var end = clock.end.map(shift) ?? start + defaultDuration
            if end <= start { end = start + defaultDuration }
            return .timed(start: start, end: min(end, 24 * 60 - 1))
        }
        switch words.replacingPrefix("buổi ") {
        case "sáng": return .timed(start: hours.morning.start, end: hours.morning.end)
        case "chiều": return .timed(start: hours.afternoon.start, end: hours.afternoon.end)
        case "tối": return .timed(start: hours.evening.start, end: hours.evening.end)
        default: return .allDay
        }
    }

    /// The first clock time in `text`, and a second one after `-`, `–` or `đến`.
    static func clockTimes(in text: String) -> (start: Int, end: Int?)? {
        let characters = Array(text)
        guard let (start, next) = clock(characters, from: 0) else { return nil }
        var i = next
        while i < characters.count, characters[i] == " " { i += 1 }
        var rest = String(characters[i...])
        guard rest.hasPrefix("-") || rest.hasPrefix("–") || rest.hasPrefix("đến") else { return (start, nil) }
        rest = String(rest.drop(while: { !$0.isASCIIDigit }))
        return (start, clock(Array(rest), from: 0).map(\.minutes))
    }

    /// A clock time at or after `from`: digits, then `h`, `g`, `:` or `giờ`, then optional minutes.
    private static func clock(_ c: [Character], from: Int) -> (minutes: Int, next: Int)? {
        var i = from
        while i < c.count {
            guard c[i].isASCIIDigit else { i += 1; continue }
            var j = i
            var hour = 0
            while j < c.count, c[j].isASCIIDigit, j - i < 2 { hour = hour * 10 + c[j].wholeNumberValue!; j += 1 }
            if j < c.count, c[j].isASCIIDigit { i = j; while i < c.count, c[i].isASCIIDigit { i += 1 }; continue }
            var k = j
            while k < c.count, c[k] == " " { k += 1 }
            let marker: Int
            if k + 3 <= c.count, String(c[k..<(k + 3)]) == "giờ" {
                marker = 3
            } else if k < c.count, c[k] == "h" || c[k] == "g" || c[k] == ":" {
                marker = 1
            } else {
                i = j
                continue
            }
            var m = k + marker
            while m < c.count, c[m] == " " { m += 1 }
            var minute = 0
            var end = k + marker
            if m + 1 < c.count, c[m].isASCIIDigit, c[m + 1].isASCIIDigit, !(m + 2 < c.count && c[m + 2].isASCIIDigit) {
                minute = c[m].wholeNumberValue! * 10 + c[m + 1].wholeNumberValue!
                end = m + 2
            }
            guard hour < 24, minute < 60 else { i = end; continue }
            return (hour * 60 + minute, end)
        }
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
