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
        var names = LeaderNames.Cache()
        for agenda in agendas {
            validateDays(agenda, month: month, names: &names)
        }
    }

    private func validateDays(_ agenda: AgendaRecord, month: YearMonth, names: inout LeaderNames.Cache) {
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
            sink.warning("days-out-of-order", at: day.mark,
                         .daysOutOfOrder(DayLabel.text(day.range), after: DayLabel.text(previous.range)))
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
            sink.warning("weekday-missing", at: agenda.mark,
                         .weekdayMissing("\(DateLine.day(number))/\(DateLine.month(month.month))/\(month.year)",
                                         weekday: date.weekday))
        }
        for day in inMonth where !day.items.isEmpty {
            let dates = day.range.days.map { CivilDate(year: month.year, month: month.month, day: $0) }
            if dates.allSatisfy({ $0.weekday.isWeekend && holidays.isWorkingDay($0) == false }),
               let first = dates.first, holidays.dayOff(on: first) == nil {
                sink.warning("weekend-item", at: day.mark, .weekendItem(first.day, weekday: first.weekday))
            } else if let off = dates.lazy.compactMap({ holidays.dayOff(on: $0) }).first,
                      dates.allSatisfy({ !holidays.isWorkingDay($0) }) {
                sink.warning("holiday-item", at: day.mark, .holidayItem(off.date.day, holiday: off.name))
            }
            checkLeaders(day, names: &names)
        }
    }

    /// The same person twice in one time of day: only `Đ/c Name` entries name a person.
    ///
    /// A clash names the person's earliest overlapping booking of the day. Only a label's first booking can
    /// be that one, so each person keeps the first booking of each label, and of any label but `Tối`: a
    /// day costs O(items) instead of O(items²).
    private func checkLeaders(_ day: AgendaRecord.Day, names: inout LeaderNames.Cache) {
        var firstOfLabel: [LabelKey: Booking] = [:]
        var firstNotEvening: [String: Booking] = [:]
        var order = 0
        for (item, mark) in zip(day.items, day.itemMarks) {
            guard let leader = item.leader, let slot = names.slot(item.time) else { continue }
            let line = mark?.line ?? 0
            LeaderNames.forEachName(in: leader) { name in
                let person = names.key(of: name)
                let clash: Booking?
                if slot.isWholeDay {
                    clash = firstNotEvening[person]
                } else if slot.isEvening {
                    clash = firstOfLabel[LabelKey(person: person, label: slot.label)]
                } else {
                    let same = firstOfLabel[LabelKey(person: person, label: slot.label)]
                    let wholeDay = firstOfLabel[LabelKey(person: person, label: TimeSlot.wholeDay)]
                    clash = [same, wholeDay].compactMap { $0 }.min { $0.order < $1.order }
                }
                if let clash {
                    sink.warning("leader-double-booked", at: mark,
                                 .leaderDoubleBooked("Đ/c \(name)", time: item.time ?? "", day: DayLabel.text(day.range),
                                                     otherLine: clash.line))
                }
                let booking = Booking(order: order, line: line)
                order += 1
                let key = LabelKey(person: person, label: slot.label)
                if firstOfLabel[key] == nil { firstOfLabel[key] = booking }
                if !slot.isEvening, firstNotEvening[person] == nil { firstNotEvening[person] = booking }
            }
        }
    }

    private struct LabelKey: Hashable {
        var person: String
        var label: String
    }

    private struct Booking {
        var order: Int
        var line: Int
    }
}

/// A time of day, for clashes: `Cả ngày` overlaps the morning and the afternoon.
struct TimeSlot: Equatable {
    static let wholeDay = "cả ngày"
    static let evening = "tối"

    var label: String

    /// The label lowercased, without spaces or tabs at either end.
    init?(_ time: String?) {
        guard let time else { return nil }
        label = Self.trimmingSpaces(time.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) } ? time : time.lowercased())
    }

    var isWholeDay: Bool { label == Self.wholeDay }
    var isEvening: Bool { label == Self.evening }

    func overlaps(_ other: TimeSlot) -> Bool {
        if label == other.label { return true }
        if isWholeDay { return !other.isEvening }
        if other.isWholeDay { return !isEvening }
        return false
    }

    /// `s` without Foundation's `.whitespaces` at either end: tab, the space separators and (as
    /// Foundation has it) U+200B ZERO WIDTH SPACE; Foundation's trimming bridges through NSString (slow).
    static func trimmingSpaces(_ s: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t"
                || (scalar.value >= 0x80 && (scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator))
        }
        let scalars = s.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return s }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}

/// People named in a leader cell such as `Đ/c Hoàn GD Sở, Đ/c Bình PGĐ Sở`.
enum LeaderNames {
    /// The marker `Đ/c` in UTF-8.
    private static let marker: (UInt8, UInt8, UInt8, UInt8) = (0xC4, 0x90, 0x2F, 0x63)

    /// Calls `body` with each name, the first word after a `Đ/c` marker.
    static func forEachName(in leader: String, _ body: (String) -> Void) {
        var leader = leader
        leader.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i + 4 <= n {
                guard bytes[i] == marker.0, bytes[i + 1] == marker.1, bytes[i + 2] == marker.2, bytes[i + 3] == marker.3 else {
                    i += 1
                    continue
                }
                var start = i + 4
                while start < n, bytes[start] == 0x20 { start += 1 }
                var end = start
                while end < n {
                    let b = bytes[end]
                    if b == 0x20 || b == 0x2C || b == 0x3B || b == 0x2D { break }
                    end += 1
                }
                if end > start {
                    body(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
                i = end
            }
        }
    }

    /// Time slots and person keys (lowercased names) already worked out in this file.
    struct Cache {
        private var slots: [String: TimeSlot] = [:]
        private var keys: [String: String] = [:]

        mutating func slot(_ time: String?) -> TimeSlot? {
            guard let time else { return nil }
            if let slot = slots[time] { return slot }
            let slot = TimeSlot(time)
            slots[time] = slot
            return slot
        }

        mutating func key(of name: String) -> String {
            if let key = keys[name] { return key }
            let key = name.lowercased()
            keys[name] = key
            return key
        }
    }
}
