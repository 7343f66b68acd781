import CongTacMessages
import Testing
@testable import CongTacPDF

@Suite struct PDFImageTests {
    @Test func rgbaBecomesColourAndSoftMask() throws {
        let image = try PDFImage(png: SampleDocument.sealPNG)
        #expect(image.width == 48 && image.height == 24 && image.components == 3)
        let alpha = try #require(image.alpha)
        #expect(alpha[0] == 0)                          // the corner is transparent
        #expect(alpha[12 * 48 + 24] == 200)             // the middle is the fill's alpha
        #expect(Array(image.color[(12 * 48 + 24) * 3..<(12 * 48 + 24) * 3 + 3]) == [200, 20, 30])
    }

    @Test func onebitPaletteWithTransparencyIsExpanded() throws {
        let image = try PDFImage(png: SampleDocument.palettePNG)
        #expect(image.width == 8 && image.components == 3)
        #expect(Array(image.color.prefix(3)) == [0, 0, 255])
        #expect(image.alpha == nil)                     // colour 1 is transparent but unused
    }

    @Test func errorsSayWhatIsWrong() {
        #expect(throws: PDFImageError.notPNG) { try PDFImage(png: Array("GIF89a".utf8)) }
        var interlaced = SampleDocument.sealPNG
        interlaced[8 + 8 + 12] = 1                      // IHDR's interlace byte
        #expect(throws: PDFImageError.interlaced) { try PDFImage(png: interlaced) }
        #expect(throws: PDFImageError.damaged(detail: "IHDR")) { try PDFImage(png: Array(SampleDocument.sealPNG.prefix(16))) }
        var huge = SampleDocument.sealPNG
        huge.replaceSubrange(16..<24, with: [0, 0, 0x80, 0, 0, 0, 0x80, 0])
        #expect(throws: PDFImageError.tooLarge(width: 32768, height: 32768)) { try PDFImage(png: huge) }
        #expect(PDFImageError.notPNG.message.code == "image-not-png")
        #expect(PDFImageError.damaged(detail: "IDAT").message.code == "image-damaged")
    }

    @Test func unsupportedCharacterIsNamed() throws {
        let message = try #require(PDFFonts.unsupportedCharacterMessage(in: "Họp 漢"))
        #expect(message.code == "unsupported-character")
        #expect(message.en.contains("U+6F22"))
        #expect(PDFFonts.unsupportedCharacterMessage(in: "Họp giao ban Sở") == nil)
    }
}
