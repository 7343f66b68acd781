/// A TrueType (glyf) font file read once: the tables the PDF needs, the cmap for code points → glyph
/// ids, the advances, the vertical metrics and each glyph's components. The files are congtac's own
/// (fonts/, embedded), so a malformed table is a build error, caught by the tests, not user input.
final class TrueTypeFont: Sendable {
    let data: [UInt8]
    /// Table tag → (offset, length) in `data`.
    let tables: [String: Range<Int>]
    let unitsPerEm: Int
    let ascender: Int
    let descender: Int
    let lineGap: Int
    let underlinePosition: Int
    let underlineThickness: Int
    let glyphCount: Int
    let bbox: (xMin: Int, yMin: Int, xMax: Int, yMax: Int)
    let italicAngle: Double
    let capHeight: Int
    let weightClass: Int
    let isFixedPitch: Bool
    /// Advance width of each glyph, in font units.
    let advances: [UInt16]
    /// Code point → glyph id, for every code point the font maps.
    let characterMap: [UInt32: UInt16]
    /// Glyph outlines: `glyphRanges[gid]` is the glyph's bytes in `data` (empty for a blank glyph).
    let glyphRanges: [Range<Int>]
    /// The cmap for the Basic Multilingual Plane, up to its highest mapped code point, as a flat
    /// table: the layout measures every word, so a lookup is an index, not a hash.
    private let bmpGlyphs: [UInt16]
    /// One past the highest BMP code point the font maps.
    var bmpEnd: Int { bmpGlyphs.count }

    /// The embedded faces, parsed on first use.
    static func face(_ face: PDFFontFace) -> TrueTypeFont { faces[face.rawValue] }

    private static let faces: [TrueTypeFont] = PDFFontFace.allCases.map { face in
        guard let base64 = EmbeddedResources.fonts[face.fileName] else {
            fatalError("font \(face.fileName) is not embedded: run scripts/embed_templates.py")
        }
        return TrueTypeFont(Base64.decode(base64))
    }

    init(_ data: [UInt8]) {
        self.data = data
        var tables: [String: Range<Int>] = [:]
        let tableCount = Int(data.u16(4))
        for index in 0..<tableCount {
            let record = 12 + 16 * index
            let tag = String(decoding: data[record..<record + 4], as: UTF8.self)
            let offset = Int(data.u32(record + 8)), length = Int(data.u32(record + 12))
            tables[tag] = offset..<offset + length
        }
        self.tables = tables
        let head = tables["head"]!.lowerBound, hhea = tables["hhea"]!.lowerBound
        let maxp = tables["maxp"]!.lowerBound, post = tables["post"]!.lowerBound
        let os2 = tables["OS/2"]!.lowerBound
        unitsPerEm = Int(data.u16(head + 18))
        bbox = (Int(data.i16(head + 36)), Int(data.i16(head + 38)), Int(data.i16(head + 40)), Int(data.i16(head + 42)))
        let longLoca = data.i16(head + 50) == 1
        ascender = Int(data.i16(hhea + 4))
        descender = Int(data.i16(hhea + 6))
        lineGap = Int(data.i16(hhea + 8))
        let metricCount = Int(data.u16(hhea + 34))
        glyphCount = Int(data.u16(maxp + 4))
        italicAngle = Double(data.i16(post + 4)) + Double(data.u16(post + 6)) / 65536
        underlinePosition = Int(data.i16(post + 8))
        underlineThickness = Int(data.i16(post + 10))
        isFixedPitch = data.u32(post + 12) != 0
        weightClass = Int(data.u16(os2 + 4))
        capHeight = data.u16(os2) >= 2 ? Int(data.i16(os2 + 88)) : ascender

        let hmtx = tables["hmtx"]!.lowerBound
        var advances: [UInt16] = []
        advances.reserveCapacity(glyphCount)
        for gid in 0..<glyphCount {
            advances.append(data.u16(hmtx + 4 * min(gid, metricCount - 1)))
        }
        self.advances = advances

        let loca = tables["loca"]!.lowerBound, glyf = tables["glyf"]!.lowerBound
        func location(_ gid: Int) -> Int {
            longLoca ? Int(data.u32(loca + 4 * gid)) : Int(data.u16(loca + 2 * gid)) * 2
        }
        glyphRanges = (0..<glyphCount).map { glyf + location($0)..<glyf + location($0 + 1) }
        characterMap = tables["cmap"].map { Self.readCharacterMap(data, at: $0.lowerBound) } ?? [:]
        // Up to the highest BMP code point mapped (U+20AB here, 17 KB): every process that writes
        // a PDF builds these tables, and four of 128 KB were most of the fonts' start-up cost.
        let bmpEnd = characterMap.keys.filter { $0 < 0x10000 }.max().map { Int($0) + 1 } ?? 0
        var bmpGlyphs = [UInt16](repeating: 0, count: bmpEnd)
        for (code, gid) in characterMap where code < 0x10000 { bmpGlyphs[Int(code)] = gid }
        self.bmpGlyphs = bmpGlyphs
    }

