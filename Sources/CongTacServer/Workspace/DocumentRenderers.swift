import CongTacCalendar
import CongTacModel
import CongTacRendering

/// The month's document and week in DOCX, HTML and PDF with the built-in templates, in process,
/// as `congtac render` makes them.
struct DocumentRenderers: Sendable {
    let docx: DocxRenderer
    let html: HTMLRenderer
    let pdf = PDFRenderer()

    init() throws {
        docx = try DocxRenderer(templates: .builtIn)
        html = try HTMLRenderer(templates: .builtIn)
    }

    enum Format: String, Sendable {
        case docx, html, pdf

        var contentType: String {
            switch self {
            case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            case .html: "text/html; charset=utf-8"
            case .pdf: "application/pdf"
            }
        }
    }

    func render(_ schedule: Schedule, _ format: Format) throws -> [UInt8] {
        switch format {
        case .docx: try docx.renderBytes(schedule)
        case .html: try html.renderBytes(schedule, fragment: false)
        case .pdf: try pdf.renderBytes(schedule)
        }
    }

    func renderWeek(_ week: ISOWeek, main: Schedule, months: [YearMonth: Schedule], _ format: Format) throws -> [UInt8] {
        switch format {
        case .docx: try docx.renderWeekBytes(week, main: main, months: months)
        case .html: try html.renderWeekBytes(week, main: main, months: months, fragment: false)
        case .pdf: try pdf.renderWeekBytes(week, main: main, months: months)
        }
    }
}
