import CongTacCalendar
import CongTacMessages
import CongTacModel
import Foundation

/// The checks that compare parts of a schedule with each other and with the calendar.
struct ScheduleValidator {
    let sink: DiagnosticSink
    let holidays: HolidayCalendar

    func validate(_ schedule: Schedule, agendas: [AgendaRecord], monthMark: SourceMark?) {
        guard !agendas.isEmpty else { return }
        checkLeaderList(schedule.leaders, agendas: agendas)
        guard let month = schedule.month else {
            if monthMark == nil { sink.error(.missingMonth, at: agendas[0].mark) }
            return
        }
        var names = LeaderBookings.Cache()
        for agenda in agendas {
            validateDays(agenda, month: month, names: &names)
        }
    }

    private func validateDays(_ agenda: AgendaRecord, month: YearMonth, names: inout LeaderBookings.Cache) {
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
                // The one written later is reported, pointing to the other (by its place: a JSON text
                // may be one line).
                func place(_ day: AgendaRecord.Day) -> (Int, Int, Int) { (day.mark?.line ?? 0, day.mark?.column ?? 0, day.mark?.offset ?? 0) }
                let (first, second) = place(earlier) <= place(day) ? (earlier, day) : (day, earlier)
                sink.error(.duplicateDay(DayLabel.text(second.range), otherLabel: DayLabel.text(first.range),
                                         otherLine: sink.otherLine(first.mark?.line)), at: second.mark)
            }
            if reach == nil || day.range.last > reach!.range.last { reach = day }
        }
        var covered = Set<Int>()
        for day in inMonth { covered.formUnion(day.range.days) }
        reportUnfilledWorkingDays(covered: covered, month: month, length: length, at: agenda.mark)
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

    /// One `weekday-missing` warning for all the agenda's unfilled working days, in runs (`02/3–13/3`).
    /// A weekend between two unfilled working days keeps a run together, as a clerk reads "from
    /// Monday the 2nd to Friday the 13th"; a filled working day or a holiday on a weekday (a Tết
    /// break) ends it, so that the list shows the break.
    private func reportUnfilledWorkingDays(covered: Set<Int>, month: YearMonth, length: Int, at mark: SourceMark?) {
        var runs: [(first: CivilDate, last: CivilDate)] = []
        var count = 0
        var runIsOpen = false
        for number in 1...length {
            let date = CivilDate(year: month.year, month: month.month, day: number)
            guard holidays.isWorkingDay(date) else {
                if !date.weekday.isWeekend { runIsOpen = false }
                continue
            }
            if covered.contains(number) {
                runIsOpen = false
            } else {
                if runIsOpen { runs[runs.count - 1].last = date } else { runs.append((date, date)) }
                runIsOpen = true
                count += 1
            }
        }
        guard count > 0 else { return }
        sink.warning("weekday-missing", at: mark, .weekdaysMissing(runs, count: count))
    }

    /// The same person twice in one time of day: only `Đ/c Name` entries name a person.
    ///
    /// A clash names the person's earliest overlapping booking of the day. Only a label's first booking can
    /// be that one, so each person keeps the first booking of each label, and of any label but `Tối`: a
    /// day costs O(items) instead of O(items²).
    private func checkLeaders(_ day: AgendaRecord.Day, names: inout LeaderBookings.Cache) {
        names.startDay()
        let wholeDay = names.wholeDayLabel
        var order = 0
        for k in day.items.indices {
            guard let leader = day.items[k].leader, let slot = names.slot(day.items[k].time) else { continue }
            let mark = day.itemMarks[k]
            let line = mark?.line ?? 0
            for person in names.people(in: leader) {
                let clash: Booking?
                if slot.isWholeDay {
                    clash = names.firstNotEvening[person.id]
                } else if slot.isEvening {
                    clash = names.firstOfLabel[person.id << 32 | slot.label]
                } else {
                    let same = names.firstOfLabel[person.id << 32 | slot.label]
                    let whole = names.firstOfLabel[person.id << 32 | wholeDay]
                    clash = same.map { same in whole.map { $0.order < same.order ? $0 : same } ?? same } ?? whole
                }
                if let clash {
                    sink.warning("leader-double-booked", at: mark,
                                 .leaderDoubleBooked("Đ/c \(person.name)", time: day.items[k].time ?? "",
                                                     day: DayLabel.text(day.range), otherLine: sink.otherLine(clash.line)))
                }
                let booking = Booking(order: order, line: line)
                order += 1
                if names.firstOfLabel[person.id << 32 | slot.label] == nil {
                    names.firstOfLabel[person.id << 32 | slot.label] = booking
                }
                if !slot.isEvening, names.firstNotEvening[person.id] == nil { names.firstNotEvening[person.id] = booking }
            }
        }
    }
}

