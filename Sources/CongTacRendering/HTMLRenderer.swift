import CongTacCalendar
import CongTacModel
import CongTacTemplates
import Foundation

/// Renders a schedule to HTML from the `html/` templates: a standalone page (fonts embedded, A4 in
/// print) or a fragment for a portal's editor (one scoped block, no fonts).
///
/// Mustache escapes every `{{value}}`, so whatever a schedule holds shows as text; an agency's
/// templates are refused where they would write a value raw (`{{{ }}}`) or where escaping does not
/// protect it (an unquoted, URL, style or event attribute, a script or style element). Only values
/// congtac computes itself (`trustedValues`: the fonts, the page geometry) stand in the style
/// element, and only the font data goes raw.
public struct HTMLRenderer: Sendable {
    let library: TemplateLibrary

    static let pageTemplate = "page.html"
    static let fragmentTemplate = "fragment.html"
    static let weekPageTemplate = "week.html"
    static let weekFragmentTemplate = "week-fragment.html"

    public init(templates: TemplateSet = .builtIn) throws {
        library = try TemplateLibrary(templates, prefix: "html", shape: Self.contextShape, html: true,
                                      trusted: Self.trustedValues)
        for required in [Self.pageTemplate, Self.fragmentTemplate] where !library.names.contains(required) {
            throw RenderError.templateMissing(library.displayPath(required))
        }
    }

    /// What the HTML templates may name, path by path: the document's names, the leader page's and
    /// the site's (`leader.html` and `site-*.html` live beside the page and are checked with it).
    static let contextShape: ValueShape = {
        var shape = ValueShape(of: DocumentView.sample.htmlContext(fragment: false))
        shape.merge(ValueShape(of: LeaderPageRenderer.sampleContext))
        for site in SiteView.sampleContexts { shape.merge(ValueShape(of: site)) }
        return shape
    }()

    /// Values congtac computes itself, never from a schedule: the faces of its own font files
    /// (`fonts.css` writes them into the page's style element, the base64 data unescaped) and the
    /// page geometry as CSS lengths (`{{layout.indent}}` → `1.27cm`, the same for every schedule),
    /// and the site's links (`SiteLink`s, in `href` only: see `SiteView.trustedPaths`).
    static let trustedValues = Set(["fonts.family", "fonts.style", "fonts.weight", "fonts.data"]
        + (contextShape.fields["layout"]?.fields.keys.map { "layout." + $0 } ?? []))
        .union(SiteView.trustedPaths)

    public func render(_ schedule: Schedule, fragment: Bool, holidays: HolidayCalendar? = nil) throws -> Data {
        Data(try renderBytes(schedule, fragment: fragment, holidays: holidays))
    }

    /// The page's or fragment's UTF-8, as `render` gives it, without a copy into `Data`.
    public func renderBytes(_ schedule: Schedule, fragment: Bool, holidays: HolidayCalendar? = nil) throws -> [UInt8] {
        let view = DocumentView(schedule, holidays: holidays)
        return try library.render(fragment ? Self.fragmentTemplate : Self.pageTemplate, view.htmlContext(fragment: fragment))
    }

    /// The weekly schedule of `week` as a page or a fragment (`render --view week`); an agency's set
    /// made before weeks existed has no `week.html` and is told so (`template-missing`).
    public func renderWeekBytes(_ week: ISOWeek, main: Schedule, months: [YearMonth: Schedule], fragment: Bool) throws -> [UInt8] {
        let view = DocumentView(week: week, main: main, months: months)
        let name = fragment ? Self.weekFragmentTemplate : Self.weekPageTemplate
        guard library.names.contains(name) else { throw RenderError.templateMissing(library.displayPath(name)) }
        return try library.render(name, view.htmlContext(fragment: fragment))
    }

    /// `fragment` (as `renderBytes` or `renderWeekBytes` gave it) with its CSS in `style` attributes,
    /// for a portal's rich-text editor (`--fragment --inline`; see `StyleInliner`).
    public func inline(_ fragment: [UInt8], week: Bool = false) throws -> [UInt8] {
        do {
            return Array(try StyleInliner.inline(String(decoding: fragment, as: UTF8.self)).utf8)
        } catch {
            throw RenderError.inlineFailed(template: library.displayPath(week ? Self.weekFragmentTemplate : Self.fragmentTemplate),
                                           failure: error)
        }
    }

    func render(_ view: DocumentView, fragment: Bool) throws -> String {
        String(decoding: try library.render(fragment ? Self.fragmentTemplate : Self.pageTemplate,
                                            view.htmlContext(fragment: fragment)), as: UTF8.self)
    }
}
