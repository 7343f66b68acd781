/// Metrics of the embedded faces, read from the very font files the PDF embeds, so the layout and the
/// file can never disagree about a width. Kerning is not applied (neither does Word by default).
public enum PDFFonts {
    /// The advance width of `text` in points: the sum of its glyphs' advances.
    public static func advance(of text: some StringProtocol, face: PDFFontFace, size: Double) -> Double {
        units(text.unicodeScalars, face: face) * size / Double(TrueTypeFont.face(face).unitsPerEm)
    }

    /// The same for a `String` and a `Substring`, not generic: the layout measures every word, and a
    /// generic call from another module goes through the protocol for each character.
    public static func advance(of text: String, face: PDFFontFace, size: Double) -> Double {
        units(text.unicodeScalars, face: face) * size / Double(TrueTypeFont.face(face).unitsPerEm)
    }

    public static func advance(of text: Substring, face: PDFFontFace, size: Double) -> Double {
        units(text.unicodeScalars, face: face) * size / Double(TrueTypeFont.face(face).unitsPerEm)
    }

    private static func units(_ scalars: some Sequence<Unicode.Scalar>, face: PDFFontFace) -> Double {
        let font = TrueTypeFont.face(face)
        var units = 0
        for scalar in scalars {
            units &+= Int(font.advances[Int(font.glyph(for: scalar))])
        }
        return Double(units)
    }

    /// The first character that some face cannot show (its code point has no glyph in one of the four
    /// fonts), or nil when all four show every character of `text`. Scalars first: the characters
    /// (grapheme breaking, the costly walk) only for a text that has a missing one.
    public static func unsupportedCharacter(in text: some StringProtocol) -> Character? {
        unsupportedCharacter(in: String(text))
    }

    /// The same for a `String`, not generic: `check` asks it of every text of a month.
    public static func unsupportedCharacter(in text: String) -> Character? {
        var allShown = true
        for scalar in text.unicodeScalars where !isShown(scalar) {
            allShown = false
            break
        }
        if allShown { return nil }
        for character in text {
            for scalar in character.unicodeScalars where !isShown(scalar) {
                return character
            }
        }
        return nil
    }

    /// Distance from the baseline to the top of the tallest glyphs (hhea ascender), in points.
    public static func ascent(face: PDFFontFace, size: Double) -> Double {
        let font = TrueTypeFont.face(face)
        return Double(font.ascender) * size / Double(font.unitsPerEm)
    }

    /// Distance from the baseline down to the bottom of the lowest glyphs, as a positive number of points.
    public static func descent(face: PDFFontFace, size: Double) -> Double {
        let font = TrueTypeFont.face(face)
        return Double(-font.descender) * size / Double(font.unitsPerEm)
    }

    /// Single line spacing (ascender + descender + line gap), in points: what Word's "single" uses
    /// for this font is the same sum from the OS/2 Windows metrics, which Liberation makes equal.
    public static func lineHeight(face: PDFFontFace, size: Double) -> Double {
        let font = TrueTypeFont.face(face)
        return Double(font.ascender - font.descender + font.lineGap) * size / Double(font.unitsPerEm)
    }

    /// Where an underline's centre line goes (negative: below the baseline) and how thick it is, in
    /// points. The post table gives the top of the underline (OpenType `post`), so the centre is half
    /// a thickness lower; a stroke of that width along it covers what the font designer meant.
    public static func underline(face: PDFFontFace, size: Double) -> (position: Double, thickness: Double) {
        let font = TrueTypeFont.face(face)
        let scale = size / Double(font.unitsPerEm)
        let thickness = Double(font.underlineThickness)
        return ((Double(font.underlinePosition) - thickness / 2) * scale, thickness * scale)
    }

    /// Whether all four faces have a glyph for `scalar`.
    public static func isShown(_ scalar: Unicode.Scalar) -> Bool {
        let value = Int(scalar.value)
        if value < shownInAllFaces.count * 64 { return shownInAllFaces[value >> 6] >> UInt64(value & 63) & 1 == 1 }
        return value >= 0x10000 && PDFFontFace.allCases.allSatisfy { TrueTypeFont.face($0).glyph(for: scalar) != 0 }
    }

    /// A bit per BMP code point up to the faces' highest one (U+20AB): set where all four faces have
    /// a glyph. Built once, since `check` and the renderer ask about every character of a month: from
    /// each face's flat BMP table, not by asking each face about each code point (4 of the 57 million
    /// instructions of a month's PDF did that).
    private static let shownInAllFaces: [UInt64] = {
        let faces = PDFFontFace.allCases.map(TrueTypeFont.face)
        let end = faces.map(\.bmpEnd).max() ?? 0
        var bits = [UInt64](repeating: ~0, count: (end + 63) / 64)
        for face in faces { face.clearUnmapped(in: &bits) }
        bits[0] &= ~1  // U+0000 maps to nothing that shows
        return bits
    }()
}
