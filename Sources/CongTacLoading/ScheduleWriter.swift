import CongTacCalendar
import CongTacModel

/// Writes a `Schedule` as a format-1 YAML file that `ScheduleLoader` reads back as the same value.
///
/// The layout is the one a clerk edits by hand: block mappings, one entry per block, the keys in
/// the order of `ScheduleKey`'s lists, every text double-quoted (so `: `, `#`, a leading `-` or a
/// line break in a text cannot change the file's structure), numbers and dates bare, and a blank
/// line between the days of an agenda and before `recipients`. Comments come only from the notes.
///
/// What reads back the same: texts as the reader keeps them (NFC, no white space at either end,
/// not empty; `nil` for an absent optional), days off of kind `.holiday`. Other values are written
/// faithfully and the reader normalises them as it would any file.
public struct ScheduleWriter: Sendable {
    public init() {}

    /// The file for `schedule`, without comments.
    public func text(_ schedule: Schedule) -> String {
        text(schedule, notes: NoScheduleNotes())
    }

    /// The file for `schedule`, with the comments and turned-off fragments of `notes`.
    public func text(_ schedule: Schedule, notes: some ScheduleNotes) -> String {
        var writer = Writer(notes: notes)
        writer.write(schedule)
        return writer.out.text
    }
}

/// One pass over a schedule; `out` collects the lines.
private struct Writer<Notes: ScheduleNotes> {
    let notes: Notes
    var out = ScheduleLines()

    init(notes: Notes) {
        self.notes = notes
    }

    mutating func write(_ schedule: Schedule) {
        add(notes.preamble, indent: 0)
        key(.agency, indent: 0, in: .top)
        writeAgency(schedule.agency)
        optional(.number, schedule.number.map(String.init), in: .top)
        field(.place, YAMLText.quoted(schedule.place), indent: 0, in: .top)
        field(.date, YAMLText.date(schedule.date), indent: 0, in: .top)
        optional(.banner, schedule.banner.map(YAMLText.quoted), in: .top)
        field(.title, YAMLText.quoted(schedule.title), indent: 0, in: .top)
        optional(.summary, schedule.summary.map(YAMLText.quoted), in: .top)
        optional(.month, schedule.month.map(YAMLText.yearMonth), in: .top)
        writeSections(schedule.sections, under: .top, path: [], indent: 0)
        out.blank()
        // "Nơi nhận" is part of every programme: the key stays even when the list is empty.
        writeTexts(.recipients, schedule.recipients, indent: 0, in: .top, keepKey: true)
        writeTexts(.electronic, schedule.electronic, indent: 0, in: .top, keepKey: false)
        if let signature = schedule.signature {
            writeSignature(signature)
        } else {
            add(notes.notes(inPlaceOf: .signature, in: .top), indent: 0)
        }
        optional(.seal, schedule.seal.map { YAMLText.quoted($0.path) }, in: .top)
        writeDaysOff(schedule.daysOff)
        writeWorkingDays(schedule.workingDays)
        writeLeaders(schedule.leaders)
        if let hours = schedule.officeHours { writeOfficeHours(hours) }
        if let week = schedule.week { writeWeek(week) }
    }

    private mutating func writeLeaders(_ leaders: [Leader]) {
        list(.leaders, leaders, indent: 0, in: .top) { writer, index, leader, _ in
            let place = SchedulePlace.leader(index)
            writer.field(.short, YAMLText.quoted(leader.short), indent: 2, in: place, entry: true)
            writer.optional(.name, leader.name.map(YAMLText.quoted), indent: 4, in: place)
            writer.optional(.title, leader.title.map(YAMLText.quoted), indent: 4, in: place)
        }
    }

    /// All three spans, the standard ones included: the file then says what its calendars use.
    private mutating func writeOfficeHours(_ hours: OfficeHours) {
        key(.officeHours, indent: 0, in: .top)
        for (key, span) in [(ScheduleKey.morning, hours.morning), (.afternoon, hours.afternoon), (.evening, hours.evening)] {
            field(key, YAMLText.quoted(span.description), indent: 2, in: .officeHours)
        }
    }

    // MARK: The header and the closing

    private mutating func writeAgency(_ agency: Agency) {
        optional(.parent, agency.parent.map(YAMLText.quoted), indent: 2, in: .agency)
        field(.name, YAMLText.quoted(agency.name), indent: 2, in: .agency)
        optional(.code, agency.code.map(YAMLText.quoted), indent: 2, in: .agency)
    }

    private mutating func writeSignature(_ signature: Signature, indent: Int = 0, in place: SchedulePlace = .top,
                                         inner: SchedulePlace = .signature) {
        guard signature.authority != nil || signature.position != nil || signature.name != nil || signature.image != nil else {
            // A bare `signature:` is null, which the reader refuses; `{}` is the empty block.
            field(.signature, "{}", indent: indent, in: place)
            return
        }
        key(.signature, indent: indent, in: place)
        optional(.authority, signature.authority.map(YAMLText.quoted), indent: indent + 2, in: inner)
        optional(.position, signature.position.map(YAMLText.quoted), indent: indent + 2, in: inner)
        optional(.name, signature.name.map(YAMLText.quoted), indent: indent + 2, in: inner)
        optional(.image, signature.image.map { YAMLText.quoted($0.path) }, indent: indent + 2, in: inner)
    }

