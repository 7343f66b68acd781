@testable import CongTacPDF

/// A small document that uses every part of the API: two A4 pages, Vietnamese text in the four
/// faces, a justified line, a list, a table with header cells and a spanning cell, artifacts (drawn
/// lines, a page number), a PNG with alpha and the signature field. The checks read it back.
enum SampleDocument {
    static let a4 = (width: 595.276, height: 841.89)

    /// A 48 × 24 RGBA ellipse, red, half transparent (made with Pillow).
    static let sealPNG = Base64.decode("iVBORw0KGgoAAAANSUhEUgAAADAAAAAYCAYAAAC8/X7cAAAAxUlEQVR4nO2XwRFAMBBFPzU4K8JFTwrSk4sinPXAwaxh7WYig2xM3jEi/hOxCZCJS/HEID2whNzXPfD82wNIYZuqHkIePs5Ty9vuSnl3puChYX0hKV8RZ6fj2347OOc4Oy4Z9UIPLF+H1hjnqdUkSqnRUnhgm33tR3ERsBae0CROAlbDE5LELmA9PMElxDWQElkgNrtABxRSabcGrwmnGbAuIRW0yydkVUKrxuIasCbh2kr8dzPHSXI7LZHsgcZFzCNlJjYrAV5eIOx/4+EAAAAASUVORK5CYII=")
    /// An 8 × 8 palette image at 1 bit a pixel, colour 1 transparent.
    static let palettePNG = Base64.decode("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAIAQMAAAD+wSzIAAAABlBMVEUAAP////973JksAAAAAnRSTlP/AOW3MEoAAAALSURBVHicY2BABQAAEAABOb2PZQAAAABJRU5ErkJggg==")

    static let title = "CHƯƠNG TRÌNH Công tác tháng 02 năm 2025"
    static let lines = [
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "Độc lập - Tự do - Hạnh phúc",
        "Hà Tĩnh, ngày 03 tháng 02 năm 2025",
        "Tổ chức Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025",
        "NGÀY", "NỘI DUNG CÔNG VIỆC", "Thứ Hai 03/02", "Sáng: Họp giao ban Sở", "Văn phòng Sở",
        "Chiều: Làm việc với UBND huyện Kỳ Anh về đề án ứng dụng khoa học",
        "Đ/c Hoàn GD Sở – “Đồng” ₫ …",
    ]

    static func make(claimingPDFUA: Bool = false) throws -> PDFDocument {
        var metadata = PDFMetadata(
            title: title, author: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", subject: "Công tác tháng 02 năm 2025",
            keywords: "chương trình công tác", date: PDFDate(year: 2025, month: 2, day: 3))
        metadata.claimsPDFUA = claimingPDFUA
        let document = PDFDocument(metadata: metadata)
        let root = document.structureRoot
        let first = document.addPage(width: a4.width, height: a4.height)
        let left = 85.039, right = a4.width - 56.693
        var y = a4.height - 70

        let agency = root.child(role: .p)
        first.beginContent(agency)
        first.text(lines[0], x: left, y: y, face: .bold, size: 13)
        first.endContent()
        first.beginArtifact()
        first.line(from: PDFPoint(x: left + 40, y: y - 4), to: PDFPoint(x: left + 120, y: y - 4), width: 0.5)
        first.endArtifact()
        y -= 20
        let motto = root.child(role: .p)
        first.beginContent(motto)
        first.text(lines[1], x: 330, y: y, face: .bold, size: 14)
        first.endContent()
        first.underline(x: 330, y: y, width: PDFFonts.advance(of: lines[1], face: .bold, size: 14), face: .bold, size: 14)
        y -= 20
        let date = root.child(role: .p)
        first.beginContent(date)
        first.text(lines[2], x: 330, y: y, face: .italic, size: 14)
        first.endContent()
        y -= 30
        let heading = root.child(role: .h1)
        first.beginContent(heading)
        first.text("CHƯƠNG TRÌNH", x: 250, y: y, face: .bold, size: 14)
        first.endContent()
        y -= 24

        // A justified line: the gap is shared by the spaces.
        let sections = root.child(role: .l)
        let item = sections.child(role: .li)
        let body = item.child(role: .lBody)
        let words = lines[3]
        let natural = PDFFonts.advance(of: words, face: .regular, size: 14)
        let spaces = words.filter { $0 == " " }.count
        first.beginContent(body)
        first.text(words, x: left, y: y, face: .regular, size: 14,
                   wordSpacing: (right - left - natural) / Double(spaces))
        first.endContent()
        y -= 30

        // The agenda table: a header row, a day cell spanning two rows.
        let table = root.child(role: .table)
        let header = table.child(role: .tr)
        for (text, x) in [(lines[4], left), (lines[5], left + 90)] {
            let cell = header.child(role: .th)
            cell.scope = .column
            first.beginContent(cell)
            first.text(text, x: x + 4, y: y, face: .bold, size: 13)
            first.endContent()
        }
        first.line(from: PDFPoint(x: left, y: y - 6), to: PDFPoint(x: right, y: y - 6), width: 0.5)
        y -= 22
        let row = table.child(role: .tr)
        let day = row.child(role: .td)
        day.rowSpan = 2
        first.beginContent(day)
        first.text(lines[6], x: left + 4, y: y, face: .bold, size: 13)
        first.endContent()
        let morning = row.child(role: .td)
        first.beginContent(morning)
        first.text(lines[7], x: left + 94, y: y, face: .regular, size: 13)
        first.endContent()
        first.underline(x: left + 94, y: y, width: PDFFonts.advance(of: "Sáng", face: .regular, size: 13), face: .regular, size: 13)
        y -= 18
        let next = table.child(role: .tr)
        let afternoon = next.child(role: .td)
        first.beginContent(afternoon)
        first.text(lines[8], x: left + 94, y: y, face: .boldItalic, size: 13)
        first.endContent()

        // Page 2: page number, a paragraph, the seal over the signature field.
        let second = document.addPage(width: a4.width, height: a4.height)
        second.beginArtifact(.pageHeader)
        second.text("2", x: a4.width / 2, y: a4.height - 40, face: .regular, size: 13)
        second.endArtifact()
        // The afternoon's cell goes on over the page break: its second piece is an MCR to page 2.
        second.beginContent(afternoon)
        second.text(lines[9], x: left, y: 700, face: .regular, size: 14)
        second.endContent()
        let signer = root.child(role: .p)
        second.beginContent(signer)
        second.text(lines[10], x: 330, y: 560, face: .bold, size: 14)
        second.endContent()
        let seal = root.child(role: .figure)
        seal.alt = "Con dấu"
        second.beginContent(seal)
        second.image(try PDFImage(png: sealPNG), rect: PDFRect(x: 330, y: 600, width: 96, height: 48))
        second.endContent()
        second.image(try PDFImage(png: palettePNG), rect: PDFRect(x: 100, y: 100, width: 16, height: 16))
        document.addSignatureField(name: "ChuKyLanhDao", page: second, rect: PDFRect(x: 330, y: 590, width: 180, height: 70),
                                   tooltip: "Chữ ký của lãnh đạo")
        return document
    }
}
