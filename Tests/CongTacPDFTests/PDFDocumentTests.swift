import Foundation
import Testing
@testable import CongTacPDF

@Suite struct PDFDocumentTests {
    /// Data that ends in CR gets CR LF before `endstream`, so a reader that takes CR LF as one
    /// end-of-line marker still counts /Length bytes of data (a PDF/A validator failed the 2023-07
    /// example's file before).
    @Test func streamDataEndingInCRKeepsItsLength() throws {
        #expect(PDFObjectWriter.endOfStream(after: [0x41, 0x0D]) == "\r\n")
        #expect(PDFObjectWriter.endOfStream(after: [0x41, 0x0A]) == "\n")
        #expect(PDFObjectWriter.endOfStream(after: []) == "\n")
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        let first = try SampleDocument.make().write()
        let second = try SampleDocument.make().write()
        #expect(first == second)
        #expect(first.starts(with: Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3]))
        #expect(first.suffix(6) == Array("%%EOF\n".utf8))
    }

    /// The pieces a reader needs, as written (independent readers check them in PDFCheckTests).
    @Test func catalogHasTheTaggedAndPDFAEntries() throws {
        let document = try SampleDocument.make()
        document.packsObjects = false   // dictionaries in the clear
        let text = String(decoding: try document.write(), as: UTF8.self)
        for entry in ["/MarkInfo <</Marked true>>", "/StructTreeRoot", "/Lang (vi-VN)", "/DisplayDocTitle true",
                      "/S /GTS_PDFA1", "/FT /Sig", "/F 4", "/Encoding /Identity-H", "/CIDToGIDMap /Identity",
                      "<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                      "/CreationDate (D:20250203000000+07'00')", "<xmp:CreateDate>2025-02-03T00:00:00+07:00</xmp:CreateDate>",
                      "/Type /OBJR", "/Type /MCR", "/S /TH", "/Scope /Column", "/RowSpan 2"] {
            #expect(text.contains(entry), "missing \(entry)")
        }
    }

    @Test func numbersAreWrittenPlainly() {
        #expect(format(0) == "0")
        #expect(format(12.5) == "12.5")
        #expect(format(-0.0004) == "0")
        #expect(format(-3.14159) == "-3.142")
        #expect(format(841.89) == "841.89")
    }

    @Test func numbersAppendedAsBytesMatchFormat() {
        var values: [Double] = [0, -0.0004, 0.0005, -0.0005, 1, 10, 100, 1000, 12345.678, -3.14159, 841.89, 595.276, 0.1, 0.01, 0.001, 0.05, 9.999, 99.9996, -12.5]
        var seed: UInt64 = 12
        for _ in 0..<2_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            values.append(Double(Int64(bitPattern: seed >> 20) % 2_000_000_000) / 1_000_000)
        }
        for value in values {
            var bytes: [UInt8] = []
            appendFormatted(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == format(value), "\(value)")
        }
    }

    @Test func md5MatchesRFC1321() {
        let hex = { (bytes: [UInt8]) in bytes.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined() }
        #expect(hex(MD5.digest([])) == "d41d8cd98f00b204e9800998ecf8427e")
        #expect(hex(MD5.digest(Array("The quick brown fox jumps over the lazy dog".utf8))) == "9e107d9d372bb6826bd81d3542a419d6")
        // Whole blocks read in place, then a tail (Python's hashlib gives the same).
        #expect(hex(MD5.digest(Array((0..<5).flatMap { _ in (0...255).map(UInt8.init) }))) == "82829f1f3f2bb0f18b25f278e5bba8bd")
    }

    /// Every length of the last group: none, two and three characters (with or without padding).
    @Test func base64DecodesEveryTail() {
        #expect(Base64.decode("") == [])
        #expect(Base64.decode("TWFu") == Array("Man".utf8))
        #expect(Base64.decode("TWE=") == Array("Ma".utf8))
        #expect(Base64.decode("TWE") == Array("Ma".utf8))
        #expect(Base64.decode("TQ==") == Array("M".utf8))
        #expect(Base64.decode("TWFu\nTWE=") == Array("ManMa".utf8))
        #expect(Base64.decode("/+/+") == [0xFF, 0xEF, 0xFE])
    }

    @Test func textStringsAreUTF16WhenNotASCII() {
        #expect(PDFString.text("a(b)") == "(a\\(b\\))")
        #expect(PDFString.text("Sở") == "<FEFF00531EDF>")
    }
}