    /// `week:` with the fields it overrides; a list written is kept even when empty (it clears the monthly one).
    private mutating func writeWeek(_ week: WeekOverrides) {
        guard week.recipients != nil || week.electronic != nil || week.signature != nil else {
            field(.week, "{}", indent: 0, in: .top)
            return
        }
        key(.week, indent: 0, in: .top)
        if let recipients = week.recipients { writeEmptyOrTexts(.recipients, recipients) }
        if let electronic = week.electronic { writeEmptyOrTexts(.electronic, electronic) }
        if let signature = week.signature { writeSignature(signature, indent: 2, in: .week, inner: .weekSignature) }
    }

    /// An empty list as `[]`: a bare key would be null, which the reader refuses.
    private mutating func writeEmptyOrTexts(_ key: ScheduleKey, _ texts: [String]) {
        if texts.isEmpty {
            field(key, "[]", indent: 2, in: .week)
        } else {
            writeTexts(key, texts, indent: 2, in: .week, keepKey: true)
        }
    }

    private mutating func writeDaysOff(_ daysOff: [DayOff]) {
        list(.daysOff, daysOff, indent: 0, in: .top) { writer, index, dayOff, _ in
            let place = SchedulePlace.dayOff(index)
            writer.field(.date, YAMLText.date(dayOff.date), indent: 2, in: place, entry: true)
            writer.field(.name, YAMLText.quoted(dayOff.name), indent: 4, in: place)
        }
    }

    private mutating func writeWorkingDays(_ days: [CivilDate]) {
        list(.workingDays, days, indent: 0, in: .top) { writer, _, day, _ in
            writer.out.line("  - " + YAMLText.date(day))
        }
    }

    // MARK: The body

    /// `sections:` and its entries; `place` is where the key stands, `path` the parent's index path.
    private mutating func writeSections(_ sections: [Section], under place: SchedulePlace, path: [Int], indent: Int) {
        // The top level's `sections` is required: its key stays even when the list is empty.
        list(.sections, sections, indent: indent, in: place, keepKey: place == .top) { writer, index, section, _ in
            writer.writeSection(section, path: path + [index], indent: indent + 2)
        }
    }

    /// One section, its dash at `indent`.
    private mutating func writeSection(_ section: Section, path: [Int], indent: Int) {
        let place = SchedulePlace.section(path)
        field(.heading, YAMLText.quoted(section.heading), indent: indent, in: place, entry: true)
        writeTexts(.items, section.items, indent: indent + 2, in: place, keepKey: false)
        writeSections(section.sections, under: place, path: path, indent: indent + 2)
        if let agenda = section.agenda {
            writeAgenda(agenda, path: path, indent: indent + 2)
        } else {
            add(notes.notes(inPlaceOf: .agenda, in: place), indent: indent + 2)
        }
    }

    private mutating func writeAgenda(_ agenda: Agenda, path: [Int], indent: Int) {
        key(.agenda, indent: indent, in: .section(path))
        let place = SchedulePlace.agenda(section: path)
        if agenda.columns != Agenda.defaultColumns {
            // Four short headings: one line, as a clerk reads a table's head.
            field(.columns, "[" + agenda.columns.map(YAMLText.quoted).joined(separator: ", ") + "]",
                  indent: indent + 2, in: place)
        }
        // `days` is required, even when the list is empty.
        list(.days, agenda.days, indent: indent + 2, in: place, keepKey: true) { writer, index, day, afterNotes in
            // Days stand apart, except the first right under `days:`.
            if index > 0 || afterNotes { writer.out.blank() }
            writer.writeDay(day, place: .day(section: path, index: index), indent: indent + 4)
        }
    }

    /// One day of an agenda, its dash at `indent`.
    mutating func writeDay(_ day: AgendaDay, place: SchedulePlace, indent: Int) {
        field(.day, YAMLText.dayLabel(day.days), indent: indent, in: place, entry: true)
        optional(.note, day.note.map(YAMLText.quoted), indent: indent + 2, in: place)
        optional(.text, day.text.map(YAMLText.quoted), indent: indent + 2, in: place)
        guard case let .day(path, dayIndex) = place else { return }
        list(.items, day.items, indent: indent + 2, in: place) { writer, index, item, _ in
            writer.writeItem(item, place: .item(section: path, day: dayIndex, index: index), indent: indent + 4)
        }
    }

    /// One item of a day, its dash at `indent`: every key that has a value, one per line.
    private mutating func writeItem(_ item: AgendaItem, place: SchedulePlace, indent: Int) {
        let values: [(ScheduleKey, String?)] = [(.time, item.time), (.text, item.text), (.unit, item.unit),
                                                (.leader, item.leader)]
        var first = true
        for (key, value) in values {
            guard let value else { continue }
            field(key, YAMLText.quoted(value), indent: first ? indent : indent + 2, in: place, entry: first)
            first = false
        }
    }