/// A person's booking of a time of day: its place in the day's order, and its line.
struct Booking {
    var order: Int
    var line: Int
}

/// A time of day, for clashes: labels that are equal once lowercased and trimmed overlap, and
/// `Cả ngày` overlaps every label but `Tối`.
struct TimeSlot {
    static let wholeDay = "cả ngày"
    static let evening = "tối"

    var label: String

    /// The label lowercased, without spaces or tabs at either end.
    init(_ time: String) {
        label = time.lowercased().trimmedOfSpaces
    }

    var isWholeDay: Bool { label == Self.wholeDay }
    var isEvening: Bool { label == Self.evening }
}

/// The people of leader cells for the `leader-double-booked` check, worked out once per distinct
/// text by `LeaderNames` (the recogniser the leader views and `unknown-leader` use).
enum LeaderBookings {
    /// A person named in a leader cell: an id for the lowercased name, and the name as written.
    struct Person {
        var id: Int
        var name: String
    }

    /// A time of day as an id for its label (lowercased, trimmed), for comparing bookings.
    struct Slot {
        var label: Int
        var isWholeDay: Bool
        var isEvening: Bool
    }

    /// What the leader check has worked out in this file, by each distinct text. Texts are looked up
    /// by their bytes (no Unicode normalisation per lookup); ids come from the lowercased labels and
    /// names, compared as strings, as the check always compared them.
    struct Cache {
        private var slots: [ByteKey: Slot] = [:]
        private var people: [ByteKey: [Person]] = [:]
        private var labelIDs: [String: Int] = [:]
        private var personIDs: [String: Int] = [:]
        private(set) var wholeDayLabel = 0
        /// The day's first booking of each person and label (`person << 32 | label`), and of each
        /// person in any time but the evening.
        var firstOfLabel: [Int: Booking] = [:]
        var firstNotEvening: [Int: Booking] = [:]

        init() {
            wholeDayLabel = Self.id(of: TimeSlot.wholeDay, in: &labelIDs)
        }

        /// Empties the day's bookings, keeping their storage.
        mutating func startDay() {
            firstOfLabel.removeAll(keepingCapacity: true)
            firstNotEvening.removeAll(keepingCapacity: true)
        }

        /// The time of day an item's `time` gives, if it has one.
        mutating func slot(_ time: String?) -> Slot? {
            guard let time else { return nil }
            if let slot = slots[ByteKey(time)] { return slot }
            let label = TimeSlot(time)
            let slot = Slot(label: Self.id(of: label.label, in: &labelIDs), isWholeDay: label.isWholeDay,
                            isEvening: label.isEvening)
            slots[ByteKey(time)] = slot
            return slot
        }

        /// The people a leader cell names, in order.
        mutating func people(in leader: String) -> [Person] {
            if let found = people[ByteKey(leader)] { return found }
            var found: [Person] = []
            for person in Recognised.shared.people(in: leader) {
                found.append(Person(id: Self.id(of: person.key, in: &personIDs), name: person.name))
            }
            people[ByteKey(leader)] = found
            return found
        }

        private static func id(of key: String, in ids: inout [String: Int]) -> Int {
            if let id = ids[key] { return id }
            ids[key] = ids.count
            return ids.count - 1
        }
    }

    /// The people `LeaderNames` finds in each leader text this process has met, with their
    /// comparison keys. The recogniser costs some 10 µs a text (Unicode-aware splitting, lowercasing
    /// and set lookups), and a batch's files, like a month's days, repeat a department's few texts.
    /// It is a pure function of the text's bytes, so a result is shared by every file and thread.
    /// Bounded: a file of distinct texts cannot grow it without end.
    final class Recognised: @unchecked Sendable {
        static let shared = Recognised()
        static let limit = 4_096

        private let lock = NSLock()
        private var found: [ByteKey: [(name: String, key: String)]] = [:]

        func people(in text: String) -> [(name: String, key: String)] {
            lock.lock()
            let known = found[ByteKey(text)]
            lock.unlock()
            if let known { return known }
            let people = LeaderNames.people(in: text).map { (name: $0, key: LeaderNames.key($0)) }
            lock.lock()
            if found.count < Self.limit { found[ByteKey(text)] = people }
            lock.unlock()
            return people
        }
    }

    /// A string hashed and compared by its UTF-8 bytes.
    fileprivate struct ByteKey: Hashable {
        var string: String

        init(_ string: String) { self.string = string }

        static func == (a: ByteKey, b: ByteKey) -> Bool {
            var (x, y) = (a.string, b.string)
            return x.withUTF8 { p in
                y.withUTF8 { q in p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
            }
        }

        func hash(into hasher: inout Hasher) {
            var s = string
            s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}
