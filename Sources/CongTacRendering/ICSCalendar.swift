import CongTacCalendar
import CongTacMessages
import CongTacModel
import Foundation

/// A schedule as an iCalendar file (RFC 5545) that a phone or a portal subscribes to: one VEVENT
/// per item (and per whole-day text), in Asia/Ho_Chi_Minh.
///
/// The same input gives the same bytes: DTSTAMP comes from the document's date, not the clock, and
/// events keep the file's order. Each event's UID stays the same when the schedule is published
/// again, so a subscribed calendar updates the event instead of adding a copy (see `uid`).
public struct CalendarFeed: Sendable {
    public static let timeZone = "Asia/Ho_Chi_Minh"

    public init() {}

    /// One event before it is written.
    public struct Event: Sendable, Equatable {
        public var uid: String
        public var first: CivilDate
        /// The last day (inclusive); later than `first` for a range (`16-20`).
        public var last: CivilDate
        public var time: EventTime
        public var summary: String
        public var location: String?
        public var description: String?
    }

    /// The events of `schedule`, or of `leader`'s items only (without the whole-day texts, which name no leader).
    public func events(_ schedule: Schedule, leader: Leader? = nil) -> [Event] {
        tagged(schedule).compactMap { event, item in
            guard let leader else { return event }
            return item.map(leader.isIn) == true ? event : nil
        }
    }

    /// Every event of `schedule` in order, with the item it comes from (nil for a day's text).
    func tagged(_ schedule: Schedule) -> [(event: Event, item: AgendaItem?)] {
        guard let month = schedule.month else { return [] }
        let hours = schedule.officeHours ?? .standard
        let length = CivilDate.daysInMonth(year: month.year, month: month.month)
        let domain = Self.domain(schedule.agency)
        var occurrences: [String: Int] = [:]
        var events: [(order: Int, event: Event, item: AgendaItem?)] = []
        for day in schedule.agendaDays where day.days.first >= 1 && day.days.last <= length {
            let first = CivilDate(year: month.year, month: month.month, day: day.days.first)
            let last = CivilDate(year: month.year, month: month.month, day: day.days.last)
            // Every item and text counts for the UIDs, including those a leader's feed leaves out:
            // an event has one UID in the agency's calendar and in the leader's.
            func uid(_ kind: String, _ text: String) -> String {
                let key = "\(kind)|\(first)|\(Self.normalized(text))"
                let n = occurrences[key, default: 0] + 1
                occurrences[key] = n
                return Self.uid(date: first, kind: kind, text: text, occurrence: n, domain: domain)
            }
            if let text = day.text {
                let id = uid("d", text)
                events.append((events.count, Event(uid: id, first: first, last: last, time: .allDay, summary: text,
                                                   location: nil, description: day.note), nil))
            }
            for item in day.items {
                let id = uid("i", item.text)
                var lines: [String] = []
                if let time = item.time { lines.append("\(Phrase.timeLabel.vi): \(time)") }
                if let unit = item.unit { lines.append("\(Phrase.preparingUnit.vi): \(unit)") }
                if let leaders = item.leader { lines.append("\(Phrase.leadersLabel.vi): \(leaders)") }
                events.append((events.count, Event(
                    uid: id, first: first, last: last,
                    time: TimeLabel.eventTime(label: item.time, text: item.text, hours: hours),
                    summary: item.text, location: ICSLocation.location(in: item.text),
                    description: lines.isEmpty ? nil : lines.joined(separator: "\n")), item))
            }
        }
        // By day, the file's order within a day: a file with its days out of order still reads in order.
        return events.sorted { ($0.event.first, $0.order) < ($1.event.first, $1.order) }.map { ($0.event, $0.item) }
    }

    /// The `.ics` file's bytes.
    public func render(_ schedule: Schedule, leader: Leader? = nil) -> [UInt8] {
        let month = schedule.month.map { "\(DateLine.month($0.month))/\($0.year)" }
        var name = Phrase.calendarName(agency: schedule.agency.name, month: month).vi
        if let leader { name = Phrase.leaderSchedule(leader.displayName).vi + (month.map { " – \($0)" } ?? "") }
        return render([schedule], leader: leader, name: name)
    }

    /// A month's events with the items they come from, worked out once for the agency's calendar and
    /// every leader's (`congtac publish`): the UIDs, times and places are the costly part.
    public struct MonthEvents: Sendable {
        let stamp: String
        let events: [(event: Event, item: AgendaItem?)]
    }

    public func monthEvents(_ schedule: Schedule) -> MonthEvents {
        let date = schedule.date
        return MonthEvents(stamp: "\(Self.date(CivilDate(year: date.year, month: date.month, day: date.day ?? 1)))T000000Z",
                           events: tagged(schedule))
    }

