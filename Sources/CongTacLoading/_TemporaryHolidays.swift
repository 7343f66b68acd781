import CongTacCalendar
// Temporary until CongTacCalendar's HolidayCalendar lands.
public struct HolidayCalendar: Sendable {
    public struct Off: Sendable { public var date: CivilDate; public var name: String }
    public init() {}
    public func isWorkingDay(_ d: CivilDate) -> Bool { !d.weekday.isWeekend }
    public func dayOff(on d: CivilDate) -> Off? { nil }
}
