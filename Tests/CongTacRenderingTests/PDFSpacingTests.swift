import Foundation
import Testing
@testable import CongTacRendering

/// `PageGeometry.Spacing` is the PDF's copy of the built-in DOCX templates' spacing: both documents
/// break their pages alike only while the numbers agree, so each is read back from the templates.
@Suite struct PDFSpacingTests {
    static let styles = EmbeddedTemplates.files["docx/word/styles.xml"]!
    static let document = EmbeddedTemplates.files["docx/word/document.xml"]!
    static let spacing = PageGeometry.Spacing()

    /// The `w:style` element of `id` in styles.xml.
    static func style(_ id: String) throws -> String {
        let start = try #require(styles.range(of: "w:styleId=\"\(id)\""), "style \(id)")
        let end = try #require(styles.range(of: "</w:style>", range: start.upperBound..<styles.endIndex))
        return String(styles[start.lowerBound..<end.lowerBound])
    }

    /// The integer value of `attribute` on the first `element` in `text`.
    static func value(_ element: String, _ attribute: String, in text: String) throws -> Int {
        let open = try #require(text.range(of: "<w:\(element) "), "<w:\(element)>")
        let close = try #require(text.range(of: ">", range: open.upperBound..<text.endIndex))
        let tag = text[open.lowerBound..<close.lowerBound]
        let key = try #require(tag.range(of: "w:\(attribute)=\""), "\(element) \(attribute)")
        let quote = try #require(tag.range(of: "\"", range: key.upperBound..<tag.endIndex))
        return try #require(Int(tag[key.upperBound..<quote.lowerBound]))
    }

    @Test func bodyHeadingAndTableTextAsStyled() throws {
        let body = try Self.style("BodyText")
        #expect(try Self.value("spacing", "before", in: body) == Self.spacing.bodyBefore)
        #expect(try Self.value("spacing", "after", in: body) == Self.spacing.bodyAfter)
        #expect(try Self.value("spacing", "line", in: body) == Self.spacing.bodyLine)
        #expect(try Self.value("spacing", "before", in: Self.style("Heading1")) == Self.spacing.heading1Before)
        let table = try Self.style("TableText")
        #expect(try Self.value("spacing", "before", in: table) == Self.spacing.tableBefore)
        #expect(try Self.value("spacing", "after", in: table) == Self.spacing.tableAfter)
        #expect(try Self.value("spacing", "before", in: Self.style("SignatureName")) == Self.spacing.signatureNameBefore)
    }

    @Test func agendaTableCellsAndBorders() throws {
        let agenda = try Self.style("AgendaTable")
        let marginsStart = try #require(agenda.range(of: "<w:tblCellMar>"))
        let margins = String(agenda[marginsStart.lowerBound...])
        #expect(try Self.value("top", "w", in: margins) == Self.spacing.cellTop)
        #expect(try Self.value("bottom", "w", in: margins) == Self.spacing.cellBottom)
        #expect(try Self.value("left", "w", in: margins) == Self.spacing.cellSide)
        #expect(try Self.value("right", "w", in: margins) == Self.spacing.cellSide)
        #expect(try Self.value("insideH", "sz", in: agenda) == Self.spacing.tableBorder)
        #expect(try Self.value("insideV", "sz", in: agenda) == Self.spacing.tableBorder)
    }

    @Test func drawnLineAsStyled() throws {
        let line = try Self.style("DrawnLine")
        #expect(try Self.value("spacing", "line", in: line) == Self.spacing.drawnLineHeight)
        // `w:space` is in points, the spacing in twips.
        #expect(try Self.value("bottom", "space", in: line) * 20 == Self.spacing.drawnLineSpace)
    }

    /// The spacing document.xml sets on its paragraphs: the number and date lines, the month's and
    /// the week's titles, the gap above the week's table, `Bản điện tử:`.
    @Test func documentParagraphsAsWritten() throws {
        let document = Self.document
        func before(_ marker: String) throws -> Int {
            let at = try #require(document.range(of: marker), "\(marker)")
            let paragraph = try #require(document.range(of: "<w:p>", options: .backwards, range: document.startIndex..<at.lowerBound))
            return try Self.value("spacing", "before", in: String(document[paragraph.lowerBound..<at.lowerBound]))
        }
        #expect(try before("{{header.numberLine}}") == Self.spacing.numberLineBefore)
        #expect(try before("{{header.dateLine}}") == Self.spacing.numberLineBefore)
        #expect(try before("{{banner}}") == Self.spacing.titleBefore)
        #expect(try before("Bản điện tử:") == Self.spacing.electronicBefore)
        let weekStart = try #require(document.range(of: "{{#week}}"))
        let week = String(document[weekStart.lowerBound...])
        #expect(try Self.value("spacing", "before", in: week) == Self.spacing.weekTitleBefore)
        let table = try #require(week.range(of: "{{> _partials/week-table.xml}}"))
        let paragraph = try #require(week.range(of: "<w:p>", options: .backwards, range: week.startIndex..<table.lowerBound))
        #expect(try Self.value("spacing", "line", in: String(week[paragraph.lowerBound..<table.lowerBound])) == Self.spacing.weekTableGap)
    }
}
