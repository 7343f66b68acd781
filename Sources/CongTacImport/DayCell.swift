import CongTacCalendar

/// A day cell of an agenda table as offices write it: `03 Thứ Hai`, `Thứ Hai 03/02`,
/// `Thứ Hai (03/02/2025)`, `3`, `16-20`, `01-02 Thứ Bảy, Chủ nhật`, `Ngày 03`.
struct DayCell: Equatable {
    struct Day: Equatable {
        var day: Int
        var month: Int?
        var year: Int?
    }

    var first: Day
    var last: Day?
    /// The first weekday written in the cell, if any.
    var weekday: Weekday?

    /// Weekday names as written, longest first so that `thứ hai` is not read as `thứ 2`'s prefix.
    private static let weekdayNames: [(String, Weekday)] = [
        ("chủ nhật", .sunday), ("thứ hai", .monday), ("thứ ba", .tuesday), ("thứ tư", .wednesday),
        ("thứ năm", .thursday), ("thứ sáu", .friday), ("thứ bảy", .saturday), ("thứ bẩy", .saturday),
        ("thứ 2", .monday), ("thứ 3", .tuesday), ("thứ 4", .wednesday), ("thứ 5", .thursday),
        ("thứ 6", .friday), ("thứ 7", .saturday), ("cn", .sunday), ("t2", .monday), ("t3", .tuesday),
        ("t4", .wednesday), ("t5", .thursday), ("t6", .friday), ("t7", .saturday),
    ]

    /// Words a day cell may hold besides weekday names: `Ngày 03`, `Từ 16 đến 20` (`đến` reads as `-`).
    private static let dayWords: Set<String> = ["ngày", "ng", "từ"]

    /// Nil when the text holds no day number, or words that are not a day's.
    init?(_ text: String) {
        var rest = ImportText.clean(text).lowercased()
        var found: (index: String.Index, weekday: Weekday)?
        for (name, weekday) in Self.weekdayNames {
            while let range = rest.range(of: name) {
                // Whole words only: `cn` inside another word is not Sunday.
                let before = range.lowerBound == rest.startIndex ? nil : rest[rest.index(before: range.lowerBound)]
                let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
                guard !(before?.isLetter ?? false), !(after?.isLetter ?? false), !(after?.isNumber ?? false) else { break }
                let offset = rest.distance(from: rest.startIndex, to: range.lowerBound)
                if found == nil || offset < rest.distance(from: rest.startIndex, to: found!.index) {
                    found = (range.lowerBound, weekday)
                }
                rest.replaceSubrange(range, with: String(repeating: " ", count: name.count))
            }
        }
        weekday = found?.weekday
        // Only day words may stand beside the numbers: "công tác tháng 3" is a text, not day 3 (read as
        // day 3, its words were lost).
        rest = rest.replacingOccurrences(of: "đến", with: "-")
        for word in rest.split(whereSeparator: { !$0.isLetter }) where word.contains(where: \.isLetter) {
            guard Self.dayWords.contains(String(word)) else { return nil }
        }
        // Numbers with the separators between them: 03/02/2025 - 05/02.
        var numbers: [(value: Int, separatorAfter: Character?)] = []
        var digits = ""
        var lastSeparator: Character?
        func flush() {
            if !digits.isEmpty, let value = Int(digits.prefix(6)) { numbers.append((value, nil)) }
            digits = ""
        }
        for c in rest {
            if c.isASCII && c.isNumber {
                digits.append(c)
            } else {
                flush()
                if c == "/" || c == "." || c == "-" || c == "–" || c == "—" {
                    if !numbers.isEmpty, numbers[numbers.count - 1].separatorAfter == nil {
                        numbers[numbers.count - 1].separatorAfter = (c == "." ? "/" : (c == "/" ? "/" : "-"))
                    }
                    lastSeparator = c
                }
            }
        }
        flush()
        _ = lastSeparator
        guard !numbers.isEmpty else { return nil }
        var index = 0
        func date() -> Day? {
            guard index < numbers.count else { return nil }
            var day = Day(day: numbers[index].value)
            if numbers[index].separatorAfter == "/", index + 1 < numbers.count {
                index += 1
                day.month = numbers[index].value
                if numbers[index].separatorAfter == "/", index + 1 < numbers.count {
                    index += 1
                    let year = numbers[index].value
                    day.year = year < 100 ? 2000 + year : year
                }
            }
            return day
        }
        guard let first = date() else { return nil }
        self.first = first
        if numbers[index].separatorAfter == "-" {
            index += 1
            last = date()
        } else {
            last = nil
        }
    }
}