extension PDFDocumentTests {
    /// `CONGTAC_PDF_SAMPLE=/path/sample.pdf swift test --filter CongTacPDFTests` keeps the sample for
    /// `.ci/check_pdf.py` and for looking at.
    @Test func sampleIsSavedWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["CONGTAC_PDF_SAMPLE"] else { return }
        try Data(try SampleDocument.make().write()).write(to: URL(fileURLWithPath: path))
        let plain = try SampleDocument.make()
        plain.packsObjects = false
        try Data(try plain.write()).write(to: URL(fileURLWithPath: path + ".plain.pdf"))
        try Data(try SampleDocument.make(claimingPDFUA: true).write()).write(to: URL(fileURLWithPath: path + ".ua.pdf"))
    }

    @Test func pdfUAIsClaimedOnlyWhenAsked() throws {
        let plain = { (document: PDFDocument) in
            document.packsObjects = false
            return String(decoding: try document.write(), as: UTF8.self)
        }
        let claimed = try plain(SampleDocument.make(claimingPDFUA: true))
        #expect(claimed.contains("<pdfuaid:part>1</pdfuaid:part>") && claimed.contains("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"))
        #expect(!(try plain(SampleDocument.make())).contains("pdfuaid"))
    }

    /// Packed objects: a cross-reference stream and object streams, no xref table; the same
    /// document either way (the readers in PDFCheckTests and check_pdf.py read the packed one).
    @Test func objectsArePackedUnlessAskedNotTo() throws {
        let packed = String(decoding: try SampleDocument.make().write(), as: UTF8.self)
        let plainDocument = try SampleDocument.make()
        plainDocument.packsObjects = false
        let plain = String(decoding: try plainDocument.write(), as: UTF8.self)
        #expect(packed.contains("/Type /XRef /Size") && packed.contains("/Type /ObjStm") && !packed.contains("\nxref\n"))
        #expect(plain.contains("\nxref\n0 ") && plain.contains("\ntrailer\n<</Size") && !plain.contains("/ObjStm"))
        #expect(packed.utf8.count < plain.utf8.count)
    }
}

extension PDFDocumentTests {
    /// Pages are compressed when the next is added; drawing on an earlier page still lands, and the
    /// bytes equal those of a document drawn in page order.
    @Test func drawingOnAnEarlierPageStillWorks() throws {
        func document(late: Bool) throws -> [UInt8] {
            let document = PDFDocument(metadata: PDFMetadata(title: "T", author: "A", date: PDFDate(year: 2025, month: 2, day: 3)))
            let first = document.addPage(width: 595.276, height: 841.89)
            first.text("Trang một", x: 72, y: 700, face: .regular, size: 13)
            if !late { first.text("Thêm", x: 72, y: 680, face: .bold, size: 13) }
            let second = document.addPage(width: 595.276, height: 841.89)
            if late { first.text("Thêm", x: 72, y: 680, face: .bold, size: 13) }
            second.text("Trang hai", x: 72, y: 700, face: .italic, size: 13)
            return try document.write()
        }
        #expect(try document(late: true) == document(late: false))
    }
}

extension PDFDocumentTests {
    /// A character the fonts lack is never a blank box: the document is refused, naming it.
    @Test func aMissingCharacterRefusesTheDocument() {
        let document = PDFDocument(metadata: PDFMetadata(title: "T", author: "A", date: PDFDate(year: 2025, month: 2, day: 3)))
        document.addPage(width: 595.276, height: 841.89).text("Họp 漢字", x: 72, y: 700, face: .regular, size: 13)
        #expect(throws: PDFWriteError.unsupportedCharacter("漢")) { try document.write() }
        #expect(PDFWriteError.unsupportedCharacter("漢").message.code == "unsupported-character")
    }
}
