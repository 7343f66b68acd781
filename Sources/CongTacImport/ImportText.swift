/// The small text rules every reader shares: spaces, dashes, capitals.
enum ImportText {
    /// Runs of spaces (tabs, no-break spaces, line and paragraph separators) as one space, none at
    /// either end; line breaks too. Control characters a schedule file refuses (C0 but tab and line
    /// breaks, DEL, C1, U+FFFE/U+FFFF) are dropped: a Word document cannot show them either.
    static func clean(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for c in text {
            if c.unicodeScalars.contains(where: { isForbiddenControl($0.value) }) { continue }
            if c == " " || c == "\u{A0}" || c == "\t" || c == "\n" || c == "\r" || c == "\u{2007}" || c == "\u{202F}"
                || c == "\u{2028}" || c == "\u{2029}" || c == "\r\n" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return out
    }

    /// What `SourceText.isForbiddenControl` refuses in a schedule file.
    static func isForbiddenControl(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF
    }

    /// The lines of a text broken by soft line breaks, each cleaned, empty ones dropped.
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { clean(String($0)) }.filter { !$0.isEmpty }
    }

    static let dashes: Set<Character> = ["-", "–", "—", "+", "•", "*", "·", "−"]

    /// `- text` → `text`; a dash with no space after it (`-Họp`) too; `-5` stays.
    static func strippingDash(_ text: String) -> String {
        guard let first = text.first, dashes.contains(first) else { return text }
        let rest = text.dropFirst()
        if let next = rest.first, next.isNumber { return text }
        return clean(String(rest))
    }

    static func startsWithDash(_ text: String) -> Bool {
        guard let first = text.first, dashes.contains(first) else { return false }
        return !(text.dropFirst().first?.isNumber ?? false)
    }

    /// `- UBND tỉnh;` → `UBND tỉnh`.
    static func listLine(_ text: String) -> String {
        var line = strippingDash(clean(text))
        while let last = line.last, last == ";" || last == "." || last == "," { line.removeLast() }
        return clean(line)
    }

    /// Has letters and none of them lower case.
    static func isUpperCase(_ text: String) -> Bool {
        var letters = false
        for c in text where c.isLetter {
            if c.isLowercase { return false }
            letters = true
        }
        return letters
    }

    /// For matching headings and labels: upper case, spaces cleaned.
    static func key(_ text: String) -> String { clean(text).uppercased() }

    /// The number at the start of `text` after `prefix`, e.g. `THÁNG 7` → 7.
    static func number(after prefix: String, in text: String) -> Int? {
        let upper = key(text)
        guard let range = upper.range(of: prefix) else { return nil }
        let digits = upper[range.upperBound...].drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }
}
