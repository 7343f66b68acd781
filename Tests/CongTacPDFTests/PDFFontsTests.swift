import Testing
@testable import CongTacPDF

@Suite struct PDFFontsTests {
    /// Liberation Serif's advances are Times New Roman's: "a" is 909/2048 em, the space 512/2048.
    @Test func advancesAreTheFontFiles() {
        #expect(PDFFonts.advance(of: "a", face: .regular, size: 2048) == 909)
        #expect(PDFFonts.advance(of: " ", face: .regular, size: 2048) == 512)
        #expect(PDFFonts.advance(of: "Việt Nam", face: .bold, size: 12) > PDFFonts.advance(of: "Viet Nam", face: .regular, size: 12) - 1)
    }

    @Test func vietnameseIsSupported() {
        #expect(PDFFonts.unsupportedCharacter(in: "Chương trình công tác tháng 02 năm 2025 – “Đồng” ₫ … Ỹ ỹ") == nil)
        #expect(PDFFonts.unsupportedCharacter(in: "漢字") == "漢")
        #expect(PDFFonts.unsupportedCharacter(in: "abc😀") == "😀")
    }

    /// The coverage bitmap built from the faces' tables says, for every code point of the BMP and some
    /// beyond, what asking each face about the code point says.
    @Test func coverageIsWhatEachFaceMaps() {
        var shown = 0
        for value in UInt32(0)..<0x1_0100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let everyFace = value != 0 && PDFFontFace.allCases.allSatisfy { TrueTypeFont.face($0).glyph(for: scalar) != 0 }
            #expect(PDFFonts.isShown(scalar) == everyFace, "U+\(String(value, radix: 16, uppercase: true))")
            if everyFace { shown += 1 }
        }
        #expect(shown >= 300)  // ASCII, Vietnamese letters, punctuation, ₫ (the faces are subsets)
    }

    @Test func verticalMetrics() {
        #expect(abs(PDFFonts.lineHeight(face: .regular, size: 12) - 13.798828125) < 0.001)
        #expect(PDFFonts.ascent(face: .italic, size: 10) > 8)
        #expect(PDFFonts.descent(face: .italic, size: 10) > 2)
    }
}

extension PDFFontsTests {
    /// Liberation Serif's post table: the underline's top at -123/2048 em, 100/2048 thick.
    @Test func underlineCentreIsHalfAThicknessBelowItsTop() {
        let underline = PDFFonts.underline(face: .regular, size: 2048)
        #expect(underline.thickness == 100)
        #expect(underline.position == -173)
    }
}
