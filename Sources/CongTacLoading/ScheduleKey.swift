/// The key names of schedule format 1: the one table that `ScheduleReader` reads by and
/// `ScheduleWriter` writes by, so that a file written is a file read.
public enum ScheduleKey: String, Sendable, CaseIterable, CustomStringConvertible {
    case format, agency, number, place, date, banner, title, summary, month, sections, recipients, electronic, signature
    /// The seal's image at the top level, the signature's in `signature`: PNG paths relative to the file.
    case seal, image
    case daysOff = "days_off"
    case workingDays = "working_days"
    case leaders
    case officeHours = "office_hours"
    /// In an entry of `leaders` (with `name` and `title`).
    case short
    /// In `office_hours`.
    case morning, afternoon, evening
    /// The weekly schedule's overrides (with `recipients`, `electronic` and `signature`).
    case week
    /// In `agency`.
    case parent, name, code
    /// In `signature` (with `name`).
    case authority, position
    /// In a section (with `items` and `sections`).
    case heading, items, agenda
    /// In an agenda.
    case columns, days
    /// In a day of an agenda (with `text` and `items`).
    case day, note, text
    /// In an item of a day (with `text`).
    case time, unit, leader

    public var description: String { rawValue }

    // The keys of each kind of mapping, in the order the writer writes them.

    /// The top level.
    public static let topLevel: [ScheduleKey] = [.format, .agency, .number, .place, .date, .banner, .title, .summary,
                                                 .month, .sections, .recipients, .electronic, .signature, .seal, .daysOff,
                                                 .workingDays, .leaders, .officeHours, .week]
    public static let agencyKeys: [ScheduleKey] = [.parent, .name, .code]
    /// In `week`.
    public static let weekKeys: [ScheduleKey] = [.recipients, .electronic, .signature]
    public static let signatureKeys: [ScheduleKey] = [.authority, .position, .name, .image]
    /// One entry of `leaders`.
    public static let leaderKeys: [ScheduleKey] = [.short, .name, .title]
    public static let officeHoursKeys: [ScheduleKey] = [.morning, .afternoon, .evening]
    /// One entry of `days_off`.
    public static let dayOffKeys: [ScheduleKey] = [.date, .name]
    public static let sectionKeys: [ScheduleKey] = [.heading, .items, .sections, .agenda]
    public static let agendaKeys: [ScheduleKey] = [.columns, .days]
    /// One entry of an agenda's `days`.
    public static let dayKeys: [ScheduleKey] = [.day, .note, .text, .items]
    /// One entry of a day's `items`.
    public static let itemKeys: [ScheduleKey] = [.time, .text, .unit, .leader]
}
