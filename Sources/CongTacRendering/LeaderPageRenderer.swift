import CongTacCalendar
import CongTacMessages
import CongTacModel
import CongTacTemplates

/// One leader's own schedule as an HTML page (`--view leader`): the month's agenda reduced to the
/// days and items that are theirs, in the monthly table's layout (the same agenda partial and CSS).
public struct LeaderPageRenderer: Sendable {
    let library: TemplateLibrary

    static let template = "leader.html"

    public init(templates: TemplateSet = .builtIn) throws {
        library = try TemplateLibrary(templates, prefix: "html", shape: HTMLRenderer.contextShape, html: true,
                                      trusted: HTMLRenderer.trustedValues)
        guard library.names.contains(Self.template) else {
            throw RenderError.templateMissing(library.displayPath(Self.template))
        }
    }

    /// A context with every optional part, for checking an agency's `leader.html`.
    /// Its agenda is the document sample's, which has every row field (a leader's rows never have
    /// a day's note), so that `leader.html` may use the same agenda partial as the page.
    static var sampleContext: TemplateValue {
        let leader = Leader(short: "Đ/c A", name: "Nguyễn Văn A", title: "Giám đốc")
        guard case .object(var root) = context(DocumentView.sampleSchedule, leader: leader),
              case .object(var view)? = root["leaderView"] else { return .object([:]) }
        view["agenda"] = DocumentView.sample.sections.compactMap(\.agenda).first?.templateValue
        root["leaderView"] = .object(view)
        return .object(root)
    }

    public func renderBytes(_ schedule: Schedule, leader: Leader) throws -> [UInt8] {
        try library.render(Self.template, Self.context(schedule, leader: leader))
    }

    /// The document's context (header, layout, fonts) with `leaderView`: the titles and the reduced agenda.
    static func context(_ schedule: Schedule, leader: Leader) -> TemplateValue {
        let view = DocumentView(schedule)
        var leaderView: TemplateObject = [
            "title": .string(title(schedule)),
            "heading": .string(Phrase.leaderSchedule(leader.displayName).vi),
            "emptyText": .string(Phrase.noItemsForLeader.vi),
        ]
        leaderView["plainTitle"] = .string(Phrase.leaderSchedule(leader.displayName).vi + " – " + view.header.agencyName)
        if let agenda = agenda(schedule, leader: leader) { leaderView["agenda"] = agenda.templateValue }
        return view.templateContext(extra: ["fonts": .list(HTMLFonts.faces), "layout": DocumentView.htmlLayout,
                                            "leaderView": .object(leaderView)])
    }

    /// `LỊCH CÔNG TÁC THÁNG 02 NĂM 2025`: the title of a leader's month, on the page and in the PDF.
    static func title(_ schedule: Schedule) -> String {
        schedule.month.map { "LỊCH CÔNG TÁC THÁNG \(DateLine.month($0.month)) NĂM \($0.year)" } ?? "LỊCH CÔNG TÁC"
    }

    /// The month's table with only the leader's items, and only the days that have some (no
    /// weekends or holidays filled in: the page lists what the leader does).
    static func agenda(_ schedule: Schedule, leader: Leader) -> AgendaView? {
        guard let month = schedule.month else { return nil }
        let agendas = schedule.sections.flatMap(\.allSections).compactMap(\.agenda)
        let days = agendas.flatMap(\.days).compactMap { day -> AgendaDay? in
            let items = day.items.filter(leader.isIn)
            return items.isEmpty ? nil : AgendaDay(days: day.days, items: items)
        }
        guard !days.isEmpty else { return nil }
        var view = AgendaView(Agenda(columns: agendas.first?.columns ?? Agenda.defaultColumns, days: days),
                              month: month, holidays: schedule.holidays)
        view.days.removeAll(where: \.isFilled)
        view.caption = Phrase.leaderSchedule(leader.displayName).vi
        return view
    }
}
