/// PDF string and name syntax.
enum PDFString {
    /// A text string (ISO 32000-1, 7.9.2.2): a literal for printable ASCII, otherwise UTF-16BE with
    /// a byte order mark, as hex, so that Vietnamese titles read the same in every viewer.
    static func text(_ value: String) -> String {
        if value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            var out = "("
            for character in value {
                switch character {
                case "(", ")", "\\": out += "\\" + String(character)
                default: out.append(character)
                }
            }
            return out + ")"
        }
        var out = "<FEFF"
        for unit in value.utf16 { out += hex4(unit) }
        return out + ">"
    }

    /// Bytes as a hex string `<…>`.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789ABCDEF")
        var out = "<"
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        return out + ">"
    }

    /// A name object: `#xx` escapes for anything outside the regular characters.
    static func name(_ value: String) -> String {
        var out = "/"
        for byte in value.utf8 {
            let regular = (byte > 0x20 && byte < 0x7F) && !"#()<>[]{}/%".utf8.contains(byte)
            if regular { out.append(Character(Unicode.Scalar(byte))) } else { out += "#" + String(hex([byte]).dropFirst().dropLast()) }
        }
        return out
    }

    /// A date string `D:YYYYMMDDHHmmSS+HH'mm'`.
    static func date(_ date: PDFDate) -> String {
        let offset = abs(date.utcOffsetMinutes)
        let sign = date.utcOffsetMinutes < 0 ? "-" : "+"
        return "(D:" + pad(date.year, 4) + pad(date.month, 2) + pad(date.day, 2) + pad(date.hour, 2) + pad(date.minute, 2)
            + pad(date.second, 2) + sign + pad(offset / 60, 2) + "'" + pad(offset % 60, 2) + "')"
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
