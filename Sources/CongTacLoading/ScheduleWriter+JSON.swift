import CongTacCalendar
import CongTacModel

extension ScheduleWriter {
    /// The schedule as JSON in the file format (the keys and order of the YAML file, dates as strings),
    /// which `ScheduleLoader` reads back as the same value: what the server's editor receives and sends.
    /// Optional values that are absent are left out; the lists the YAML writer keeps when empty
    /// (`sections`, `recipients`, an agenda's `days`) are kept as `[]`.
    public func json(_ schedule: Schedule) -> String {
        var out = JSONOut()
        out.value(ScheduleJSON.object(schedule))
        return out.text + "\n"
    }
}

/// A JSON value in the order it is written.
enum JSONValue {
    case string(String)
    case number(Int)
    case array([JSONValue])
    case object([(ScheduleKey, JSONValue)])
}

/// The schedule's fields as JSON values, in `ScheduleWriter`'s order, named by `ScheduleKey` as the
/// reader reads them.
private enum ScheduleJSON {
    static func object(_ s: Schedule) -> JSONValue {
        var fields: [(ScheduleKey, JSONValue)] = [(.agency, agency(s.agency))]
        if let number = s.number { fields.append((.number, .number(number))) }
        fields.append((.place, .string(s.place)))
        fields.append((.date, .string(YAMLText.date(s.date))))
        add(&fields, .banner, s.banner)
        fields.append((.title, .string(s.title)))
        add(&fields, .summary, s.summary)
        if let month = s.month { fields.append((.month, .string(YAMLText.yearMonth(month)))) }
        fields.append((.sections, .array(s.sections.map(section))))
        fields.append((.recipients, .array(s.recipients.map(JSONValue.string))))
        if !s.electronic.isEmpty { fields.append((.electronic, .array(s.electronic.map(JSONValue.string)))) }
        if let signature = s.signature { fields.append((.signature, self.signature(signature))) }
        if let seal = s.seal { fields.append((.seal, .string(seal.path))) }
        if !s.daysOff.isEmpty {
            fields.append((.daysOff, .array(s.daysOff.map {
                .object([(.date, .string(YAMLText.date($0.date))), (.name, .string($0.name))])
            })))
        }
        if !s.workingDays.isEmpty {
            fields.append((.workingDays, .array(s.workingDays.map { .string(YAMLText.date($0)) })))
        }
        if !s.leaders.isEmpty {
            fields.append((.leaders, .array(s.leaders.map { leader in
                var entry: [(ScheduleKey, JSONValue)] = [(.short, .string(leader.short))]
                add(&entry, .name, leader.name)
                add(&entry, .title, leader.title)
                return .object(entry)
            })))
        }
        if let hours = s.officeHours {
            fields.append((.officeHours, .object([(.morning, .string(hours.morning.description)),
                                                    (.afternoon, .string(hours.afternoon.description)),
                                                    (.evening, .string(hours.evening.description))])))
        }
        if let week = s.week {
            var entry: [(ScheduleKey, JSONValue)] = []
            if let recipients = week.recipients { entry.append((.recipients, .array(recipients.map(JSONValue.string)))) }
            if let electronic = week.electronic { entry.append((.electronic, .array(electronic.map(JSONValue.string)))) }
            if let signature = week.signature { entry.append((.signature, self.signature(signature))) }
            fields.append((.week, .object(entry)))
        }
        return .object(fields)
    }

    static func agency(_ a: Agency) -> JSONValue {
        var fields: [(ScheduleKey, JSONValue)] = []
        add(&fields, .parent, a.parent)
        fields.append((.name, .string(a.name)))
        add(&fields, .code, a.code)
        return .object(fields)
    }

    static func signature(_ s: Signature) -> JSONValue {
        var fields: [(ScheduleKey, JSONValue)] = []
        add(&fields, .authority, s.authority)
        add(&fields, .position, s.position)
        add(&fields, .name, s.name)
        if let image = s.image { fields.append((.image, .string(image.path))) }
        return .object(fields)
    }

    static func section(_ s: Section) -> JSONValue {
        var fields: [(ScheduleKey, JSONValue)] = [(.heading, .string(s.heading))]
        if !s.items.isEmpty { fields.append((.items, .array(s.items.map(JSONValue.string)))) }
        if !s.sections.isEmpty { fields.append((.sections, .array(s.sections.map(section)))) }
        if let agenda = s.agenda {
            var entry: [(ScheduleKey, JSONValue)] = []
            if agenda.columns != Agenda.defaultColumns { entry.append((.columns, .array(agenda.columns.map(JSONValue.string)))) }
            entry.append((.days, .array(agenda.days.map(day))))
            fields.append((.agenda, .object(entry)))
        }
        return .object(fields)
    }

    static func day(_ d: AgendaDay) -> JSONValue {
        let label: JSONValue = d.days.isSingleDay ? .number(d.days.first) : .string("\(d.days.first)-\(d.days.last)")
        var fields: [(ScheduleKey, JSONValue)] = [(.day, label)]
        add(&fields, .note, d.note)
        add(&fields, .text, d.text)
        if !d.items.isEmpty {
            fields.append((.items, .array(d.items.map { item in
                var entry: [(ScheduleKey, JSONValue)] = []
                add(&entry, .time, item.time)
                add(&entry, .text, item.text)
                add(&entry, .unit, item.unit)
                add(&entry, .leader, item.leader)
                return .object(entry)
            })))
        }
        return .object(fields)
    }

    static func add(_ fields: inout [(ScheduleKey, JSONValue)], _ key: ScheduleKey, _ value: String?) {
        if let value { fields.append((key, .string(value))) }
    }
}

/// JSON text, two spaces an indentation level, as a person reads it in a script's output.
struct JSONOut {
    private(set) var text = ""
    private var depth = 0

    mutating func value(_ value: JSONValue) {
        switch value {
        case .string(let s): string(s)
        case .number(let n): text += String(n)
        case .array(let values):
            guard !values.isEmpty else { text += "[]"; return }
            open("[")
            for (i, v) in values.enumerated() {
                if i > 0 { text += "," }
                newline()
                self.value(v)
            }
            close("]")
        case .object(let fields):
            guard !fields.isEmpty else { text += "{}"; return }
            open("{")
            for (i, (key, v)) in fields.enumerated() {
                if i > 0 { text += "," }
                newline()
                string(key.rawValue)
                text += ": "
                self.value(v)
            }
            close("}")
        }
    }

    private mutating func open(_ bracket: String) {
        text += bracket
        depth += 1
    }

    private mutating func close(_ bracket: String) {
        depth -= 1
        newline()
        text += bracket
    }

    private mutating func newline() {
        text += "\n" + String(repeating: "  ", count: depth)
    }

    mutating func string(_ s: String) {
        JSONText.quote(s, into: &text)
    }
}

/// JSON strings, for the schedule's JSON and the server's answers and pages alike.
public enum JSONText {
    /// `s` as a JSON string: `"` and `\` escaped, control characters and U+2028/U+2029 (which end a
    /// line in JavaScript source) as `\u` escapes; with `htmlSafe`, `<`, `>` and `&` too, so that the
    /// string may stand inside an HTML `<script>` block. Everything else as it is.
    public static func quote(_ s: String, htmlSafe: Bool = false, into text: inout String) {
        text += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            case "\r": text += "\\r"
            case "<" where htmlSafe, ">" where htmlSafe, "&" where htmlSafe:
                escape(scalar, into: &text)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF:
                escape(scalar, into: &text)
            default:
                text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }

    private static func escape(_ scalar: Unicode.Scalar, into text: inout String) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
