import Foundation
import Testing
@testable import CongTacPDF

@Suite struct PDFSpeedTests {
    /// A large document (600 pages of 40 lines) is written whole (its time is printed; the benchmark measures speed).
    @Test func aLargeDocumentWrites() throws {
        let start = ContinuousClock.now
        let document = PDFDocument(metadata: PDFMetadata(title: "T", author: "A", date: PDFDate(year: 2025, month: 2, day: 3)))
        let line = "Chiều: Làm việc với UBND huyện Kỳ Anh về đề án ứng dụng khoa học và công nghệ"
        var measured = 0.0
        for _ in 0..<600 {
            let page = document.addPage(width: 595.276, height: 841.89)
            for row in 0..<40 {
                let element = document.structureRoot.child(role: .p)
                measured += PDFFonts.advance(of: line, face: .regular, size: 13)
                page.beginContent(element)
                page.text(line, x: 85, y: 800 - Double(row) * 18, face: row % 2 == 0 ? .regular : .italic, size: 13, wordSpacing: 0.7)
                page.endContent()
            }
        }
        let drawn = ContinuousClock.now - start
        let bytes = try document.write()
        let elapsed = ContinuousClock.now - start
        print("600 pages, 24,000 lines: \(bytes.count) bytes in \(elapsed) (drawn in \(drawn))")
        #expect(measured > 0)
        if let folder = ProcessInfo.processInfo.environment["CONGTAC_PDF_SAMPLE_DIR"] {
            try Data(bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent("large.pdf"))
        }
    }
}
