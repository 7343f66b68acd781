import CongTacCalendar
import CongTacModel
import Foundation

/// Builds random valid schedules whose texts are the hard ones for a YAML writer: quotes, `: `,
/// `#`, a leading `-` or `?`, flow brackets, YAML 1.1 booleans and numbers as text, backslashes,
/// line breaks and tabs inside, Vietnamese, long lines. Texts are as the reader keeps them (NFC,
/// no white space at either end, not empty), so that reading the written file must give them back.
struct RandomSchedule {
    var generator: SeededGenerator

    /// No U+2028/U+2029: the reader turns a line separator into a space, raw or escaped, so no schedule
    /// that was read holds one.
    static let pieces = [
        "Họp giao ban", "Đ/c Hoàn GD Sở", "Nguyễn Thị Ánh", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Lưu: VT, VP", "Sáng: Họp",
        "\"", "'", "\\", "\\n", "\\\"", ": ", ":", " #", "#", "# không phải ghi chú", "- ", "-", "? ", "?", "[", "]", "{",
        "}", ",", "&anchor", "*alias", "!tag", "!!str", "|", ">", "%", "@", "`", "yes", "no", "No", "on", "off", "null",
        "~", "true", "1.5", "0x1F", "0o17", "1e3", "2025-02-03", "16-20", "---", "...", "\n", "\n\n", "\t", "\r\n",
        " ", "  ", "\u{00A0}", "\u{200B}", "…", "–", "“", "”", "😀", "中文", "e\u{0301}",
        "Ạ", "ự", "ỹ", "{{heading}}", "<b>&amp;</b>", "\u{FEFF}",
    ]

    init(seed: UInt64) {
        generator = SeededGenerator(seed: seed)
    }

    mutating func chance(_ percent: Int) -> Bool { generator.next(100) < percent }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }

    /// A text as the reader would keep it.
    mutating func text() -> String {
        var raw = ""
        if chance(5) {
            // A long line.
            let piece = Self.pieces[generator.next(Self.pieces.count)]
            raw = String(repeating: "Nội dung công việc " + piece + " ", count: int(20...200))
        } else {
            for _ in 0..<int(1...6) { raw += Self.pieces[generator.next(Self.pieces.count)] }
        }
        let kept = Self.trimmed(raw).precomposedStringWithCanonicalMapping
        return kept.isEmpty ? "Việc" : kept
    }

    mutating func optionalText() -> String? { chance(40) ? nil : text() }

    /// White space off both ends, as `NodeReader.normalize` trims it; a leading U+FEFF too, which
    /// the YAML parser's string conversion drops from the start of a value.
    static func trimmed(_ s: String) -> String {
        var scalars = Array(s.unicodeScalars)
        while let first = scalars.first, first.properties.isWhitespace || first == "\u{FEFF}" { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    mutating func schedule() -> Schedule {
        let month = YearMonth(year: int(1990...2100), month: int(1...12))
        var sections = (0..<int(1...4)).map { _ in section(depth: 1, month: month) }
        if !sections.contains(where: { $0.allSections.contains { $0.agenda != nil } }), chance(50) {
            sections[0].agenda = agenda(month)
        }
        let hasAgenda = sections.contains { $0.allSections.contains { $0.agenda != nil } }
        let dayOfSigning = chance(50) ? nil : int(1...CivilDate.daysInMonth(year: month.year, month: month.month))
        return Schedule(
            agency: Agency(parent: optionalText(), name: text(), code: optionalText()),
            number: chance(50) ? nil : int(1...999_999),
            place: text(),
            date: DocumentDate(year: month.year, month: month.month, day: dayOfSigning),
            banner: optionalText(),
            title: chance(30) ? Schedule.defaultTitle : text(),
            summary: optionalText(),
            month: hasAgenda || chance(50) ? month : nil,
            sections: sections,
            recipients: (0..<int(0...4)).map { _ in text() },
            electronic: (0..<int(0...3)).map { _ in text() },
            signature: chance(30) ? nil : Signature(authority: optionalText(), position: optionalText(), name: optionalText()),
            daysOff: (0..<int(0...2)).map { _ in DayOff(date: date(), name: text(), kind: .holiday) },
            workingDays: (0..<int(0...2)).map { _ in date() },
            leaders: (0..<int(0...3)).map { _ in Leader(short: text(), name: optionalText(), title: optionalText()) },
            officeHours: chance(70) ? nil : OfficeHours(morning: span(), afternoon: span(), evening: span())
        )
    }

    mutating func section(depth: Int, month: YearMonth) -> Section {
        Section(
            heading: text(),
            items: (0..<int(0...3)).map { _ in text() },
            sections: depth < 3 && chance(25) ? (0..<int(1...2)).map { _ in section(depth: depth + 1, month: month) } : [],
            agenda: chance(20) ? agenda(month) : nil
        )
    }

    mutating func agenda(_ month: YearMonth) -> Agenda {
        let length = CivilDate.daysInMonth(year: month.year, month: month.month)
        var days: [AgendaDay] = []
        var next = 1
        while next <= length, days.count < 8 {
            let first = next + int(0...4)
            guard first <= length else { break }
            let last = chance(20) ? min(length, first + int(1...4)) : first
            let items = (0..<int(0...3)).map { _ in
                AgendaItem(time: optionalText(), text: text(), unit: optionalText(), leader: optionalText())
            }
            let wholeDay = items.isEmpty || chance(20) ? text() : nil
            days.append(AgendaDay(days: DayRange(first, last), note: chance(20) ? text() : nil, text: wholeDay, items: items))
            next = last + 1
        }
        let columns = chance(25) ? (0..<4).map { _ in text() } : Agenda.defaultColumns
        return Agenda(columns: columns, days: days)
    }

    /// A span forward within one day, on whole minutes.
    mutating func span() -> ClockSpan {
        let start = int(0...(24 * 60 - 2))
        return ClockSpan(start: start, end: int((start + 1)...(24 * 60 - 1)))
    }

    mutating func date() -> CivilDate {
        let year = int(1990...2100), month = int(1...12)
        return CivilDate(year: year, month: month, day: int(1...CivilDate.daysInMonth(year: year, month: month)))
    }
}
