/// The small text rules every reader shares: spaces, dashes, capitals.
enum ImportText {
    /// Runs of spaces (tabs, no-break spaces, line and paragraph separators) as one space, none at
    /// either end; line breaks too. Control characters a schedule file refuses (C0 but tab and line
    /// breaks, DEL, C1, U+FFFE/U+FFFF) are dropped: a Word document cannot show them either.
    /// Byte by byte over UTF-8, and the text itself when nothing changes: comparing Characters
    /// normalises, and appending scalars one by one is slow; both cost the scale case most of its
    /// import time.
    static func clean(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            var changed = false
            var pendingSpace = false
            var index = 0
            let count = bytes.count
            while index < count {
                let b = bytes[index]
                var length = 1
                var space = false, drop = false
                switch b {
                case 0x20, 0x09, 0x0A, 0x0D: space = true
                case 0x00..<0x20, 0x7F: drop = true
                case 0xC2 where index + 1 < count:
                    length = 2
                    let next = bytes[index + 1]
                    if next == 0xA0 { space = true } else if next >= 0x80 && next <= 0x9F { drop = true }
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80:
                    length = 3
                    let last = bytes[index + 2]
                    if last == 0x87 || last == 0xAF || last == 0xA8 || last == 0xA9 { space = true }
                case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                    length = 3
                    drop = true
                default:
                    length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                }
                length = min(length, count - index)
                if drop {
                    changed = true
                } else if space {
                    if b != 0x20 || pendingSpace || out.isEmpty { changed = true }
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    for k in 0..<length { out.append(bytes[index + k]) }
                }
                index += length
            }
            if pendingSpace { changed = true }
            return changed ? String(decoding: out, as: UTF8.self) : String(decoding: bytes, as: UTF8.self)
        }
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
