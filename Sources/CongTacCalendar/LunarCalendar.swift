/// Conversions between the Gregorian and the Vietnamese lunar calendar.
///
/// The calendar is computed from the astronomy (Meeus, *Astronomical Algorithms*) at UTC+7,
/// the meridian of 105° E, so it differs from the Chinese calendar (UTC+8) in some years:
/// Tết 1985 is on 21 January in Vietnam, Tết 2007 on 17 February, Tết 2030 on 2 February.
/// Computed years are memoised, so repeated conversions are cheap. Every month of 1900–2100 was
/// checked against an independent computation from a full ephemeris; outside that range it works
/// with the accuracy of the formulas and of the extrapolated ΔT.
public enum LunarCalendar {
    /// The lunar date of a Gregorian date.
    public static func lunarDate(for date: CivilDate) -> LunarDate {
        let day = date.dayNumber
        var year = LunarYearCache.shared.year(date.year)
        if day < year.firstDay { year = LunarYearCache.shared.year(date.year - 1) }
        let month = year.month(containing: day)!
        return LunarDate(year: year.year, month: month.number, day: day - month.firstDay + 1, isLeapMonth: month.isLeap)
    }

    /// The Gregorian date of a lunar date, or `nil` when it does not exist: a month number outside
    /// 1…12, a leap month the year does not have, or a day past the end of its month (30 in a 29-day month).
    public static func solarDate(for lunar: LunarDate) -> CivilDate? {
        guard let month = month(lunarYear: lunar.year, month: lunar.month, isLeap: lunar.isLeapMonth),
              (1...month.length).contains(lunar.day)
        else { return nil }
        return CivilDate(dayNumber: month.firstDay + lunar.day - 1)
    }

    /// Tết Nguyên đán: the Gregorian date of 1/1 of lunar year `lunarYear`.
    public static func tet(lunarYear: Int) -> CivilDate {
        CivilDate(dayNumber: LunarYearCache.shared.year(lunarYear).firstDay)
    }

    /// The number of the month that is doubled in lunar year `lunarYear` (its second occurrence is
    /// the leap month), or `nil` in a common year of 12 months.
    public static func leapMonth(lunarYear: Int) -> Int? {
        LunarYearCache.shared.year(lunarYear).leapMonth
    }

    /// The number of days (29 or 30) of a lunar month, or `nil` when the year has no such month.
    public static func monthLength(lunarYear: Int, month: Int, isLeap: Bool = false) -> Int? {
        self.month(lunarYear: lunarYear, month: month, isLeap: isLeap)?.length
    }

    private static func month(lunarYear: Int, month: Int, isLeap: Bool) -> LunarMonth? {
        LunarYearCache.shared.year(lunarYear).months.first { $0.number == month && $0.isLeap == isLeap }
    }
}
