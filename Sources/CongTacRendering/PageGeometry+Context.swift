import CongTacTemplates
import Foundation

/// The geometry as the templates read it, under `layout`: in WordprocessingML units for the DOCX
/// (twips, half-points), as CSS values with their units for the HTML (`20mm`, `14pt`, `.857em`).
/// Built once per renderer: the values do not depend on the schedule.
extension PageGeometry {
    var docxContext: TemplateValue {
        .object([
            "pageWidth": .int(pageWidth), "pageHeight": .int(pageHeight), "headerDistance": .int(headerDistance),
            "marginTop": .int(marginTop), "marginBottom": .int(marginBottom), "marginLeft": .int(marginLeft), "marginRight": .int(marginRight),
            "textWidth": .int(textWidth), "headerLeft": .int(headerLeft), "headerRight": .int(headerRight),
            "dayWidth": .int(dayWidth), "workWidth": .int(workWidth), "unitWidth": .int(unitWidth), "leaderWidth": .int(leaderWidth),
            "leadWidth": .int(workWidth + unitWidth + leaderWidth),
            "closingLeft": .int(closingLeft), "closingRight": .int(closingRight),
            "firstLineIndent": .int(firstLineIndent), "lineWeight": .int(lineWeight),
            "bodySize": .int(sizes.body), "headerSize": .int(sizes.header), "parentBodySize": .int(sizes.parentBody),
            "agencySize": .int(sizes.agency), "nationalTitleSize": .int(sizes.nationalTitle), "mottoSize": .int(sizes.motto), "dateLineSize": .int(sizes.dateLine),
            "titleSize": .int(sizes.title), "tableSize": .int(sizes.table), "recipientsHeadingSize": .int(sizes.recipientsHeading),
            "recipientSize": .int(sizes.recipient), "pageNumberSize": .int(sizes.pageNumber),
        ])
    }

    /// The HTML's share of the geometry: the printed page's paper and margins, the type sizes (absolute
    /// for the page's root and page numbers, relative elsewhere, so that the fragment scales with the
    /// portal's text) and the short drawn line as a share of its text.
    var cssContext: TemplateValue {
        let body = sizes.body
        let masthead = sizes.agency
        return .object([
            "paper": .string(pageWidth == 11906 && pageHeight == 16838 ? "A4" : "\(Self.mm(pageWidth)) \(Self.mm(pageHeight))"),
            "paperWidth": .string(Self.mm(pageWidth)),
            "margins": .string([marginTop, marginRight, marginBottom, marginLeft].map(Self.mm).joined(separator: " ")),
            "bodySize": .string(Self.pt(sizes.body)), "pageNumberSize": .string(Self.pt(sizes.pageNumber)),
            "indent": .string(Self.cm(firstLineIndent)),
            "mastheadSize": .string(Self.em(masthead, of: body)), "numberSize": .string(Self.em(sizes.header, of: masthead)),
            "mottoSize": .string(Self.em(sizes.mottoLine, of: masthead)), "dateLineSize": .string(Self.em(sizes.dateLine, of: masthead)),
            "tableSize": .string(Self.em(sizes.table, of: body)),
            "recipientsHeadingSize": .string(Self.em(sizes.recipientsHeading, of: body)),
            "recipientSize": .string(Self.em(sizes.recipient, of: body)),
            "shortLine": .string(Self.number(Double(shortLine.numerator * 100) / Double(shortLine.denominator), digits: 1) + "%"),
        ])
    }

    static func mm(_ twips: Int) -> String { number(Double(twips) * 25.4 / 1440, digits: 1) + "mm" }
    static func cm(_ twips: Int) -> String { number(Double(twips) * 2.54 / 1440, digits: 2) + "cm" }
    static func pt(_ halfPoints: Int) -> String { number(Double(halfPoints) / 2, digits: 1) + "pt" }
    /// Half-points and twips as a clerk reads them, for messages: `13 pt`, `72 mm`.
    static func points(_ halfPoints: Int) -> String { number(Double(halfPoints) / 2, digits: 1) + " pt" }
    static func millimetres(_ twips: Int) -> String { number(Double(twips) * 25.4 / 1440, digits: 1) + " mm" }

    /// A size relative to its parent's, as CSS writes it short: `.857em`, `1.167em`.
    static func em(_ size: Int, of parent: Int) -> String {
        var text = number(Double(size) / Double(parent), digits: 3)
        if text.hasPrefix("0.") { text.removeFirst() }
        return text + "em"
    }

    /// `value` rounded to `digits` decimals, without trailing zeros.
    static func number(_ value: Double, digits: Int) -> String {
        var text = String(format: "%.\(digits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
