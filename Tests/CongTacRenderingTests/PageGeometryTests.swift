import CongTacMessages
import CongTacModel
import Foundation
import Testing
@testable import CongTacRendering

/// The page geometry is the one owner of sizes: the templates read it, and an agency's set that
/// writes a size of its own where a drawn line depends on it is refused at its place.
@Suite struct PageGeometryTests {
    /// An exported copy of the built-in set with one edit, loaded from disk as an agency's.
    func exportedSet(editing file: String, replacing old: String, with new: String) throws -> (TemplateSet, URL) {
        let folder = try temporaryFolder()
        try TemplateSet.builtIn.export(to: folder.path)
        let url = folder.appendingPathComponent(file)
        if !old.isEmpty {
            let text = try String(contentsOf: url, encoding: .utf8)
            let range = try #require(text.range(of: old), "\(old) is not in \(file)")
            try Data(text.replacingCharacters(in: range, with: new).utf8).write(to: url)
        }
        return (try TemplateSet(directory: folder.path), folder)
    }

    /// The mismatch `DocxRenderer` reports for `set`, with the line of the file it names.
    func mismatch(_ set: TemplateSet) throws -> (error: RenderError, line: String, column: Int) {
        do {
            _ = try DocxRenderer(templates: set)
        } catch let error as RenderError {
            guard case let .layoutMismatch(file, line, column, _, _, _, _) = error else {
                Issue.record("not a layout mismatch: \(error)")
                throw error
            }
            let lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\n")
            return (error, lines[line - 1], column)
        }
        Issue.record("no error")
        throw RenderError.packaging("no error")
    }