    /// One calendar of several months (`congtac publish`'s `lich.ics` and leaders' calendars): each
    /// month's events as its own file would have them, the same UIDs, under one name.
    public func render(_ schedules: [Schedule], leader: Leader?, name: String) -> [UInt8] {
        render(schedules.map(monthEvents), leader: leader, name: name)
    }

    public func render(_ months: [MonthEvents], leader: Leader?, name: String) -> [UInt8] {
        render(blocks: months.map { eventBlock($0, leader: leader) }, name: name)
    }

    /// The VEVENTs of one month for one calendar (the agency's, or `leader`'s): the part of a
    /// calendar of several months that depends on that month alone, which `congtac publish` keeps
    /// between runs so that an unchanged month is not worked out again.
    public func eventBlock(_ month: MonthEvents, leader: Leader?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(512 * month.events.count)
        func line(_ text: String) { ICSText.fold(text, into: &out) }
        for (event, item) in month.events {
            if let leader, !(item.map(leader.isIn) ?? false) { continue }
            line("BEGIN:VEVENT")
            line("UID:" + event.uid)
            line("DTSTAMP:" + month.stamp)
            switch event.time {
            case .allDay:
                line("DTSTART;VALUE=DATE:" + Self.date(event.first))
                line("DTEND;VALUE=DATE:" + Self.date(event.last.adding(days: 1)))
            case let .timed(start, end):
                line("DTSTART;TZID=\(Self.timeZone):\(Self.date(event.first))T\(Self.clock(start))")
                line("DTEND;TZID=\(Self.timeZone):\(Self.date(event.first))T\(Self.clock(end))")
                let count = event.last.dayNumber - event.first.dayNumber + 1
                // A range of days at the same hours: the same event each day.
                if count > 1 { line("RRULE:FREQ=DAILY;COUNT=\(count)") }
            }
            line("SUMMARY:" + ICSText.escape(event.summary))
            if let location = event.location { line("LOCATION:" + ICSText.escape(location)) }
            if let description = event.description { line("DESCRIPTION:" + ICSText.escape(description)) }
            line("END:VEVENT")
        }
        return out
    }

    /// A calendar named `name` holding `blocks` (`eventBlock`s) in order.
    public func render(blocks: [[UInt8]], name: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(blocks.reduce(1024) { $0 + $1.count })
        func line(_ text: String) { ICSText.fold(text, into: &out) }
        line("BEGIN:VCALENDAR")
        line("VERSION:2.0")
        line("PRODID:-//congtac//Chuong trinh cong tac//VI")
        line("CALSCALE:GREGORIAN")
        line("METHOD:PUBLISH")
        line("X-WR-CALNAME:" + ICSText.escape(name))
        line("X-WR-TIMEZONE:" + Self.timeZone)
        // Vietnam has kept +07:00 without daylight saving since 13 June 1975.
        for text in ["BEGIN:VTIMEZONE", "TZID:\(Self.timeZone)", "BEGIN:STANDARD", "DTSTART:19750613T000000",
                     "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:ICT", "END:STANDARD", "END:VTIMEZONE"] {
            line(text)
        }
        for block in blocks { out += block }
        line("END:VCALENDAR")
        return out
    }

    // MARK: Identity

    /// `20250203-1f2e…-1@khcn.ubnd-tinh-ha-tinh.congtac`: the item's first day, a hash of its text
    /// (normalised: NFC, lowercase, single spaces, no final punctuation), and which occurrence of
    /// that text on that day it is.
    ///
    /// "The same item" is the same text on the same day. An item keeps its UID when others are
    /// inserted, removed or reordered around it, and when its time, unit or leader change (an
    /// update); editing its text or moving it to another day makes it a new event (the old one
    /// disappears). Only two items with the same text on one day are told apart by their order.
    static func uid(date: CivilDate, kind: String, text: String, occurrence: Int, domain: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in (kind + "|" + normalized(text)).utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let hex = String(hash, radix: 16)
        return "\(Self.date(date))-\(String(repeating: "0", count: 16 - hex.count))\(hex)-\(occurrence)@\(domain)"
    }

    static func normalized(_ text: String) -> String {
        var words = text.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while let last = words.last, ".;,:".contains(last) { words.removeLast() }
        return words
    }

    /// `khcn.ubnd-tinh-ha-tinh.congtac`: the agency, so that two agencies' items never share a UID.
    static func domain(_ agency: Agency) -> String {
        let parts = [agency.code.map { Slug.make($0) }, Slug.make(agency.parent ?? agency.name)]
            .compactMap { $0 }.filter { !$0.isEmpty }
        return (parts + ["congtac"]).joined(separator: ".")
    }

    static func date(_ d: CivilDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(d.year)\(two(d.month))\(two(d.day))"
    }

    static func clock(_ minutes: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(minutes / 60))\(two(minutes % 60))00"
    }
}
