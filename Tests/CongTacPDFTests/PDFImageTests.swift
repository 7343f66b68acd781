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

    /// A 1 × 1 image whose data inflates to 5 MB stops at the rows' size: damaged, not out of memory.
    @Test func moreDataThanTheRowsIsRefused() throws {
        func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
            var out: [UInt8] = []
            out.appendU32(UInt32(body.count))
            return out + Array(type.utf8) + body + [0, 0, 0, 0]   // the CRC is not read
        }
        let header: [UInt8] = [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]
        let bomb = try Deflate.compress([UInt8](repeating: 0, count: 5_000_000))
        let png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", bomb) + chunk("IEND", [])
        #expect(throws: PDFImageError.damaged(detail: "IDAT")) { try PDFImage(png: png) }
        // The same header with its one row is read.
        let one = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header)
            + chunk("IDAT", try Deflate.compress([0, 0x80])) + chunk("IEND", [])
        let image = try PDFImage(png: one)
        #expect(image.color == [0x80] && image.components == 1 && image.alpha == nil)
    }

    @Test func unsupportedCharacterIsNamed() throws {
        let message = try #require(PDFFonts.unsupportedCharacterMessage(in: "Họp 漢"))
        #expect(message.code == "unsupported-character")
        #expect(message.en.contains("U+6F22"))
        #expect(PDFFonts.unsupportedCharacterMessage(in: "Họp giao ban Sở") == nil)
    }
}

import CongTacTestSupport

extension PDFImageTests {
    /// Damaged copies of the test images (bytes changed, cut short) are refused with an error or
    /// read, never a crash.
    @Test func damagedFilesNeverCrash() {
        var random = SeededGenerator(seed: 0x50_4E47)
        for round in 0..<3_000 {
            var bytes = round % 2 == 0 ? SampleDocument.sealPNG : SampleDocument.palettePNG
            let changes = Int.random(in: 1...4, using: &random)
            for _ in 0..<changes {
                let at = Int.random(in: 8..<bytes.count, using: &random)
                bytes[at] = UInt8.random(in: 0...255, using: &random)
            }
            if Bool.random(using: &random) { bytes.removeLast(Int.random(in: 0..<bytes.count - 8, using: &random)) }
            _ = try? PDFImage(png: bytes)
        }
        #expect(Bool(true), "\(random)")
    }
}
