import CongTacCalendar
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
        if formats.contains(.docx), view != .leader { docx = try DocxRenderer(templates: templates) }
        if formats.contains(.html), view != .leader { html = try HTMLRenderer(templates: templates) }
        if formats.contains(.html), view == .leader { leaderPage = try LeaderPageRenderer(templates: templates) }
        if formats.contains(.pdf) { pdf = PDFRenderer() }
    }

    func render(_ schedule: Schedule, _ format: Render.Format, fragment: Bool, inline: Bool = false) throws -> [UInt8] {
        switch format {
        case .docx: return try docx!.renderBytes(schedule)
        case .html:
            let bytes = try html!.renderBytes(schedule, fragment: fragment)
            return inline ? try html!.inline(bytes) : bytes
        case .pdf: return try pdf!.renderBytes(schedule)
        case .ics: return calendar.render(schedule)
        }
    }

    /// The weekly schedule of `week` (`--view week`: docx, html and pdf; an agency's feed is the
    /// month's `.ics`, so `selectedView` refuses ics here).
    func renderWeek(_ week: ISOWeek, main: Schedule, months: [YearMonth: Schedule], _ format: Render.Format,
                    fragment: Bool, inline: Bool = false) throws -> [UInt8] {
        switch format {
        case .docx: return try docx!.renderWeekBytes(week, main: main, months: months)
        case .html:
            let bytes = try html!.renderWeekBytes(week, main: main, months: months, fragment: fragment)
            return inline ? try html!.inline(bytes, week: true) : bytes
        case .pdf: return try pdf!.renderWeekBytes(week, main: main, months: months)
        case .ics: return []  // refused for --view week by `selectedView`
        }
    }
}
