import CongTacMessages
import CongTacModel

extension ScheduleValidator {
    /// With a `leaders:` list, each person a `leader:` text names must be on it (`unknown-leader`,
    /// at the text): a typo (`Đ/c Hòan`) would otherwise drop the item from that leader's calendar.
    /// Groups (`Lãnh đạo Sở`) name no one and pass. Each distinct text is read once.
    func checkLeaderList(_ leaders: [Leader], agendas: [AgendaRecord]) {
        guard !leaders.isEmpty else { return }
        let known = leaders.map(\.short)
        var unknownByText: [String: [String]] = [:]
        for agenda in agendas {
            for day in agenda.days {
                for (k, item) in day.items.enumerated() {
                    guard let text = item.leader else { continue }
                    let unknown = unknownByText[text] ?? {
                        let found = LeaderBookings.Recognised.shared.people(in: text).map(\.name)
                            .filter { person in !leaders.contains { $0.isNamed(person) } }
                        unknownByText[text] = found
                        return found
                    }()
                    let mark = k < day.leaderMarks.count ? day.leaderMarks[k] : day.itemMarks[k]
                    for person in unknown {
                        sink.warning("unknown-leader", at: mark, .unknownLeader("Đ/c \(person)", known: known))
                    }
                }
            }
        }
    }
}
