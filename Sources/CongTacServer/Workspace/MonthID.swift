import CongTacModel

/// A month as the API names it: exactly `YYYY-MM` (ASCII digits, months 01–12). Nothing else a
/// request sends ever becomes part of a path: a month's file is found by scanning the workspace.
public struct MonthID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
        var digits: [Int] = []
        for (index, byte) in bytes.enumerated() where index != 4 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            digits.append(Int(byte - UInt8(ascii: "0")))
        }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        let month = digits[4] * 10 + digits[5]
        guard (1...12).contains(month), (1900...2100).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    public init(_ yearMonth: YearMonth) {
        year = yearMonth.year
        month = yearMonth.month
    }

    public var yearMonth: YearMonth { YearMonth(year: year, month: month) }
    public var description: String { String(format: "%04d-%02d", year, month) }
    public var previous: MonthID { month == 1 ? MonthID(year: year - 1, month: 12) : MonthID(year: year, month: month - 1) }
    public var next: MonthID { month == 12 ? MonthID(year: year + 1, month: 1) : MonthID(year: year, month: month + 1) }

    private init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public static func < (a: MonthID, b: MonthID) -> Bool { (a.year, a.month) < (b.year, b.month) }
}

import Foundation
