import CongTacCalendar
import CongTacModel
import CongTacRendering
import Foundation

/// The renderers a run needs, built once for all its files.
struct Renderers: Sendable {
    var docx: DocxRenderer?
    var html: HTMLRenderer?

    init(_ templates: TemplateSet, formats: [Render.Format]) throws {
        if formats.contains(.docx) { docx = try DocxRenderer(templates: templates) }
        if formats.contains(.html) { html = try HTMLRenderer(templates: templates) }
    }

    func render(_ schedule: Schedule, _ format: Render.Format, fragment: Bool, inline: Bool = false) throws -> [UInt8] {
        switch format {
        case .docx: return try docx!.renderBytes(schedule)
        case .html:
            let bytes = try html!.renderBytes(schedule, fragment: fragment)
            return inline ? try html!.inline(bytes) : bytes
        }
    }

    /// The weekly schedule of `week` (`--view week`).
    func renderWeek(_ week: ISOWeek, main: Schedule, months: [YearMonth: Schedule], _ format: Render.Format,
                    fragment: Bool, inline: Bool = false) throws -> [UInt8] {
        switch format {
        case .docx: return try docx!.renderWeekBytes(week, main: main, months: months)
        case .html:
            let bytes = try html!.renderWeekBytes(week, main: main, months: months, fragment: fragment)
            return inline ? try html!.inline(bytes, week: true) : bytes
        }
    }
}
