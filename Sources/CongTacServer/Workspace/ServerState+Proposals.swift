import CongTacCalendar
import CongTacLoading
import CongTacMessages
import CongTacModel
import Foundation

extension ServerState {
    /// Accepts a pending proposal: its item is appended to its day in the month's first agenda
    /// (a day entry whose range holds the day, or a new entry in day order), the file is written
    /// and a version recorded, then the proposal is marked accepted.
    func accept(_ id: Int, ifMatch: String?, user: User) async throws -> (etag: String, version: Int) {
        guard let proposal = try database.proposal(id) else { throw APIError.notFound }
        guard let month = MonthID(proposal.month) else { throw APIError.notFound }
        return try await locks.withLock(month.description) { [self] in
            guard let current = try database.proposal(id), current.state == .pending else {
                throw APIError(.conflict, "not-pending", .serverNotPending)
            }
            let (snapshot, schedule) = try validSchedule(month)
            if let ifMatch, !ETag.matches(ifMatch, snapshot.etag) { throw stale(snapshot.etag) }
            var changed = schedule
            let item = AgendaItem(time: proposal.time, text: proposal.text, unit: proposal.unit, leader: proposal.leader)
            guard Self.append(item, day: proposal.day, to: &changed.sections) else {
                throw APIError.unprocessable("no-agenda", .serverNoAgenda)
            }
            let text = ScheduleWriter().text(changed)
            _ = try validDraftYAML(text, month: month)
            let written = try commit(month, name: snapshot.name, previous: snapshot.bytes, text: text, author: user.name, kind: .accept)
            _ = try database.decideProposal(id, state: .accepted, reason: nil, by: user.name)
            return written
        }
    }

    /// Appends `item` to `day` in the first agenda of `sections` (depth first); false if none has one.
    static func append(_ item: AgendaItem, day: Int, to sections: inout [Section]) -> Bool {
        for index in sections.indices {
            if var agenda = sections[index].agenda {
                if let entry = agenda.days.firstIndex(where: { $0.days.days.contains(day) }) {
                    agenda.days[entry].items.append(item)
                } else {
                    let position = agenda.days.firstIndex { $0.days.first > day } ?? agenda.days.endIndex
                    agenda.days.insert(AgendaDay(days: DayRange(day), items: [item]), at: position)
                }
                sections[index].agenda = agenda
                return true
            }
            if append(item, day: day, to: &sections[index].sections) { return true }
        }
        return false
    }
}
