import Foundation
import Testing
@testable import CongTacPDF

/// Documents at the edges of the API: a blank page, a page of artifacts only, one face, grey and
/// 16-bit images, coloured text and fills, no signature field. Each is written and, with
/// `CONGTAC_PDF_SAMPLE_DIR=/folder`, kept there for `.ci/check_pdf.py`.
@Suite struct EdgeDocumentTests {
    /// 6 × 4 grey + alpha (colour type 4): grey x × 40, alpha y × 80.
    static let greyAlphaPNG = Base64.decode("iVBORw0KGgoAAAANSUhEUgAAAAYAAAAECAQAAAAHDYbIAAAAFUlEQVR4nGNkYNCAQxaGAAY4wM0BADtIAcb94DOVAAAAAElFTkSuQmCC")
    /// 5 × 3 opaque RGB (10, 200, 30).
    static let rgbPNG = Base64.decode("iVBORw0KGgoAAAANSUhEUgAAAAUAAAADCAIAAADUVFKvAAAAFElEQVR4nGPkOiHHgASYGFABOh8AK8wA9rP2YSUAAAAASUVORK5CYII=")
    /// 3 × 2 RGB at 16 bits: red 0x1234 × (x + 1), green 0xFFFF, blue 0.
    static let rgb16PNG = Base64.decode("iVBORw0KGgoAAAANSUhEUgAAAAMAAAACEAIAAABChi0OAAAAGUlEQVR4nGMQMvn/n4FBJQNEms0BkQyYQgAg3Q89JJeAdgAAAABJRU5ErkJggg==")

    @Test func imagesOfEveryKindDecode() throws {
        let grey = try PDFImage(png: Self.greyAlphaPNG)
        #expect(grey.components == 1 && Array(grey.color.prefix(6)) == [0, 40, 80, 120, 160, 200])
        #expect(grey.alpha.map { [$0[0], $0[6], $0[18]] } == [0, 80, 240])
        let rgb = try PDFImage(png: Self.rgbPNG)
        #expect(rgb.alpha == nil && Array(rgb.color.prefix(3)) == [10, 200, 30])
        let deep = try PDFImage(png: Self.rgb16PNG)
        #expect(Array(deep.color.prefix(6)) == [0x12, 0xFF, 0, 0x24, 0xFF, 0])
    }

    static func documents() throws -> [(name: String, document: PDFDocument)] {
        let metadata = PDFMetadata(title: "Edge", author: "Sở", date: PDFDate(year: 2026, month: 12, day: 31, hour: 23, minute: 59, second: 59))
        let blank = PDFDocument(metadata: metadata)
        _ = blank.addPage(width: 595.276, height: 841.89)

        let artifacts = PDFDocument(metadata: metadata)
        let page = artifacts.addPage(width: 841.89, height: 595.276)
        page.beginArtifact(.pageFooter)
        page.text("Trang 1", x: 400, y: 20, face: .italic, size: 10)
        page.endArtifact()
        page.fill(PDFRect(x: 50, y: 50, width: 100, height: 20), color: PDFColor(red: 0.9, green: 0.9, blue: 0.9))
        page.line(from: PDFPoint(x: 50, y: 40), to: PDFPoint(x: 500, y: 40), width: 1, color: PDFColor(red: 0, green: 0, blue: 1))

        let images = PDFDocument(metadata: PDFMetadata(title: "Ảnh", author: "Sở", subject: nil, keywords: nil,
                                                       language: "vi", date: PDFDate(year: 2025, month: 1, day: 1, utcOffsetMinutes: -90)))
        let imagePage = images.addPage(width: 595.276, height: 841.89)
        let figure = images.structureRoot.child(role: .figure)
        figure.alt = "Ảnh xám"
        imagePage.beginContent(figure)
        imagePage.image(try PDFImage(png: greyAlphaPNG), rect: PDFRect(x: 100, y: 600, width: 60, height: 40))
        imagePage.endContent()
        let other = images.structureRoot.child(role: .figure)
        other.alt = "Ảnh màu"
        imagePage.beginContent(other)
        imagePage.image(try PDFImage(png: rgbPNG), rect: PDFRect(x: 200, y: 600, width: 50, height: 30))
        imagePage.image(try PDFImage(png: rgb16PNG), rect: PDFRect(x: 300, y: 600, width: 30, height: 20))
        imagePage.endContent()
        let caption = images.structureRoot.child(role: .p)
        caption.language = "en"
        imagePage.beginContent(caption)
        imagePage.text("Red text (with parentheses) \\ backslash", x: 100, y: 560, face: .bold, size: 12,
                       color: PDFColor(red: 0.8, green: 0, blue: 0))
        imagePage.endContent()
        // The same image again, on a second page: embedded once.
        let again = images.addPage(width: 595.276, height: 841.89)
        again.image(try PDFImage(png: rgbPNG), rect: PDFRect(x: 100, y: 100, width: 50, height: 30))
        return [("blank", blank), ("artifacts", artifacts), ("images", images)]
    }

    @Test func edgeDocumentsWrite() throws {
        let folder = ProcessInfo.processInfo.environment["CONGTAC_PDF_SAMPLE_DIR"]
        for (name, document) in try Self.documents() {
            document.packsObjects = name != "images"   // one of them in the clear, to read its dictionaries
            let bytes = try document.write()
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("/AcroForm"), "\(name)")
            if name == "images" {
                #expect(text.components(separatedBy: "/Subtype /Image").count - 1 == 4, "3 images, 1 soft mask")
                #expect(text.contains("/CreationDate (D:20250101000000-01'30')"))
                #expect(text.contains("/Lang (en)"))
            }
            if let folder {
                try Data(bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent("edge-\(name).pdf"))
            }
        }
    }
}
