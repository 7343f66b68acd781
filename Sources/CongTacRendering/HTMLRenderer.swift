import CongTacCalendar
import CongTacModel
import Foundation

/// Renders a schedule to HTML from the `html/` templates: a standalone page (fonts embedded, A4 in
/// print) or a fragment for a portal's editor (one scoped block, no fonts).
///
/// Mustache escapes every `{{value}}`, so whatever a schedule holds shows as text; the templates
/// never use `{{{ }}}`.
public struct HTMLRenderer: Sendable {
    let library: TemplateLibrary

    static let pageTemplate = "page.html"
    static let fragmentTemplate = "fragment.html"

    /// The names the `html/` templates may use: the document's, and the leader page's (`leader.html`
    /// lives beside the page and is checked with it).
    static var knownNames: Set<String> {
        DocumentView.sample.htmlContext(fragment: false).allKeys
            .union(LeaderPageRenderer.context(DocumentView.sampleSchedule, leader: Leader(short: "Đ/c A", name: "Nguyễn Văn A", title: "Giám đốc")).allKeys)
    }

    public init(templates: TemplateSet = .builtIn) throws {
        library = try TemplateLibrary(templates, prefix: "html", knownNames: Self.knownNames)
        for required in [Self.pageTemplate, Self.fragmentTemplate] where !library.names.contains(required) {
            throw RenderError.templateMissing(library.displayPath(required))
        }
    }

    public func render(_ schedule: Schedule, fragment: Bool, holidays: HolidayCalendar? = nil) throws -> Data {
        Data(try renderBytes(schedule, fragment: fragment, holidays: holidays))
    }

    /// The page's or fragment's UTF-8, as `render` gives it, without a copy into `Data`.
    public func renderBytes(_ schedule: Schedule, fragment: Bool, holidays: HolidayCalendar? = nil) throws -> [UInt8] {
        let view = DocumentView(schedule, holidays: holidays)
        return try library.render(fragment ? Self.fragmentTemplate : Self.pageTemplate, view.htmlContext(fragment: fragment))
    }

    func render(_ view: DocumentView, fragment: Bool) throws -> String {
        String(decoding: try library.render(fragment ? Self.fragmentTemplate : Self.pageTemplate,
                                            view.htmlContext(fragment: fragment)), as: UTF8.self)
    }
}
