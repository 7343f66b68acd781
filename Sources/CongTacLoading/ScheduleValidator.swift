import CongTacCalendar
import CongTacModel

/// The checks that compare parts of a schedule with each other and with the calendar.
struct ScheduleValidator {
    let sink: DiagnosticSink
    let holidays: HolidayCalendar

    func validate(_ schedule: Schedule, agendas: [AgendaRecord], monthMark: SourceMark?) {
        guard !agendas.isEmpty else { return }
        guard let month = schedule.month else {
            if monthMark == nil { sink.error(.missingMonth, at: agendas[0].mark) }
            return
        }
        for agenda in agendas {
            validateDays(agenda, month: month)
        }
    }

    private func validateDays(_ agenda: AgendaRecord, month: YearMonth) {
        let length = CivilDate.daysInMonth(year: month.year, month: month.month)
        let monthText = "\(DateLine.month(month.month))/\(month.year)"
        var inMonth: [AgendaRecord.Day] = []
        for day in agenda.days {
            if let outside = [day.range.first, day.range.last].first(where: { !(1...length).contains($0) }) {
                sink.error(.dayOutsideMonth(outside, month: monthText, length: length), at: day.mark)
            } else {
                inMonth.append(day)
            }
        }
        // Order, then overlaps: after a stable sort, a day can only overlap an earlier-starting one.
        for (previous, day) in zip(inMonth, inMonth.dropFirst()) where day.range.first < previous.range.first {
            sink.warning(.daysOutOfOrder(DayLabel.text(day.range), after: DayLabel.text(previous.range)), at: day.mark)
        }
        let sorted = inMonth.enumerated().sorted { ($0.element.range.first, $0.offset) < ($1.element.range.first, $1.offset) }
            .map(\.element)
        var reach: AgendaRecord.Day?
        for day in sorted {
            if let earlier = reach, earlier.range.overlaps(day.range) {
                let (first, second) = (earlier.mark?.line ?? 0) <= (day.mark?.line ?? 0) ? (earlier, day) : (day, earlier)
                sink.error(.duplicateDay(DayLabel.text(second.range), otherLabel: DayLabel.text(first.range),
                                         otherLine: first.mark?.line ?? 0), at: second.mark)
            }
            if reach == nil || day.range.last > reach!.range.last { reach = day }
        }
        var covered = Set<Int>()
        for day in inMonth { covered.formUnion(day.range.days) }
        for number in 1...length where !covered.contains(number) {
            let date = CivilDate(year: month.year, month: month.month, day: number)
            guard holidays.isWorkingDay(date) else { continue }
            let text = "\(DateLine.day(number))/\(DateLine.month(month.month))/\(month.year)"
            sink.warning(.weekdayMissing(text, weekday: date.weekday), at: agenda.mark)
        }
        for day in inMonth where !day.items.isEmpty {
            let dates = day.range.days.map { CivilDate(year: month.year, month: month.month, day: $0) }
            if dates.allSatisfy({ $0.weekday.isWeekend && holidays.isWorkingDay($0) == false }),
               let first = dates.first, holidays.dayOff(on: first) == nil {
                sink.warning(.weekendItem(first.day, weekday: first.weekday), at: day.mark)
            } else if let off = dates.lazy.compactMap({ holidays.dayOff(on: $0) }).first,
                      dates.allSatisfy({ !holidays.isWorkingDay($0) }) {
                sink.warning(.holidayItem(off.date.day, holiday: off.name), at: day.mark)
            }
            checkLeaders(day)
        }
    }

    /// The same person twice in one time of day: only `Đ/c Name` entries name a person.
    private func checkLeaders(_ day: AgendaRecord.Day) {
        var booked: [String: [(slot: TimeSlot, line: Int)]] = [:]
        for (item, mark) in day.items {
            guard let leader = item.leader, let slot = TimeSlot(item.time) else { continue }
            for person in LeaderNames.people(in: leader) {
                if let clash = booked[person.key]?.first(where: { $0.slot.overlaps(slot) }) {
                    sink.warning(.leaderDoubleBooked(person.display, time: item.time ?? "", day: DayLabel.text(day.range),
                                                     otherLine: clash.line), at: mark)
                }
                booked[person.key, default: []].append((slot, mark?.line ?? 0))
            }
        }
    }
}

/// A time of day, for clashes: `Cả ngày` overlaps the morning and the afternoon.
struct TimeSlot: Equatable {
    var label: String

    init?(_ time: String?) {
        guard let time else { return nil }
        label = time.lowercased().trimmingCharacters(in: .whitespaces)
    }

    private var isWholeDay: Bool { label == "cả ngày" }
    private var isEvening: Bool { label == "tối" }

    func overlaps(_ other: TimeSlot) -> Bool {
        if label == other.label { return true }
        if isWholeDay { return !other.isEvening }
        if other.isWholeDay { return !isEvening }
        return false
    }
}

/// People named in a leader cell such as `Đ/c Hoàn GD Sở, Đ/c Bình PGĐ Sở`.
enum LeaderNames {
    struct Person {
        var key: String
        var display: String
    }

    private static let marker = Array("Đ/c".utf8)

    static func people(in leader: String) -> [Person] {
        var result: [Person] = []
        let bytes = Array(leader.utf8)
        var i = 0
        while i + marker.count <= bytes.count {
            guard bytes[i] == marker[0], Array(bytes[i..<(i + marker.count)]) == marker else {
                i += 1
                continue
            }
            // The name is the first word after the marker.
            var start = i + marker.count
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            var end = start
            while end < bytes.count, ![0x20, 0x2C, 0x3B, 0x2D].contains(bytes[end]) { end += 1 }
            if end > start {
                let name = String(decoding: bytes[start..<end], as: UTF8.self)
                result.append(Person(key: name.lowercased(), display: "Đ/c \(name)"))
            }
            i = end
        }
        return result
    }
}
