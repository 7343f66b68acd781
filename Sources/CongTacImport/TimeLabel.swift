/// `Sáng:`, `Chiều:`, `Tối:`, `Cả ngày:` at the start of a line of a work cell, underlined as in
/// the seeds or not, alone on their line or before the item's text.
enum TimeLabel {
    /// The usual wordings and the label the schedule file keeps for each.
    private static let known: [(String, String)] = [
        ("BUỔI SÁNG", "Sáng"), ("BUỔI CHIỀU", "Chiều"), ("BUỔI TỐI", "Tối"), ("BUỔI TRƯA", "Trưa"),
        ("CẢ NGÀY", "Cả ngày"), ("SÁNG", "Sáng"), ("CHIỀU", "Chiều"), ("TỐI", "Tối"), ("TRƯA", "Trưa"),
    ]

    /// The label and the rest of `line`. An underlined first run that ends with ":" is a label
    /// whatever it says (congtac writes any short label so); otherwise only the known wordings are,
    /// followed by ":" or alone on the line.
    static func split(_ line: String, firstRunUnderlined underlined: String?) -> (label: String?, rest: String) {
        if let underlined, underlined.hasSuffix(":"), underlined.count <= 24, line.hasPrefix(underlined) {
            let label = ImportText.clean(String(underlined.dropLast()))
            if !label.isEmpty {
                return (label, ImportText.clean(String(line.dropFirst(underlined.count))))
            }
        }
        // The longest wording is 10 characters: upper-casing the whole line would be wasted.
        let key = String(line.prefix(12)).uppercased()
        for (wording, label) in known where key.hasPrefix(wording) {
            let rest = line.dropFirst(wording.count)
            guard key.count >= wording.count else { continue }
            let trimmed = rest.drop { $0 == " " }
            if trimmed.isEmpty { return (label, "") }
            if trimmed.first == ":" { return (label, ImportText.clean(String(trimmed.dropFirst()))) }
        }
        return (nil, line)
    }

    /// A time column's text as a label: `Sáng` for `Buổi sáng`.
    static func normalised(_ text: String) -> String {
        let key = text.uppercased()
        for (wording, label) in known where key == wording || key == wording + ":" { return label }
        return text.hasSuffix(":") ? String(text.dropLast()) : text
    }
}
