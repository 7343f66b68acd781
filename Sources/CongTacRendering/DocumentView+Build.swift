import CongTacCalendar
import CongTacModel

extension DocumentView {
    /// Works out the view of a schedule that passed validation; days off come from the national
    /// calendar with the file's own changes unless `holidays` is given.
    public init(_ schedule: Schedule, holidays: HolidayCalendar? = nil) {
        let holidays = holidays ?? schedule.holidays
        let agency = schedule.agency
        let number = schedule.number.map(DateLine.number) ?? "      "
        let code = agency.code.map { "-\($0)" } ?? ""
        header = HeaderView(
            parentBody: agency.parent,
            agencyName: agency.name,
            numberLine: "Số: \(number)/CTr\(code)",
            dateLine: DateLine.dateLine(place: schedule.place, year: schedule.date.year,
                                        month: schedule.date.month, day: schedule.date.day)
        )
        banner = schedule.banner
        titleLines = schedule.title.split(separator: "\n").map { String($0).trimmedOfSpaces }
            .filter { !$0.isEmpty }
        summary = schedule.summary
        var flat: [SectionView] = []
        Self.flatten(schedule.sections, level: 1, month: schedule.month, holidays: holidays, into: &flat)
        sections = flat
        recipients = Self.listLines(schedule.recipients)
        electronic = Self.listLines(schedule.electronic)
        signature = schedule.signature.map { SignatureView(authority: $0.authority, position: $0.position, name: $0.name) }
        plainTitle = ([titleLines.joined(separator: " ")] + [summary].compactMap { $0 }).joined(separator: " – ")
    }

    private static func flatten(_ sections: [Section], level: Int, month: YearMonth?, holidays: HolidayCalendar,
                                into result: inout [SectionView]) {
        for (index, section) in sections.enumerated() {
            let agenda = section.agenda.flatMap { agenda in
                month.map { AgendaView(agenda, month: $0, holidays: holidays) }
            }
            result.append(SectionView(level: level, label: SectionNumbering.label(index + 1, level: level),
                                      heading: section.heading, items: section.items.map { "- " + $0 },
                                      agenda: agenda))
            flatten(section.sections, level: level + 1, month: month, holidays: holidays, into: &result)
        }
    }

    /// `- UBND tỉnh;` … `- Lưu: VT, VP.`: dashes and final punctuation are added here, whatever was typed.
    static func listLines(_ lines: [String]) -> [String] {
        lines.enumerated().map { index, line in
            var text = line
            if text.hasPrefix("-") { text = String(text.dropFirst()).trimmedOfSpaces }
            while let last = text.last, last == ";" || last == "." || last == "," { text.removeLast() }
            text = text.trimmedOfSpaces
            return "- \(text)" + (index == lines.count - 1 ? "." : ";")
        }
    }
}

/// Section labels: `I.` `II.` at the top, `1.` `2.` below, then `a)` `b)`, then dashes.
enum SectionNumbering {
    static func label(_ n: Int, level: Int) -> String {
        switch level {
        case 1: return roman(n) + "."
        case 2: return "\(n)."
        case 3: return letter(n) + ")"
        default: return "-"
        }
    }

    static func roman(_ number: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = number
        var result = ""
        for (value, symbol) in table {
            while n >= value {
                result += symbol
                n -= value
            }
        }
        return result
    }

    static func letter(_ n: Int) -> String {
        // Vietnamese documents use a) b) c) đ) e) …
        let letters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]
        return n <= letters.count ? letters[n - 1] : "\(n)"
    }
}
