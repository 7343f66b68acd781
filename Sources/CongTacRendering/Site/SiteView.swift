import CongTacCalendar
import CongTacModel
import CongTacTemplates

/// What the site's own templates show (`site-index.html`, the `site` object of the week and leader
/// pages): titles and labels worked out here, and links that are `SiteLink`s only.
///
/// Every link is put in the context by `link(_:from:)` under a key named `href`, and only those paths
/// are trusted in an `href` (`trustedPaths`): a template that writes any other value into a URL or
/// raw is refused as before.
public enum SiteView {
    /// One programme (one month) as the index lists it.
    public struct Programme: Sendable, Equatable {
        public var month: YearMonth
        /// `CHƯƠNG TRÌNH Công tác tháng 02 năm 2025`: the document's title in one line.
        public var title: String
        public var weeks: [ISOWeek]
        public init(month: YearMonth, title: String, weeks: [ISOWeek]) {
            self.month = month
            self.title = title
            self.weeks = weeks
        }
    }

    /// A leader with a page: the slug names the page and the calendar.
    public struct LeaderEntry: Sendable, Equatable {
        public var slug: String
        public var name: String
        public init(slug: String, name: String) {
            self.slug = slug
            self.name = name
        }
    }

    /// The index: the agency, the current week, the programmes newest first, the leaders.
    public struct Index: Sendable, Equatable {
        public var agency: String
        public var current: ISOWeek?
        /// Whether `current` holds today; otherwise it is the newest week the site has.
        public var currentIsToday = true
        public var programmes: [Programme]
        public var leaders: [LeaderEntry]
        public init(agency: String, current: ISOWeek?, programmes: [Programme], leaders: [LeaderEntry],
                    currentIsToday: Bool = true) {
            self.agency = agency
            self.current = current
            self.currentIsToday = currentIsToday
            self.programmes = programmes
            self.leaders = leaders
        }
    }

    /// `Tuần 08 (17/02–23/02/2025)`: a week in a list or a link.
    public static func weekLabel(_ week: ISOWeek) -> String {
        let (a, b) = (week.monday, week.sunday)
        return "Tuần \(DateLine.day(week.week)) (\(DateLine.day(a.day))/\(DateLine.day(a.month))"
            + (a.year == b.year ? "" : "/\(a.year)") + "–\(DateLine.day(b.day))/\(DateLine.day(b.month))/\(b.year))"
    }

    /// `Tháng 02/2025`.
    public static func monthLabel(_ month: YearMonth) -> String { "Tháng \(DateLine.day(month.month))/\(month.year)" }

    /// A link as the page `from` writes it: the only way a URL enters a site context.
    static func link(_ link: SiteLink, from page: SiteLink, label: String? = nil) -> TemplateValue {
        var object: TemplateObject = ["href": .string(link.href(from: page))]
        if let label { object["label"] = .string(label) }
        return .object(object)
    }

    /// The navigation of a week page: home, the previous and the next published weeks.
    static func weekNavigation(_ week: ISOWeek, previous: ISOWeek?, next: ISOWeek?) -> TemplateValue {
        let page = SiteLink.week(week)
        var nav: TemplateObject = ["home": link(.index, from: page, label: "Trang chủ")]
        if let previous { nav["previous"] = link(.week(previous), from: page, label: weekLabel(previous)) }
        if let next { nav["next"] = link(.week(next), from: page, label: weekLabel(next)) }
        nav["pdf"] = link(.week(week, pdf: true), from: page, label: "Bản PDF")
        return .object(["nav": .object(nav)])
    }

    /// The `site` object of a leader's page: home, the leader's calendar, the months with their agendas.
    static func leaderSite(slug: String, months: [(title: String, agenda: AgendaView)]) -> TemplateValue {
        let page = SiteLink.leader(slug: slug)
        return .object([
            "nav": .object(["home": link(.index, from: page, label: "Trang chủ")]),
            "calendar": link(.leader(slug: slug, calendar: true), from: page, label: "Lịch iCalendar (.ics)"),
            "months": .list(months.map { .object(["title": .string($0.title), "agenda": $0.agenda.templateValue]) }),
        ])
    }

    /// The index page's context.
    static func indexContext(_ index: Index) -> TemplateValue {
        let page = SiteLink.index
        var site: TemplateObject = [
            "agency": .string(index.agency),
            "title": .string("Lịch công tác – \(index.agency)"),
            "calendar": link(.agencyCalendar, from: page, label: "Lịch iCalendar của cơ quan (lich.ics)"),
            "feed": link(.feed, from: page, label: "Tin Atom (feed.xml)"),
        ]
        if let current = index.current {
            site["current"] = link(.week(current), from: page, label: weekLabel(current))
            site["currentHeading"] = .string(index.currentIsToday ? "Lịch công tác tuần này" : "Lịch công tác tuần mới nhất")
        }
        site["programmes"] = .list(index.programmes.map { programme in
            let downloads: [(SiteLink.MonthFile, String)] = [
                (.docx, "DOCX"), (.pdf, "PDF"), (.fragment, "HTML (đoạn để dán)"), (.inline, "HTML (kiểu trong dòng)"),
            ]
            return .object([
                "title": .string(programme.title),
                "month": .string(monthLabel(programme.month)),
                "page": link(.month(programme.month), from: page, label: monthLabel(programme.month)),
                "weeks": .list(programme.weeks.map { link(.week($0), from: page, label: weekLabel($0)) }),
                "downloads": .list(downloads.map { link(.month(programme.month, $0.0), from: page, label: $0.1) }),
            ])
        })
        site["leaders"] = .list(index.leaders.map { leader in
            .object([
                "name": .string(leader.name),
                "page": link(.leader(slug: leader.slug), from: page, label: leader.name),
                "calendar": link(.leader(slug: leader.slug, calendar: true), from: page, label: ".ics"),
            ])
        })
        return .object(["site": .object(site), "fonts": .list([]), "layout": DocumentView.htmlLayout])
    }

    /// Every name the site's templates may use, each optional part present, for checking an agency's set.
    static var sampleContexts: [TemplateValue] {
        let month = YearMonth(year: 2025, month: 2)
        let week = ISOWeek(containing: CivilDate(year: 2025, month: 2, day: 17))
        let index = Index(agency: "SỞ A", current: week,
                          programmes: [Programme(month: month, title: "CHƯƠNG TRÌNH", weeks: [week])],
                          leaders: [LeaderEntry(slug: "dc-a", name: "Đ/c A")])
        let agenda = DocumentView.sample.sections.compactMap(\.agenda).first
        var leader: TemplateObject = ["site": leaderSite(slug: "dc-a", months: agenda.map { [("THÁNG 02", $0)] } ?? [])]
        leader["leaderView"] = .object(["title": "", "heading": "", "plainTitle": "", "emptyText": ""])
        return [indexContext(index), .object(["site": weekNavigation(week, previous: week.previous, next: week.next)]),
                .object(leader)]
    }

    /// The paths of the site's links, trusted in an `href` (every one a `SiteLink`, see `link`).
    static let trustedPaths: Set<String> = {
        var shape = ValueShape()
        for context in sampleContexts { shape.merge(ValueShape(of: context)) }
        var paths: Set<String> = []
        func walk(_ shape: ValueShape, _ prefix: String) {
            for (name, child) in shape.fields {
                let path = prefix.isEmpty ? name : prefix + "." + name
                if name == "href" { paths.insert(path) }
                walk(child, path)
            }
        }
        walk(shape, "")
        return paths
    }()
}