    /// A list of texts under `key`, one `- "…"` line each.
    private mutating func writeTexts(_ key: ScheduleKey, _ texts: [String], indent: Int, in place: SchedulePlace,
                                     keepKey: Bool) {
        list(key, texts, indent: indent, in: place, keepKey: keepKey) { writer, _, text, _ in
            writer.out.line(YAMLText.indent(indent + 2) + "- " + YAMLText.quoted(text))
        }
    }

    /// The list under `key` (at `indent`), its entries written by `entry` (their dashes at
    /// `indent + 2`) with the notes before each and after the last. An empty list is its bare key
    /// when `keepKey` or when the notes give lines for it, else the notes in place of the key.
    /// `entry` learns whether notes stand right before it.
    private mutating func list<Entry>(_ key: ScheduleKey, _ entries: [Entry], indent: Int, in place: SchedulePlace,
                                      keepKey: Bool = false,
                                      _ entry: (inout Self, _ index: Int, Entry, _ afterNotes: Bool) -> Void) {
        let leading = notes.notes(before: 0, of: key, in: place)
        guard !entries.isEmpty || keepKey || !leading.isEmpty else {
            add(notes.notes(inPlaceOf: key, in: place), indent: indent)
            return
        }
        self.key(key, indent: indent, in: place)
        for (index, value) in entries.enumerated() {
            let lines = index == 0 ? leading : notes.notes(before: index, of: key, in: place)
            add(lines, indent: indent + 2)
            entry(&self, index, value, !lines.isEmpty)
        }
        add(entries.isEmpty ? leading : notes.notes(before: entries.count, of: key, in: place), indent: indent + 2)
    }

    // MARK: Lines

    /// `key:` with its comment, a mapping or a list to follow.
    private mutating func key(_ key: ScheduleKey, indent: Int, in place: SchedulePlace) {
        out.line(YAMLText.indent(indent) + "\(key):", comment: notes.comment(on: key, in: place))
    }

    /// `key: value`; with `entry`, the first key of a list entry (`- key: value`, the dash at `indent`).
    private mutating func field(_ key: ScheduleKey, _ value: String, indent: Int, in place: SchedulePlace,
                                entry: Bool = false) {
        out.line(YAMLText.indent(indent) + (entry ? "- " : "") + "\(key): \(value)",
                 comment: notes.comment(on: key, in: place))
    }

    /// `key: value` at the top level when there is a value, else the notes in place of the key.
    private mutating func optional(_ key: ScheduleKey, _ value: String?, in place: SchedulePlace) {
        optional(key, value, indent: 0, in: place)
    }

    private mutating func optional(_ key: ScheduleKey, _ value: String?, indent: Int, in place: SchedulePlace) {
        if let value {
            field(key, value, indent: indent, in: place)
        } else {
            add(notes.notes(inPlaceOf: key, in: place), indent: indent)
        }
    }

    /// Notes at `indent`: comments, blank lines, fragments turned off.
    private mutating func add(_ lines: [ScheduleNote], indent: Int) {
        for note in lines {
            switch note {
            case .blank:
                out.blank()
            case .comment(let text):
                out.line(YAMLText.indent(indent) + "# " + ScheduleLines.oneLine(text))
            case let .disabled(fragment, comment):
                for (n, line) in Self.lines(of: fragment).enumerated() {
                    out.line(YAMLText.indent(indent) + "# " + line, comment: n == 0 ? comment : nil)
                }
            }
        }
    }

    /// A fragment's lines as the writer writes them at indentation 0, without comments.
    private static func lines(of fragment: ScheduleFragment) -> [String] {
        var writer = Writer<NoScheduleNotes>(notes: NoScheduleNotes())
        switch fragment {
        case .number(let number):
            writer.field(.number, String(number), indent: 0, in: .top)
        case let .texts(key, texts):
            writer.writeTexts(key, texts, indent: 0, in: .top, keepKey: true)
        case .text(let text):
            writer.out.line("- " + YAMLText.quoted(text))
        case .day(let day):
            writer.writeDay(day, place: .day(section: [], index: 0), indent: 0)
        }
        return writer.out.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}

/// The lines of a file, with end-of-line comments lined up.
struct ScheduleLines {
    /// The column at which end-of-line comments start, unless the code reaches it.
    static let commentColumn = 40

    private(set) var text = ""

    mutating func line(_ code: String, comment: String? = nil) {
        var line = code
        if let comment {
            let width = max(Self.commentColumn, code.count + 2)
            line += String(repeating: " ", count: width - code.count) + "# " + Self.oneLine(comment)
        }
        text += line + "\n"
    }

    mutating func blank() { text += "\n" }

    /// A comment's text on one line: a line break in it would end the comment and let the rest be
    /// read as data, so notes could change what the file means.
    static func oneLine(_ comment: String) -> String {
        guard comment.unicodeScalars.contains(where: isLineBreak) else { return comment }
        return String(String.UnicodeScalarView(comment.unicodeScalars.map { isLineBreak($0) ? " " : $0 }))
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
