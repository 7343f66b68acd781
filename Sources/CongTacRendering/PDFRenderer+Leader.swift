import CongTacMessages
import CongTacModel

/// One leader's own month as a PDF (`--view leader --format pdf`), through the same layout as the
/// programme: the agency's header, the title and the leader's name, and the table reduced to their
/// rows (`LeaderPageRenderer.agenda`), without the closing block, since nobody signs it.
extension PDFRenderer {
    public func renderBytes(_ schedule: Schedule, leader: Leader) throws -> [UInt8] {
        try renderBytes(Self.leaderView(schedule, leader: leader), date: schedule.date, signs: false)
    }

    static func leaderView(_ schedule: Schedule, leader: Leader) -> DocumentView {
        var view = DocumentView(schedule)
        view.banner = nil
        view.titleLines = [LeaderPageRenderer.title(schedule)]
        view.summary = Phrase.leaderSchedule(leader.displayName).vi
        view.plainTitle = Phrase.leaderSchedule(leader.displayName).vi + " – " + view.header.agencyName
        // One section without a heading: the table, or the sentence that says there is nothing.
        let agenda = LeaderPageRenderer.agenda(schedule, leader: leader)
        view.sections = [SectionView(level: 1, label: "", heading: "", items: agenda == nil ? [Phrase.noItemsForLeader.vi] : [],
                                     agenda: agenda)]
        view.recipients = []
        view.electronic = []
        view.signature = nil
        return view
    }
}
