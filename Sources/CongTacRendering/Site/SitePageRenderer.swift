import CongTacCalendar
import CongTacMessages
import CongTacModel
import CongTacTemplates

/// The HTML pages of `congtac publish` that the document renderers do not make: the index, a week
/// with its previous/next links, and a leader's page over every month of the site.
///
/// They are templates of the `html/` set like the others (`site-index.html`, `site-week.html`,
/// `site-leader.html`), checked with them against one shape; the week and leader pages take the
/// document's parts (masthead, week table, agenda partial, CSS) and add the `site` object.
public struct SitePageRenderer: Sendable {
    let library: TemplateLibrary

    static let indexTemplate = "site-index.html"
    static let weekTemplate = "site-week.html"
    static let leaderTemplate = "site-leader.html"

    public init(templates: TemplateSet = .builtIn) throws {
        library = try TemplateLibrary(templates, prefix: "html", shape: HTMLRenderer.contextShape, html: true,
                                      trusted: HTMLRenderer.trustedValues)
        for required in [Self.indexTemplate, Self.weekTemplate, Self.leaderTemplate] where !library.names.contains(required) {
            throw RenderError.templateMissing(library.displayPath(required))
        }
    }

    public func renderIndex(_ index: SiteView.Index) throws -> [UInt8] {
        try library.render(Self.indexTemplate, SiteView.indexContext(index))
    }

    /// `week`'s page: the weekly schedule as `render --view week` gives it, with links to the
    /// neighbouring weeks the site has.
    public func renderWeek(_ week: ISOWeek, main: Schedule, months: [YearMonth: Schedule],
                           previous: ISOWeek?, next: ISOWeek?) throws -> [UInt8] {
        let view = DocumentView(week: week, main: main, months: months)
        let context = view.templateContext(extra: ["fonts": .list(HTMLFonts.faces), "layout": DocumentView.htmlLayout,
                                                   "site": SiteView.weekNavigation(week, previous: previous, next: next)])
        return try library.render(Self.weekTemplate, context)
    }

    /// A leader's page over `schedules` (newest first): each month's items that are theirs, as the
    /// leader view's table; the header is the newest month's.
    public func renderLeader(_ leader: Leader, slug: String, schedules: [Schedule]) throws -> [UInt8] {
        guard let newest = schedules.first else { return [] }
        let months = schedules.compactMap { schedule in
            LeaderPageRenderer.agenda(schedule, leader: leader).map { (LeaderPageRenderer.title(schedule), $0) }
        }
        let view = DocumentView(newest)
        let heading = Phrase.leaderSchedule(leader.displayName).vi
        let leaderView: TemplateObject = [
            "title": "LỊCH CÔNG TÁC", "heading": .string(heading), "emptyText": .string(Phrase.noItemsForLeader.vi),
            "plainTitle": .string(heading + " – " + view.header.agencyName),
        ]
        let context = view.templateContext(extra: ["fonts": .list(HTMLFonts.faces), "layout": DocumentView.htmlLayout,
                                                   "leaderView": .object(leaderView),
                                                   "site": SiteView.leaderSite(slug: slug, months: months)])
        return try library.render(Self.leaderTemplate, context)
    }
}
