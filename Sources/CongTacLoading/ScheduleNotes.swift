import CongTacModel

/// Where the writer stands when it asks its notes for comments: a mapping of the file.
public enum SchedulePlace: Sendable, Hashable {
    /// The top level of the file.
    case top
    case agency
    case signature
    /// A section by its index path: `[1]` is the second section, `[1, 0]` that section's first child.
    case section([Int])
    /// The agenda of the section at this index path.
    case agenda(section: [Int])
    /// Day `index` of the agenda of the section at this index path.
    case day(section: [Int], index: Int)
    /// Item `index` of a day of an agenda.
    case item(section: [Int], day: Int, index: Int)
    /// Entry `index` of `days_off`.
    case dayOff(Int)
    /// Entry `index` of `leaders`.
    case leader(Int)
    case officeHours
}

/// A piece of schedule that a note shows turned off (each of its lines behind `# `), written by the
/// writer itself so that a clerk who deletes the `# ` gets a valid entry.
public enum ScheduleFragment: Sendable, Equatable {
    /// `number: 7`.
    case number(Int)
    /// A key with its list of texts: `electronic:` and one `- "…"` line per text.
    case texts(ScheduleKey, [String])
    /// One entry of a list of texts: `- "…"`.
    case text(String)
    /// One day of an agenda, with its items.
    case day(AgendaDay)
}

/// A line that the writer's notes add to the file; it changes nothing that the file means.
public enum ScheduleNote: Sendable, Equatable {
    case blank
    /// `# text`, at the indentation of the place.
    case comment(String)
    /// A fragment turned off, with a comment at the end of its first line.
    case disabled(ScheduleFragment, comment: String? = nil)
}

/// The comments a writer puts into a schedule file: guidance for the clerk who fills it in.
/// Every method has a default that adds nothing, so a file written without notes is the bare data.
///
/// Notes can only add comments and blank lines, and keep an empty list's key (`items:` with its
/// entries turned off below it): what the file means is the schedule given to the writer.
public protocol ScheduleNotes {
    /// Lines before the first key.
    var preamble: [ScheduleNote] { get }
    /// The comment at the end of the line of `key` in `place` (for a list's entries, the line of
    /// their first key, e.g. `- day: 3` is `.day` in `.day(section:index:)`).
    func comment(on key: ScheduleKey, in place: SchedulePlace) -> String?
    /// Lines before entry `index` of the list under `key` in `place`; `index` is the list's count
    /// for the lines after its last entry. An empty optional list is written (as its bare key) when
    /// its notes are not empty.
    func notes(before index: Int, of key: ScheduleKey, in place: SchedulePlace) -> [ScheduleNote]
    /// Lines where `key` of `place` would stand when the schedule leaves it out.
    func notes(inPlaceOf key: ScheduleKey, in place: SchedulePlace) -> [ScheduleNote]
}

extension ScheduleNotes {
    public var preamble: [ScheduleNote] { [] }
    public func comment(on key: ScheduleKey, in place: SchedulePlace) -> String? { nil }
    public func notes(before index: Int, of key: ScheduleKey, in place: SchedulePlace) -> [ScheduleNote] { [] }
    public func notes(inPlaceOf key: ScheduleKey, in place: SchedulePlace) -> [ScheduleNote] { [] }
}

/// No notes: the bare data.
public struct NoScheduleNotes: ScheduleNotes {
    public init() {}
}
