import CongTacModel
import CongTacRendering
import Foundation

/// The renderers a run needs, built once for all its files.
struct Renderers: Sendable {
    var docx: DocxRenderer?
    var html: HTMLRenderer?
    /// The PDF needs no templates: its page is drawn from the page geometry.
    var pdf: PDFRenderer?

    init(_ templates: TemplateSet, formats: [Render.Format]) throws {
        if formats.contains(.docx) { docx = try DocxRenderer(templates: templates) }
        if formats.contains(.html) { html = try HTMLRenderer(templates: templates) }
        if formats.contains(.pdf) { pdf = PDFRenderer() }
    }

    func render(_ schedule: Schedule, _ format: Render.Format, fragment: Bool) throws -> [UInt8] {
        switch format {
        case .docx: return try docx!.renderBytes(schedule)
        case .html: return try html!.renderBytes(schedule, fragment: fragment)
        case .pdf: return try pdf!.renderBytes(schedule)
        }
    }
}
