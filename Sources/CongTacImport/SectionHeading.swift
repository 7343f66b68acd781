/// A section heading and its level: `I.` `II.` (1), `1.` `2.` (2), `a)` `b)` (3); congtac writes
/// a fourth level as `- ` in a heading style, which tells it from a paragraph.
enum SectionHeading {
    /// A paragraph numbered by Word rather than typed: its list level's format gives the level
    /// (`upperRoman` I., `decimal` 1., `lowerLetter` a)); nil for bullets and other formats.
    static func level(numberFormat format: String?) -> Int? {
        switch format {
        case "upperRoman"?: return 1
        case "decimal"?: return 2
        case "lowerLetter"?: return 3
        default: return nil
        }
    }

    static func parse(_ text: String, style: String?) -> (level: Int, heading: String)? {
        if let style, style.hasPrefix("Heading"), ImportText.startsWithDash(text) {
            let heading = ImportText.strippingDash(text)
            return heading.isEmpty ? nil : (4, heading)
        }
        let label = text.prefix { $0 != " " && $0 != "\u{A0}" }
        let heading = ImportText.clean(String(text.dropFirst(label.count)))
        guard !heading.isEmpty, label.count >= 2 else { return nil }
        let mark = label.last!, body = label.dropLast()
        if mark == "." && body.allSatisfy({ "IVXLC".contains($0) }) { return (1, heading) }
        if mark == "." && body.count <= 2 && body.allSatisfy({ $0.isASCII && $0.isNumber }) { return (2, heading) }
        if mark == ")" && body.count == 1, let letter = body.first, "abcdđeghiklmnopqrstuvxy".contains(letter) {
            return (3, heading)
        }
        return nil
    }
}
