import CongTacModel
import Foundation
import Testing
@testable import CongTacRendering

/// The examples' PDFs read back by poppler (`pdftotext`, `pdfinfo`), an independent client; the
/// tests that need it are skipped where poppler is not installed (CI installs it).
@Suite struct PDFExampleTests {
    static let poppler = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

    /// Pages of LibreOffice 7's PDF of our DOCX (`../shared/tools/docx-inspect`, measured once).
    /// The PDF must have as many, or one more or less: our table may break a day between two of its
    /// items where LibreOffice moves the day's merged cell whole, and LibreOffice may start a
    /// continued day on a new page without its label.
    static let libreOfficePages = ["khcn-bac-giang-2020-07": 3, "khcn-ha-tinh-2023-07": 6, "khcn-ha-tinh-2025-02": 4]

    static let geometry = PageGeometry.standard

    static func render(_ name: String) throws -> (url: URL, folder: URL) {
        let folder = try temporaryFolder()
        let url = folder.appendingPathComponent("\(name).pdf")
        try PDFRenderer().render(try loadExample(name)).write(to: url)
        return (url, folder)
    }

    static func tool(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(name)")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func squeezed(_ text: String) -> String { String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }

    @Test func everyExampleHasALibreOfficePageCount() {
        #expect(Set(Self.libreOfficePages.keys) == Set(exampleNames))
    }

    @Test(.enabled(if: poppler), arguments: exampleNames)
    func everyTextIsInThePDF(_ name: String) throws {
        let (url, folder) = try Self.render(name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = Self.squeezed(try Self.tool("pdftotext", ["-raw", url.path, "-"]))
        let view = DocumentView(try loadExample(name))
        var expected = view.sections.flatMap { [$0.heading] + $0.items }
        for agenda in view.sections.compactMap(\.agenda) {
            for row in agenda.days.flatMap(\.rows) {
                expected += [row.itemText, row.unit, row.leader, row.note, row.text].compactMap { $0 }
            }
        }
        expected += view.recipients + view.electronic
        expected += [view.signature?.authority, view.signature?.position, view.signature?.name].compactMap { $0 }
        expected += [view.header.agencyName, view.header.dateLine, view.header.numberLine, view.header.motto]
        for string in expected {
            #expect(text.contains(Self.squeezed(string)), "\(name): \(string) is not in the PDF's text")
        }
    }

    /// Every word poppler finds lies inside the margins; in the top margin only the page number.
    @Test(.enabled(if: poppler), arguments: exampleNames)
    func noWordOutsideTheMargins(_ name: String) throws {
        let (url, folder) = try Self.render(name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let xml = try Self.tool("pdftotext", ["-bbox", url.path, "-"])
        let g = Self.geometry
        let (left, right) = (Double(g.marginLeft) / 20, Double(g.pageWidth - g.marginRight) / 20)
        let (top, bottom) = (Double(g.marginTop) / 20, Double(g.pageHeight - g.marginBottom) / 20)
        var words = 0
        for line in xml.split(separator: "\n") where line.contains("<word ") {
            func value(_ key: String) -> Double {
                let start = line.range(of: "\(key)=\"")!.upperBound
                return Double(line[start...].prefix { $0 != "\"" })!
            }
            let word = line.split(separator: ">")[1].split(separator: "<")[0]
            words += 1
            #expect(value("xMin") >= left - 0.01 && value("xMax") <= right + 0.01, "\(name): \(word)")
            #expect(value("yMax") <= bottom + 0.01, "\(name): \(word)")
            if value("yMin") < top - 0.01 {
                let isNumber = word.allSatisfy { $0.isNumber }
                #expect(isNumber, "\(name): \(word) in the top margin")
            }
        }
        #expect(words > 100)
    }

    @Test(.enabled(if: poppler), arguments: exampleNames)
    func pageCountIsLibreOffices(_ name: String) throws {
        let (url, folder) = try Self.render(name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let info = try Self.tool("pdfinfo", [url.path])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) }
        let expected = try #require(Self.libreOfficePages[name])
        #expect(abs((pages ?? 0) - expected) <= 1, "\(name): \(pages ?? 0) pages, LibreOffice \(expected)")
        #expect(info.contains("Tagged:          yes"))
        #expect(info.contains("(A4)"))
    }

    /// The file's text, page by page, is the text the layout drew (so the goldens of the layout speak
    /// for the file).
    @Test(.enabled(if: poppler), arguments: exampleNames)
    func fileTextIsTheLayoutsText(_ name: String) throws {
        let (url, folder) = try Self.render(name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let canvas = RecordingCanvas()
        PDFRenderer().draw(DocumentView(try loadExample(name)), on: canvas)
        for (index, page) in canvas.pages.enumerated() {
            let text = try Self.tool("pdftotext", ["-raw", "-f", "\(index + 1)", "-l", "\(index + 1)", url.path, "-"])
            #expect(Self.squeezed(text) == Self.squeezed(page.texts.map(\.text).joined()), "\(name) page \(index + 1)")
        }
    }

    @Test func renderingIsDeterministic() throws {
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        #expect(try PDFRenderer().render(schedule) == (try PDFRenderer().render(schedule)))
    }
}
