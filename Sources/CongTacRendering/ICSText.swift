/// The text rules of RFC 5545: escaping (3.3.11) and content lines folded at 75 octets (3.1).
enum ICSText {
    /// A TEXT value: `\` `;` `,` escaped, line breaks as `\n`, other control characters dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}": out += "\\n"
            default:
                // RFC 5545 forbids control characters in TEXT except HTAB.
                if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `line` as content lines of at most 75 octets, each ended by CRLF; a continuation starts with
    /// a space. A line is broken only between scalars, so no UTF-8 sequence is split (a combining
    /// mark may start a continuation: unfolding joins the octets back exactly).
    static func fold(_ line: String, into out: inout [UInt8]) {
        var width = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if width + size > 75 {
                out += [0x0D, 0x0A, 0x20]
                width = 1
            }
            out += String(scalar).utf8
            width += size
        }
        out += [0x0D, 0x0A]
    }
}
