/// Subsets a TrueType font to the glyphs a document uses, keeping every glyph id (so that the PDF's
/// 2-byte codes are the glyph ids, CIDToGIDMap Identity): unused glyphs keep their advance but lose
/// their outline. Only the tables a PDF reader uses for a CIDFontType2 are kept (ISO 32000-1,
/// 9.9: glyf, head, hhea, hmtx, loca, maxp; plus OS/2, post and name, which carry the metrics'
/// sources and the licence records). No cmap: the codes are glyph ids.
enum TrueTypeSubset {
    /// `used` plus .notdef and every component of a composite glyph, transitively.
    static func closure(of used: some Sequence<UInt16>, in font: TrueTypeFont) -> Set<UInt16> {
        var result: Set<UInt16> = []
        var pending = Array(used) + [0]
        while let gid = pending.popLast() {
            guard Int(gid) < font.glyphCount, result.insert(gid).inserted else { continue }
            pending.append(contentsOf: font.components(ofGlyph: gid))
        }
        return result
    }

    static func subset(_ font: TrueTypeFont, keeping glyphs: Set<UInt16>) -> [UInt8] {
        var glyf: [UInt8] = []
        var loca: [UInt8] = []
        for gid in 0..<font.glyphCount {
            loca.appendU32(UInt32(glyf.count))
            if glyphs.contains(UInt16(gid)) {
                glyf.append(contentsOf: font.data[font.glyphRanges[gid]])
                while glyf.count % 4 != 0 { glyf.append(0) }
            }
        }
        loca.appendU32(UInt32(glyf.count))

        var head = Array(font.data[font.tables["head"]!])
        head.replaceSubrange(8..<12, with: [0, 0, 0, 0])   // checkSumAdjustment, set below
        head.replaceSubrange(50..<52, with: [0, 1])        // indexToLocFormat: long offsets
        var tables: [(tag: String, data: [UInt8])] = [("head", head), ("glyf", glyf), ("loca", loca)]
        for tag in ["hhea", "hmtx", "maxp", "OS/2", "post", "name"] {
            if let range = font.tables[tag] { tables.append((tag, Array(font.data[range]))) }
        }
        tables.sort { $0.tag < $1.tag }

        var out: [UInt8] = []
        let count = tables.count
        var power = 1, log = 0
        while power * 2 <= count { power *= 2; log += 1 }
        out.appendU32(0x0001_0000)
        out.appendU16(UInt16(count))
        out.appendU16(UInt16(power * 16))
        out.appendU16(UInt16(log))
        out.appendU16(UInt16(count * 16 - power * 16))
        var offset = 12 + 16 * count
        var headOffset = 0
        for table in tables {
            out.append(contentsOf: Array(table.tag.utf8))
            out.appendU32(checksum(table.data))
            out.appendU32(UInt32(offset))
            out.appendU32(UInt32(table.data.count))
            if table.tag == "head" { headOffset = offset }
            offset += (table.data.count + 3) & ~3
        }
        for table in tables {
            out.append(contentsOf: table.data)
            while out.count % 4 != 0 { out.append(0) }
        }
        let adjustment = 0xB1B0_AFBA &- checksum(out)
        for index in 0..<4 { out[headOffset + 8 + index] = UInt8(truncatingIfNeeded: adjustment >> UInt32(24 - 8 * index)) }
        return out
    }

    /// The table checksum: the sum of big-endian 32-bit words, zero-padded.
    static func checksum(_ data: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0
        var index = 0
        while index < data.count {
            var word: UInt32 = 0
            for byte in 0..<4 { word = word << 8 | UInt32(index + byte < data.count ? data[index + byte] : 0) }
            sum = sum &+ word
            index += 4
        }
        return sum
    }

    /// Six capital letters derived from the glyph set (ISO 32000-1, 9.6.4): the same subset gets the
    /// same tag, so the output stays deterministic, and different subsets almost surely differ.
    static func tag(for glyphs: Set<UInt16>, face: PDFFontFace) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(face.rawValue)
        for gid in glyphs.sorted() {
            hash = (hash ^ UInt64(gid & 0xFF)) &* 0x100_0000_01B3
            hash = (hash ^ UInt64(gid >> 8)) &* 0x100_0000_01B3
        }
        var letters = ""
        for _ in 0..<6 {
            letters.append(Character(Unicode.Scalar(UInt8(65 + hash % 26))))
            hash /= 26
        }
        return letters
    }
}

extension [UInt8] {
    mutating func appendU16(_ value: UInt16) {
        append(UInt8(value >> 8))
        append(UInt8(value & 0xFF))
    }

    mutating func appendU32(_ value: UInt32) {
        appendU16(UInt16(value >> 16))
        appendU16(UInt16(value & 0xFFFF))
    }
}
