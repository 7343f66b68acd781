/// What the government announced, year by year, for the days the Labour Code leaves to it
/// (art. 112(3): the Tết days and the second day of Quốc khánh) and the swaps of working days it
/// allowed for civil servants (công chức, viên chức). Years not listed here follow the default rules
/// of `HolidayCalendar`.
///
/// Each entry cites the announcement. Where the number of a document could not be checked, the
/// comment says so: the dates themselves were checked against the press reports of the time.
enum AnnouncedHolidays {
    /// A Tết break, first to last day, weekends inside it included.
    struct TetBreak: Sendable {
        var lunarYear: Int
        var first: CivilDate
        var last: CivilDate
    }

    /// A working day given off, and the Saturday worked in exchange.
    struct Swap: Sendable {
        var dayOff: CivilDate
        var workedOn: CivilDate
    }

    /// The Gregorian years for which this table holds the government's decisions.
    static let years = 2021...2026

    static let tetBreaks: [TetBreak] = [
        // Tết Tân Sửu: 10/2–16/2/2021 (29 Chạp – mùng 5), 7 days: 5 days of Tết and one weekend.
        // Proposed by Bộ LĐTBXH and approved by the Prime Minister, December 2020 (document number not verified).
        TetBreak(lunarYear: 2021, first: date(2021, 2, 10), last: date(2021, 2, 16)),
        // Tết Nhâm Dần: 29/1–6/2/2022 (27 Chạp – mùng 6), 9 days: 31/1–4/2 and two weekends.
        // Announced by Bộ LĐTBXH, late 2021 (document number not verified).
        TetBreak(lunarYear: 2022, first: date(2022, 1, 29), last: date(2022, 2, 6)),
        // Tết Quý Mão: 20/1–26/1/2023 (29 Chạp – mùng 5), 7 days. Văn bản 8056/VPCP-KGVX, 01/12/2022.
        TetBreak(lunarYear: 2023, first: date(2023, 1, 20), last: date(2023, 1, 26)),
        // Tết Giáp Thìn: 8/2–14/2/2024 (29 Chạp – mùng 5), 7 days.
        // Approved by the Prime Minister, late 2023 (document number not verified).
        TetBreak(lunarYear: 2024, first: date(2024, 2, 8), last: date(2024, 2, 14)),
        // Tết Ất Tỵ: 25/1–2/2/2025 (26 Chạp – mùng 5), 9 days: 27/1–31/1 and two weekends.
        // Văn bản 8726/VPCP-KGVX, 26/11/2024; Thông báo 6150/TB-LĐTBXH (number as known, not verified).
        TetBreak(lunarYear: 2025, first: date(2025, 1, 25), last: date(2025, 2, 2)),
        // Tết Bính Ngọ: 14/2–22/2/2026 (27 Chạp – mùng 6), 9 days: 16/2–20/2 and two weekends.
        // Văn bản of the Văn phòng Chính phủ conveying the Prime Minister's decision, October 2025,
        // on Bộ Nội vụ's proposal (document number not verified).
        TetBreak(lunarYear: 2026, first: date(2026, 2, 14), last: date(2026, 2, 22)),
    ]

    /// The day next to 2 September chosen as the second day of Quốc khánh.
    static let nationalDayCompanions: [Int: CivilDate] = [
        // 2021: Thu 2/9 and Fri 3/9 (break 2/9–5/9), with the Tết 2021 decision.
        2021: date(2021, 9, 3),
        // 2022: Thu 1/9 and Fri 2/9 (break 1/9–4/9), with the Tết 2022 decision.
        2022: date(2022, 9, 1),
        // 2023: Fri 1/9 and Sat 2/9, made up on Mon 4/9 (break 1/9–4/9). Văn bản 8056/VPCP-KGVX, 01/12/2022.
        2023: date(2023, 9, 1),
        // 2024: Mon 2/9 and Tue 3/9 (break 31/8–3/9), with the Tết 2024 decision.
        2024: date(2024, 9, 3),
        // 2025: Mon 1/9 and Tue 2/9 (break 30/8–2/9). Văn bản 8726/VPCP-KGVX, 26/11/2024.
        2025: date(2025, 9, 1),
        // 2026: Tue 1/9 and Wed 2/9 (break 29/8–2/9 with the swap below), with the Tết 2026 decision.
        2026: date(2026, 9, 1),
    ]

    static let swaps: [Swap] = [
        // 30/4–1/5/2024: Mon 29/4 off, Sat 4/5 worked (break 27/4–1/5). Văn bản 2450/VPCP-KGVX, 12/4/2024.
        Swap(dayOff: date(2024, 4, 29), workedOn: date(2024, 5, 4)),
        // 30/4–1/5/2025: Fri 2/5 off, Sat 26/4 worked (break 30/4–4/5). Văn bản 8726/VPCP-KGVX, 26/11/2024.
        Swap(dayOff: date(2025, 5, 2), workedOn: date(2025, 4, 26)),
        // Tết Dương lịch 2026: Fri 2/1 off, Sat 10/1 worked (break 1/1–4/1). Văn bản 12729/VPCP-KGVX, 25/12/2025.
        Swap(dayOff: date(2026, 1, 2), workedOn: date(2026, 1, 10)),
        // Quốc khánh 2026: Mon 31/8 off, Sat 22/8 worked (break 29/8–2/9), with the Tết 2026 decision.
        Swap(dayOff: date(2026, 8, 31), workedOn: date(2026, 8, 22)),
    ]

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)
    }
}
