import Foundation

/// One month of a computed lunar year.
struct LunarMonth: Sendable, Equatable {
    var number: Int
    var isLeap: Bool
    /// `CivilDate.dayNumber` of day 1.
    var firstDay: Int
    /// 29 or 30.
    var length: Int
}

/// The months of one lunar year, from 1/1 (Tết) to the last day of month 12.
struct LunarYear: Sendable {
    var year: Int
    var months: [LunarMonth]

    /// `CivilDate.dayNumber` of Tết.
    var firstDay: Int { months[0].firstDay }
    /// `CivilDate.dayNumber` of the next year's Tết.
    var endDay: Int { months[months.count - 1].firstDay + months[months.count - 1].length }
    /// The number of the month that is doubled, if any.
    var leapMonth: Int? { months.first(where: \.isLeap)?.number }

    /// The month that holds day number `day`, which must lie in this year.
    func month(containing day: Int) -> LunarMonth? {
        months.last { $0.firstDay <= day }.flatMap { day < $0.firstDay + $0.length ? $0 : nil }
    }
}

/// Builds lunar years from the astronomy by the rules of the Vietnamese calendar.
///
/// The rules: days are counted at UTC+7; a month begins on the day of a new moon; the month
/// that contains the winter solstice (the sun at 270°) is month 11; when 13 months separate two
/// months 11, the first of them (after the first month 11) that contains no major solar term
/// (the sun's longitude reaching a multiple of 30°) is a leap month and repeats the number of
/// the month before it.
enum LunarYearBuilder {
    /// Hours east of Greenwich: Vietnam's meridian, 105° E.
    static let utcOffsetHours = 7.0

    /// The local day on which lunation `k` begins a month.
    static func firstDay(lunation k: Int) -> Int {
        Astronomy.localDay(jde: Astronomy.newMoon(lunation: k), offsetHours: utcOffsetHours)
    }

    /// The sun's apparent longitude at the local midnight that begins day `day`.
    static func sunLongitude(atStartOf day: Int) -> Double {
        Astronomy.sunApparentLongitude(jde: Astronomy.localMidnight(day: day, offsetHours: utcOffsetHours))
    }

    /// Which 30° sector (0…11) the sun is in when day `day` begins. A month contains a major
    /// solar term exactly when the sector changes between its first day and the next month's.
    static func solarSector(atStartOf day: Int) -> Int {
        Int(sunLongitude(atStartOf: day) / 30) % 12
    }

    /// The lunation that begins month 11 of the Gregorian year `year`: the last month to begin
    /// (at local midnight) before the sun reaches 270°, which is the month holding the solstice.
    static func monthEleven(gregorianYear year: Int) -> Int {
        let december21 = CivilDate(year: year, month: 12, day: 21).dayNumber
        var k = Astronomy.lunation(near: Astronomy.localMidnight(day: december21, offsetHours: utcOffsetHours))
        // "Before the solstice": longitudes of the autumn half (180°–270°); the others are past it.
        func beforeSolstice(_ k: Int) -> Bool {
            let longitude = sunLongitude(atStartOf: firstDay(lunation: k))
            return longitude >= 180 && longitude < 270
        }
        while !beforeSolstice(k) { k -= 1 }
        while beforeSolstice(k + 1) { k += 1 }
        return k
    }

    /// The months from month 11 of Gregorian year `year` up to, not including, the next month 11,
    /// numbered, with the leap month marked.
    static func monthsFromMonthEleven(gregorianYear year: Int) -> [LunarMonth] {
        let first = monthEleven(gregorianYear: year)
        let next = monthEleven(gregorianYear: year + 1)
        let days = (first...next).map(firstDay(lunation:))
        let sectors = days.map(solarSector(atStartOf:))
        var leapIndex: Int?
        if next - first == 13 {
            leapIndex = (1..<13).first { sectors[$0] == sectors[$0 + 1] }
        }
        var months: [LunarMonth] = []
        var number = 10
        for index in 0..<(next - first) {
            let isLeap = index == leapIndex
            if !isLeap { number = number % 12 + 1 }
            months.append(LunarMonth(number: number, isLeap: isLeap, firstDay: days[index], length: days[index + 1] - days[index]))
        }
        return months
    }

    /// Lunar year `year`: months 1… of the run that starts in December of `year - 1`, then the
    /// months 11 and 12 (and a leap one among them) of the run that starts in December of `year`.
    static func lunarYear(_ year: Int) -> LunarYear {
        let earlier = monthsFromMonthEleven(gregorianYear: year - 1)
        let later = monthsFromMonthEleven(gregorianYear: year)
        func startOfMonthOne(_ months: [LunarMonth]) -> Int {
            months.firstIndex { $0.number == 1 && !$0.isLeap }!
        }
        let months = Array(earlier[startOfMonthOne(earlier)...]) + Array(later[..<startOfMonthOne(later)])
        return LunarYear(year: year, months: months)
    }
}

/// A thread-safe memo of computed lunar years.
final class LunarYearCache: @unchecked Sendable {
    static let shared = LunarYearCache()

    private let lock = NSLock()
    private var years: [Int: LunarYear] = [:]

    func year(_ year: Int) -> LunarYear {
        lock.lock()
        let cached = years[year]
        lock.unlock()
        if let cached { return cached }
        // Computed outside the lock: two threads may both compute a year, with the same result.
        let computed = LunarYearBuilder.lunarYear(year)
        lock.lock()
        years[year] = computed
        lock.unlock()
        return computed
    }
}
