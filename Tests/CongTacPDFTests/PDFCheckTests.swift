import Foundation
import Testing
@testable import CongTacPDF

/// The sample document read back by independent clients: qpdf and poppler. Each test is skipped
/// where its tool is not installed (CI installs both; `.ci/check_pdf.py` adds pikepdf and pyHanko).
@Suite struct PDFCheckTests {
    static func tool(_ name: String) -> String? {
        ["/usr/bin/", "/usr/local/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Writes the sample to a temporary file, runs `tool arguments… FILE`, returns status and output.
    static func run(_ name: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("congtac-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sample.pdf")
        try Data(try SampleDocument.make().write()).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(tool(name)))
        process.arguments = arguments + [file.path] + (name == "pdftotext" ? ["-"] : [])
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: tool("qpdf") != nil)) func qpdfFindsNoError() throws {
        let result = try Self.run("qpdf", ["--check"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("No syntax or stream encoding errors found"))
        #expect(!result.output.contains("WARNING"))
    }

    @Test(.enabled(if: tool("pdffonts") != nil)) func everyFontIsAnEmbeddedSubsetWithToUnicode() throws {
        let result = try Self.run("pdffonts")
        let rows = result.output.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 4, "\(result.output)")
        for row in rows {
            let columns = row.split(separator: " ")
            #expect(columns.count >= 8, "\(row)")
            #expect(columns[0].count > 7 && columns[0].dropFirst(6).hasPrefix("+CongTacSerif-"), "\(row)")
            #expect(Array(columns[columns.count - 5..<columns.count - 2]) == ["yes", "yes", "yes"], "\(row)")
            #expect(row.contains("CID TrueType") && row.contains("Identity-H"), "\(row)")
        }
    }

    @Test(.enabled(if: tool("pdfinfo") != nil)) func pdfinfoSeesATaggedA4Document() throws {
        let output = try Self.run("pdfinfo").output
        #expect(output.contains("Tagged:          yes"))
        #expect(output.contains("Pages:           2"))
        #expect(output.contains("(A4)"))
        #expect(output.contains("Title:           \(SampleDocument.title)"))
        #expect(output.contains("Author:          SỞ KHOA HỌC VÀ CÔNG NGHỆ"))
        #expect(output.contains("Form:            AcroForm"))
    }

    /// Every line comes back as the same code points (NFC), not only as canonically equal text.
    @Test(.enabled(if: tool("pdftotext") != nil)) func pdftotextGivesBackTheNFCText() throws {
        let output = try Self.run("pdftotext", ["-enc", "UTF-8", "-raw"]).output
        let scalars = Array(output.unicodeScalars)
        for line in SampleDocument.lines {
            let wanted = Array(line.unicodeScalars)
            let found = scalars.indices.contains { start in
                start + wanted.count <= scalars.count && Array(scalars[start..<start + wanted.count]) == wanted
            }
            #expect(found, "\(line) not in: \(output)")
        }
    }
}

extension PDFCheckTests {
    /// poppler walks the structure tree and gathers each element's text by its MCIDs: the reading
    /// order a screen reader follows, the header cells' scope, the day cell's row span, the cell
    /// continued on page 2 (an MCR), the figure and the signature field's OBJR.
    @Test(.enabled(if: tool("pdfinfo") != nil)) func popplerReadsTheStructureTreeWithItsText() throws {
        let output = try Self.run("pdfinfo", ["-struct-text"]).output
        let expected = """
          Table (block)
            TR
              TH:
                 /Scope /Column
                "NGÀY"
              TH:
                 /Scope /Column
                "NỘI DUNG CÔNG VIỆC"
            TR
              TD:
                 /RowSpan 2
                "Thứ Hai 03/02"
              TD
                "Sáng: Họp giao ban Sở"
            TR
              TD
                "Văn phòng Sở"
                "Chiều: Làm việc với UBND huyện Kỳ Anh về đề án ứng dụng khoa học"
        """
        #expect(output.hasPrefix("Document\n  P (block)\n    \"SỞ KHOA HỌC VÀ CÔNG NGHỆ\""), "\(output)")
        #expect(output.contains(expected), "\(output)")
        #expect(output.contains("  L (block)\n    LI (block)\n      LBody (block)\n"))
        #expect(output.contains("  Figure\n") && output.contains("  Form\n    Object "))
    }
}
