import CongTacCalendar

/// One monthly work programme ("Chương trình công tác"), as the schedule file describes it.
///
/// A pure value: loading, validation and rendering live in other targets.
public struct Schedule: Sendable, Equatable, Codable {
    /// The title used when the file gives none.
    public static let defaultTitle = "CHƯƠNG TRÌNH"

    public var agency: Agency
    /// The document's number; `nil` leaves it blank for numbering at signing.
    public var number: Int?
    public var place: String
    public var date: DocumentDate
    /// An optional line above the title, e.g. a New Year greeting.
    public var banner: String?
    public var title: String
    /// The subject line (trích yếu) under the title.
    public var summary: String?
    /// The month the agenda covers; required when any section has an agenda.
    public var month: YearMonth?
    public var sections: [Section]
    /// The "Nơi nhận" lines, without their dashes and final punctuation.
    public var recipients: [String]
    /// The "Bản điện tử" lines.
    public var electronic: [String]
    public var signature: Signature?
    /// The agency's seal (PNG, red, transparent), drawn in the PDF over the signature's left third.
    public var seal: ImageFile?
    /// Days off the agency observes beyond the national calendar (e.g. a provincial anniversary).
    public var daysOff: [DayOff]
    /// Days that are worked although the national calendar has them off (e.g. a swapped Saturday).
    public var workingDays: [CivilDate]
    /// The agency's leaders (`leaders:`); empty when the file gives none.
    public var leaders: [Leader] = []
    /// The hours `Sáng`, `Chiều`, `Tối` stand for in calendars; `nil` for `OfficeHours.standard`.
    public var officeHours: OfficeHours?
    /// The weekly schedule's own recipients and signature (`week:`), when they differ.
    public var week: WeekOverrides?

    public init(
        agency: Agency, number: Int? = nil, place: String, date: DocumentDate,
        banner: String? = nil, title: String = Schedule.defaultTitle, summary: String? = nil,
        month: YearMonth? = nil, sections: [Section], recipients: [String] = [],
        electronic: [String] = [], signature: Signature? = nil, seal: ImageFile? = nil, daysOff: [DayOff] = [], workingDays: [CivilDate] = [],
        leaders: [Leader] = [], officeHours: OfficeHours? = nil,
        week: WeekOverrides? = nil
    ) {
        self.agency = agency
        self.number = number
        self.place = place
        self.date = date
        self.banner = banner
        self.title = title
        self.summary = summary
        self.month = month
        self.sections = sections
        self.recipients = recipients
        self.electronic = electronic
        self.signature = signature
        self.seal = seal
        self.daysOff = daysOff
        self.workingDays = workingDays
        self.leaders = leaders
        self.officeHours = officeHours
        self.week = week
    }

    /// The national calendar with this file's own days off and working days.
    public var holidays: HolidayCalendar {
        HolidayCalendar(overrides: daysOff, workingDays: workingDays)
    }
}
