/// Recognises Vietnamese typed in the pre-Unicode TCVN3 (ABC) and VNI encodings, either saved as
/// 8-bit bytes or already converted to Unicode letter by letter (as Word does when such text is pasted).
/// Public for the importer, which must refuse what `check` would refuse in the file it writes.
public enum LegacyEncoding {
    public struct Finding: Sendable {
        public var name: String
        public var sample: String
        public var line: Int
        public var column: Int
    }

    /// In TCVN3, ă â ê ô ơ ư đ and the toned a-vowels sit at bytes 0xA8–0xB9, which read as these
    /// Latin-1 signs; Vietnamese in Unicode never uses them between letters.
    static let tcvn3Signs: Set<UInt32> = [0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAE, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBE, 0xC6, 0xD6, 0xDC, 0xF1]

    /// In VNI, a toned vowel is the base letter followed by a tone byte that reads as one of these.
    static let vniMarks: Set<UInt32> = [0xF8, 0xFB, 0xEF, 0xE4, 0xEB, 0xE5, 0xE6, 0xF6]
    private static let vowels = Set("aeiouyAEIOUY".unicodeScalars.map(\.value))

    /// Whether a Latin-1 scalar (U+0080–U+00FF) is a sign of either encoding: UTF-8 text without
    /// one skips the detection.
    static func isSign(_ scalar: UInt32) -> Bool {
        let bit = scalar & 0x3F
        switch scalar >> 6 {
        case 2: return signMasks.0 >> bit & 1 != 0
        case 3: return signMasks.1 >> bit & 1 != 0
        default: return false
        }
    }

    /// `tcvn3Signs` and `vniMarks` as bits: U+0080–U+00BF, then U+00C0–U+00FF (constants, so that the
    /// pass over the bytes reads them without a lazy initialisation; a test checks them).
    static let signMasks: (UInt64, UInt64) = (0x43E0_5F00_0000_0000, 0x0942_8870_1040_0040)

    /// Whether UTF-8 text holds a sign of either encoding at all: the common case, none, skips `detect`.
    public static func mayBeLegacy(utf8 text: String) -> Bool {
        var previous: UInt8 = 0
        for b in text.utf8 {
            if previous == 0xC2 || previous == 0xC3, isSign(UInt32(previous & 0x03) << 6 | UInt32(b & 0x3F)) { return true }
            previous = b
        }
        return false
    }

    static func detect(bytes: [UInt8]) -> Finding? {
        // An 8-bit file: read each byte as Latin-1, then look for the same signs.
        var view = String.UnicodeScalarView()
        for b in bytes { view.append(Unicode.Scalar(b)) }
        return detect(text: String(view))
    }

    public static func detect(text: String) -> Finding? {
        var tcvn3 = 0
        var vni = 0
        var first: (name: String, line: Int, column: Int, offset: String.UnicodeScalarView.Index)?
        var line = 1
        var column = 1
        var previousIsLetter = false
        var previous: UInt32 = 0
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let v = scalars[index].value
            if v == 0x0A {
                line += 1
                column = 1
                previousIsLetter = false
                index = scalars.index(after: index)
                continue
            }
            let isLetter = scalars[index].properties.isAlphabetic
            if tcvn3Signs.contains(v) && previousIsLetter {
                tcvn3 += 1
                if first == nil { first = ("TCVN3 (ABC)", line, column, index) }
            } else if vniMarks.contains(v) && vowels.contains(previous) {
                vni += 1
                if first == nil { first = ("VNI", line, column, index) }
            }
            previousIsLetter = isLetter || tcvn3Signs.contains(v)
            previous = v
            column += 1
            index = scalars.index(after: index)
        }
        guard let first, max(tcvn3, vni) >= 3 else { return nil }
        let name = tcvn3 >= vni ? "TCVN3 (ABC)" : "VNI"
        return Finding(name: name, sample: word(around: first.offset, in: scalars), line: first.line, column: first.column)
    }

    private static func word(around index: String.UnicodeScalarView.Index, in scalars: String.UnicodeScalarView) -> String {
        var start = index
        while start > scalars.startIndex {
            let before = scalars.index(before: start)
            if scalars[before] == " " || scalars[before] == "\n" { break }
            start = before
        }
        var end = index
        while end < scalars.endIndex, scalars[end] != " ", scalars[end] != "\n" {
            end = scalars.index(after: end)
        }
        return String(String.UnicodeScalarView(scalars[start..<end]).prefix(24))
    }
}
