import CongTacMessages
import CongTacModel

extension ScheduleValidator {
    /// With a `leaders:` list, each person a `leader:` text names must be on it (`unknown-leader`,
    /// at the text): a typo (`Đ/c Hòan`) would otherwise drop the item from that leader's calendar.
    /// Groups (`Lãnh đạo Sở`) name no one and pass. Each distinct text is read once.
    func checkLeaderList(_ leaders: [Leader], agendas: [AgendaRecord]) {
        guard !leaders.isEmpty else { return }
        let known = leaders.map(\.short)
        // The keys `Leader.isNamed` compares a person's key with, worked out once per file instead of
        // for each person of each text (a leader's spoken name runs the recogniser).
        let knownKeys = Set(leaders.flatMap { leader in
            [LeaderNames.key(leader.spokenName), LeaderNames.key(leader.short)] + (leader.name.map { [LeaderNames.key($0)] } ?? [])
        })
        var unknownByText: [String: [String]] = [:]
        for agenda in agendas {
            for day in agenda.days {
                for (k, item) in day.items.enumerated() {
                    guard let text = item.leader else { continue }
                    let unknown = unknownByText[text] ?? {
                        let found = LeaderBookings.Recognised.shared.people(in: text)
                            .filter { !knownKeys.contains($0.key) }.map(\.name)
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
