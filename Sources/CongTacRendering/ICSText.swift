/// The text rules of RFC 5545: escaping (3.3.11) and content lines folded at 75 octets (3.1).
enum ICSText {
    /// A TEXT value: `\` `;` `,` escaped, line breaks as `\n`, other control characters dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n" where afterCR: continue  // CRLF is one line break
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
    /// a space. A line is broken between characters (grapheme clusters), so neither a UTF-8
    /// sequence nor a letter and its combining mark are split; a character longer than a line
    /// (which no text of a schedule has) is broken between its scalars.
    static func fold(_ line: String, into out: inout [UInt8]) {
        var width = 0
        func append(_ bytes: Substring.UTF8View) {
            if width + bytes.count > 75 {
                out += [0x0D, 0x0A, 0x20]
                width = 1
            }
            out += bytes
            width += bytes.count
        }
        for character in line {
            let text = String(character)
            if text.utf8.count <= 74 {
                append(Substring(text).utf8)
            } else {
                for scalar in text.unicodeScalars { append(Substring(String(scalar)).utf8) }
            }
        }
        out += [0x0D, 0x0A]
    }
}