    @inline(__always)
    func glyph(for scalar: Unicode.Scalar) -> UInt16 {
        // Past the table, a BMP code point is unmapped; the hash only answers the other planes.
        if scalar.value < UInt32(bmpGlyphs.count) { return bmpGlyphs[Int(scalar.value)] }
        return scalar.value < 0x10000 ? 0 : characterMap[scalar.value] ?? 0
    }

    /// Clears the bit of every code point in `bits` (a bit per BMP code point from U+0000) that this
    /// font maps to no glyph.
    func clearUnmapped(in bits: inout [UInt64]) {
        bmpGlyphs.withUnsafeBufferPointer { glyphs in
            for value in 0..<bits.count * 64 where value >= glyphs.count || glyphs[value] == 0 {
                bits[value >> 6] &= ~(1 << UInt64(value & 63))
            }
        }
    }

    func advance(ofGlyph gid: UInt16) -> UInt16 { advances[Int(gid)] }

    /// The glyphs a composite glyph is built from (empty for a simple or blank glyph).
    func components(ofGlyph gid: UInt16) -> [UInt16] {
        let range = glyphRanges[Int(gid)]
        guard range.count >= 10, data.i16(range.lowerBound) < 0 else { return [] }
        var result: [UInt16] = []
        var offset = range.lowerBound + 10
        while true {
            let flags = data.u16(offset)
            result.append(data.u16(offset + 2))
            offset += 4 + (flags & 0x0001 != 0 ? 4 : 2)  // ARG_1_AND_2_ARE_WORDS
            if flags & 0x0008 != 0 { offset += 2 }          // WE_HAVE_A_SCALE
            else if flags & 0x0040 != 0 { offset += 4 }     // WE_HAVE_AN_X_AND_Y_SCALE
            else if flags & 0x0080 != 0 { offset += 8 }     // WE_HAVE_A_TWO_BY_TWO
            if flags & 0x0020 == 0 { break }                // MORE_COMPONENTS
        }
        return result
    }

    /// The Unicode BMP (3,1 format 4) or full (3,10 format 12) subtable.
    private static func readCharacterMap(_ data: [UInt8], at cmap: Int) -> [UInt32: UInt16] {
        var map: [UInt32: UInt16] = [:]
        let count = Int(data.u16(cmap + 2))
        for index in 0..<count {
            let record = cmap + 4 + 8 * index
            let platform = data.u16(record), encoding = data.u16(record + 2)
            guard platform == 3 && (encoding == 1 || encoding == 10) || platform == 0 else { continue }
            let table = cmap + Int(data.u32(record + 4))
            switch data.u16(table) {
            case 4:
                let segments = Int(data.u16(table + 6)) / 2
                let ends = table + 14, starts = ends + 2 * segments + 2
                let deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments
                for segment in 0..<segments {
                    let end = UInt32(data.u16(ends + 2 * segment)), start = UInt32(data.u16(starts + 2 * segment))
                    let delta = data.u16(deltas + 2 * segment)
                    let rangeOffset = Int(data.u16(rangeOffsets + 2 * segment))
                    guard start <= end, start != 0xFFFF else { continue }
                    for code in start...end {
                        var gid: UInt16
                        if rangeOffset == 0 {
                            gid = UInt16(truncatingIfNeeded: code) &+ delta
                        } else {
                            let at = rangeOffsets + 2 * segment + rangeOffset + 2 * Int(code - start)
                            gid = data.u16(at)
                            if gid != 0 { gid = gid &+ delta }
                        }
                        if gid != 0 && map[code] == nil { map[code] = gid }
                    }
                }
            case 12:
                let groups = Int(data.u32(table + 12))
                for group in 0..<groups {
                    let at = table + 16 + 12 * group
                    let start = data.u32(at), end = data.u32(at + 4), first = data.u32(at + 8)
                    for code in start...end where map[code] == nil {
                        map[code] = UInt16(truncatingIfNeeded: first + code - start)
                    }
                }
            default:
                continue
            }
        }
        return map
    }
}

extension [UInt8] {
    func u16(_ at: Int) -> UInt16 { UInt16(self[at]) << 8 | UInt16(self[at + 1]) }
    func i16(_ at: Int) -> Int16 { Int16(bitPattern: u16(at)) }
    func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) << 16 | UInt32(u16(at + 2)) }
}
