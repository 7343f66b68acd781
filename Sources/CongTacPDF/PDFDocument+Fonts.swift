/// A face's objects: Type0 font (Identity-H) → CIDFontType2 with `/W` → descriptor → the subset
/// program (FontFile2), and the ToUnicode CMap.
extension PDFDocument {
    func writeFont(_ usage: PDFFontUsage,
                   numbers: (font: Int, cidFont: Int, descriptor: Int, file: Int, toUnicode: Int),
                   into writer: inout PDFObjectWriter) throws(PDFWriteError) {
        let font = TrueTypeFont.face(usage.face)
        let glyphs = usage.glyphs
        let kept = TrueTypeSubset.closure(of: glyphs.keys, in: font)
        let name = "/" + TrueTypeSubset.tag(for: kept, face: usage.face) + "+" + usage.face.postScriptName
        let scale = 1000 / Double(font.unitsPerEm)
        writer.object(numbers.font, "<</Type /Font /Subtype /Type0 /BaseFont \(name) /Encoding /Identity-H"
                      + " /DescendantFonts [\(numbers.cidFont) 0 R] /ToUnicode \(numbers.toUnicode) 0 R>>")
        // Widths of the shown glyphs, in runs of consecutive ids: `first [w w …]`.
        var widths = ""
        var previous = -2
        for gid in glyphs.keys.sorted() {
            if Int(gid) != previous + 1 { widths += (widths.isEmpty ? "" : "] ") + "\(gid) [" } else { widths += " " }
            widths += format(Double(font.advance(ofGlyph: gid)) * scale)
            previous = Int(gid)
        }
        writer.object(numbers.cidFont, "<</Type /Font /Subtype /CIDFontType2 /BaseFont \(name)"
                      + " /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>"
                      + " /FontDescriptor \(numbers.descriptor) 0 R /DW 1000 /W [\(widths)]] /CIDToGIDMap /Identity>>")
        let italic = font.italicAngle != 0
        let flags = 2 | 32 | (italic ? 64 : 0)   // Serif, Nonsymbolic, Italic
        let bbox = [font.bbox.xMin, font.bbox.yMin, font.bbox.xMax, font.bbox.yMax].map { format(Double($0) * scale) }
        let stemV = 10 + 220 * max(0, font.weightClass - 50) / 900
        writer.object(numbers.descriptor, "<</Type /FontDescriptor /FontName \(name) /Flags \(flags)"
                      + " /FontBBox [\(bbox.joined(separator: " "))] /ItalicAngle \(format(font.italicAngle))"
                      + " /Ascent \(format(Double(font.ascender) * scale)) /Descent \(format(Double(font.descender) * scale))"
                      + " /CapHeight \(format(Double(font.capHeight) * scale)) /StemV \(stemV) /FontFile2 \(numbers.file) 0 R>>")
        let program = TrueTypeSubset.subset(font, keeping: kept)
        try writer.stream(numbers.file, dictionary: "/Length1 \(program.count)", data: program)
        try writer.stream(numbers.toUnicode, data: ToUnicodeCMap.make(glyphs))
    }
}
