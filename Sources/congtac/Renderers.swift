import CongTacModel
import CongTacRendering
import Foundation

/// The renderers a run needs, built once for all its files.
struct Renderers: Sendable {
    var docx: DocxRenderer?
    var html: HTMLRenderer?
    var leaderPage: LeaderPageRenderer?
    /// The PDF needs no templates: its page is drawn from the page geometry.
    var pdf: PDFRenderer?
    let calendar = CalendarFeed()

    init(_ templates: TemplateSet, formats: [Render.Format], view: Render.View = .document) throws {
        if formats.contains(.docx), view == .document { docx = try DocxRenderer(templates: templates) }
        if formats.contains(.html), view == .document { html = try HTMLRenderer(templates: templates) }
        if formats.contains(.html), view == .leader { leaderPage = try LeaderPageRenderer(templates: templates) }
        if formats.contains(.pdf) { pdf = PDFRenderer() }
    }

    func render(_ schedule: Schedule, _ format: Render.Format, fragment: Bool) throws -> [UInt8] {
        switch format {
        case .docx: return try docx!.renderBytes(schedule)
        case .html: return try html!.renderBytes(schedule, fragment: fragment)
        case .pdf: return try pdf!.renderBytes(schedule)
        case .ics: return calendar.render(schedule)
        }
    }
}
