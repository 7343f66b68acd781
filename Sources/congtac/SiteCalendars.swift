import CongTacFiles
import CongTacModel
import CongTacRendering
import Foundation

/// One month's part of the site's calendars (`lich.ics` and each leader's), as the site keeps it
/// between runs (`.congtac-site/2025-02.ics.json`): working out a month's events (UIDs, times,
/// places, who is in each item) is most of a calendar's cost, and an unchanged month need not pay it
/// again. Valid for the month's fingerprint only.
struct SiteCalendars: Codable, Equatable {
    /// The month's fingerprint (`SiteManifest.Month.hash`) the blocks were made from.
    var hash: String
    /// `CalendarFeed.eventBlock`s by calendar: "" for the agency's, `key(leader)` for a leader's.
    var blocks: [String: String]

    static func path(_ month: YearMonth) -> String { SiteManifest.storeFolder + "/" + SiteLink.monthName(month) + ".ics.json" }

    /// What a leader's calendar depends on: every field that `Leader.isIn` reads.
    static func key(_ leader: Leader) -> String { [leader.short, leader.name ?? "", leader.title ?? ""].joined(separator: "|") }

    /// The month's blocks for the agency and `leaders`: those the site kept for this fingerprint,
    /// the others worked out now (the month's events at most once).
    static func blocks(_ month: YearMonth, schedule: Schedule, hash: String, leaders: [Leader], site: String,
                       calendar: CalendarFeed) -> SiteCalendars {
        let kept = FileManager.default.contents(atPath: PathNames.join(site, path(month)))
            .flatMap { try? JSONDecoder().decode(SiteCalendars.self, from: $0) }
            .flatMap { $0.hash == hash ? $0 : nil }
        var result = SiteCalendars(hash: hash, blocks: [:])
        var events: CalendarFeed.MonthEvents?
        for leader in [nil] + leaders.map(Optional.some) {
            let key = leader.map(Self.key) ?? ""
            if let block = kept?.blocks[key] {
                result.blocks[key] = block
            } else {
                if events == nil { events = calendar.monthEvents(schedule) }
                result.blocks[key] = String(decoding: calendar.eventBlock(events!, leader: leader), as: UTF8.self)
            }
        }
        return result
    }

    var bytes: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array((try? encoder.encode(self)) ?? Data())
    }
}
