import Foundation
import Testing
@testable import CongTacPDF

@Suite struct TrueTypeSubsetTests {
    let font = TrueTypeFont.face(.regular)

    /// "ệ" is a composite of e, a circumflex and the dot below: all three must stay in the subset.
    @Test func compositeComponentsAreKept() {
        let ee = font.glyph(for: "ệ")
        let components = font.components(ofGlyph: ee)
        #expect(components.count == 3)
        let kept = TrueTypeSubset.closure(of: [ee], in: font)
        #expect(kept == Set([0, ee] + components))
    }

    /// The subset is a font our reader (and fontTools, in check_pdf.py) reads: same glyph ids and
    /// advances, the kept outlines byte for byte, the others empty, the checksum adjustment right.
    @Test func subsetKeepsGlyphIdsAndEmptiesTheRest() {
        let used: [UInt16] = [font.glyph(for: "A"), font.glyph(for: "ệ")]
        let kept = TrueTypeSubset.closure(of: used, in: font)
        let bytes = TrueTypeSubset.subset(font, keeping: kept)
        let subset = TrueTypeFont(bytes)
        #expect(subset.glyphCount == font.glyphCount)
        #expect(subset.advances == font.advances)
        for gid in 0..<font.glyphCount {
            let outline = Array(subset.data[subset.glyphRanges[gid]])
            if kept.contains(UInt16(gid)) {
                #expect(outline.prefix(font.glyphRanges[gid].count) == font.data[font.glyphRanges[gid]])
            } else {
                #expect(outline.isEmpty, "glyph \(gid)")
            }
        }
        #expect(TrueTypeSubset.checksum(bytes) == 0xB1B0_AFBA)
        #expect(subset.tables["cmap"] == nil && subset.tables["name"] != nil)
        #expect(bytes.count < font.data.count / 2)
    }

    @Test func tagIsSixLettersFromTheGlyphSet() {
        let one = TrueTypeSubset.tag(for: [0, 3, 4], face: .regular)
        #expect(one.count == 6 && one.allSatisfy { $0.isUppercase && $0.isASCII })
        #expect(one == TrueTypeSubset.tag(for: [4, 3, 0], face: .regular))
        #expect(one != TrueTypeSubset.tag(for: [0, 3, 5], face: .regular))
        #expect(one != TrueTypeSubset.tag(for: [0, 3, 4], face: .bold))
    }

    @Test func toUnicodeMapsGlyphsBackToCodePoints() {
        let cmap = String(decoding: ToUnicodeCMap.make([0x0102: "ệ", 0x0044: "A", 0: "x"]), as: UTF8.self)
        #expect(cmap.contains("2 beginbfchar\n<0044> <0041>\n<0102> <1EC7>\nendbfchar"))
        #expect(cmap.contains("<0000> <FFFF>"))
        // More than 100 glyphs: blocks of at most 100.
        var many: [UInt16: Unicode.Scalar] = [:]
        for gid in 1...250 { many[UInt16(gid)] = Unicode.Scalar(UInt8(65 + gid % 26)) }
        let big = String(decoding: ToUnicodeCMap.make(many), as: UTF8.self)
        #expect(big.components(separatedBy: "100 beginbfchar").count == 3 && big.contains("50 beginbfchar"))
    }
}