    @Test func builtInSetAgreesWithTheGeometry() throws {
        let files = TemplateSet.builtIn.subset("docx")
        try PageGeometry.standard.checkMeasuredTexts(in: files, displayPath: { $0 })
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        let (set, folder) = try exportedSet(editing: "docx/word/document.xml", replacing: "", with: "")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try DocxRenderer(templates: set).render(schedule) == DocxRenderer().render(schedule))
    }

    /// The agency's name set at 13 pt instead of the geometry's 12: refused at the literal.
    @Test func changedAgencySizeIsReportedAtItsPlace() throws {
        let (set, folder) = try exportedSet(editing: "docx/word/document.xml",
                                            replacing: #"<w:sz w:val="{{layout.agencySize}}"/>"#, with: #"<w:sz w:val="26"/>"#)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (error, line, column) = try mismatch(set)
        #expect(error == .layoutMismatch(file: folder.path + "/docx/word/document.xml", line: 21, column: column,
                                         element: .agencyName, quantity: .size, expected: 24, found: 26))
        #expect(line.contains("{{header.agencyName}}"))
        #expect(String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(column - 1))).hasPrefix(#"26""#))
        let diagnostic = error.diagnostic(.vi)
        #expect(diagnostic.code == "layout-mismatch")
        #expect(diagnostic.message.contains("13 pt") && diagnostic.message.contains("12 pt"))
        #expect(diagnostic.message.contains("{{layout.agencySize}}"))
        #expect(error.diagnostic(.en).message.hasPrefix("the agency's name is set at 13 pt"))
    }

    /// A size changed in a style reaches the texts that use it: the message points into styles.xml.
    @Test func changedStyleSizeIsReportedInTheStyles() throws {
        let (set, folder) = try exportedSet(editing: "docx/word/styles.xml",
                                            replacing: #"<w:sz w:val="{{layout.titleSize}}"/>"#, with: #"<w:sz w:val="32"/>"#)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (error, line, _) = try mismatch(set)
        guard case let .layoutMismatch(file, _, _, element, _, expected, found) = error else { return }
        #expect(file.hasSuffix("/docx/word/styles.xml"))
        #expect(element == .title && expected == 28 && found == 32)
        #expect(line.contains(#"<w:sz w:val="32"/>"#))
    }

    /// The motto takes the header style's size; a new size there is caught through the style.
    @Test func mottoSizeFollowsItsParagraphStyle() throws {
        let (set, folder) = try exportedSet(editing: "docx/word/styles.xml",
                                            replacing: #"<w:sz w:val="{{layout.headerSize}}"/>"#, with: #"<w:sz w:val="28"/>"#)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (error, _, _) = try mismatch(set)
        guard case let .layoutMismatch(_, _, _, element, quantity, _, found) = error else { return }
        #expect(element == .motto && quantity == .size && found == 28)
    }

    /// A header column of another width: the agency's line would be centred in the wrong width.
    @Test func changedHeaderColumnIsReported() throws {
        let (set, folder) = try exportedSet(editing: "docx/word/document.xml",
                                            replacing: #"<w:tcW w:w="{{layout.headerLeft}}""#, with: #"<w:tcW w:w="4500""#)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (error, line, _) = try mismatch(set)
        guard case let .layoutMismatch(_, _, _, element, quantity, expected, found) = error else { return }
        #expect(element == .agencyName && quantity == .width && expected == 4082 && found == 4500)
        #expect(line.contains("4500"))
    }

    /// A literal equal to the geometry is no mismatch; a variable the check cannot know is let through.
    @Test func agreeingLiteralsPass() throws {
        let (same, folder) = try exportedSet(editing: "docx/word/document.xml",
                                             replacing: #"<w:sz w:val="{{layout.agencySize}}"/>"#, with: #"<w:sz w:val="24"/>"#)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try DocxRenderer(templates: same)
    }

    /// The agency's name elsewhere, with no line under it (a running header at 10 pt), is no mismatch.
    @Test func textsWithoutALineAreFree() throws {
        let (set, folder) = try exportedSet(editing: "docx/word/header1.xml", replacing: "<w:r><w:t>2</w:t></w:r>",
                                            with: #"<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{{header.agencyName}} </w:t></w:r><w:r><w:t>2</w:t></w:r>"#)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try DocxRenderer(templates: set)
    }

    /// Sizes are found as Word finds them: through `basedOn`, else in the document defaults.
    @Test func stylesAreFollowedToTheirSize() throws {
        let styles = PageGeometry.StyleSheet(try #require(TemplateSet.builtIn.files["docx/word/styles.xml"]))
        #expect(styles.defaultSize?.raw == "{{layout.bodySize}}")
        #expect(styles.defaultParagraphStyle == "Normal")
        #expect(styles.size(of: "TableHeading")?.raw == "{{layout.tableSize}}")
        #expect(styles.size(of: "Heading1") == nil)
        #expect(styles.size(of: "NoSuchStyle") == nil)
        let values = PageGeometry.standard.docxContext.layoutValues
        #expect(styles.size(of: "SignatureName")?.resolve(values) == nil)
        #expect(styles.size(of: "RecipientsHeading")?.resolve(values) == 24)
    }

    /// The lines are measured at the geometry's sizes: a larger agency name gets a longer line.
    @Test func drawnLinesFollowTheSizes() throws {
        var geometry = PageGeometry()
        let name = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
        let standard = geometry.drawnLineIndents(agencyName: name, motto: "Độc lập - Tự do - Hạnh phúc", subject: "Công tác tháng 02")
        let width = FontMetrics.width(of: name, face: .bold, points: 12)
        #expect(standard.agency == (geometry.headerLeft - width * 2 / 5) / 2)
        geometry.sizes.agency = 26
        let larger = geometry.drawnLineIndents(agencyName: name, motto: "Độc lập - Tự do - Hạnh phúc", subject: "Công tác tháng 02")
        #expect(larger.agency < standard.agency)
        #expect(larger.motto == standard.motto && larger.title == standard.title)
    }

    /// The HTML reads the same numbers, as CSS.
    @Test func cssValuesComeFromTheSameNumbers() {
        let css = PageGeometry.standard.cssContext
        guard case .object(let fields) = css else { Issue.record("not an object"); return }
        #expect(fields["margins"] == "20mm 15mm 20mm 30mm")
        #expect(fields["paper"] == "A4" && fields["paperWidth"] == "210mm")
        #expect(fields["bodySize"] == "14pt" && fields["pageNumberSize"] == "13pt")
        #expect(fields["mastheadSize"] == ".857em" && fields["recipientSize"] == ".786em" && fields["numberSize"] == "1.083em")
        #expect(fields["shortLine"] == "40%" && fields["indent"] == "1cm")
    }
}
