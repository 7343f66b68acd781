import Testing
@testable import CongTacCalendar

@Suite struct CanChiTests {
    @Test func yearNames() {
        #expect(CanChi.yearName(lunarYear: 1984) == "Giáp Tý")
        #expect(CanChi.yearName(lunarYear: 2024) == "Giáp Thìn")
        #expect(CanChi.yearName(lunarYear: 2025) == "Ất Tỵ")
        #expect(CanChi.yearName(lunarYear: 2026) == "Bính Ngọ")
        #expect(CanChi.yearName(lunarYear: 2023) == "Quý Mão")
        #expect(CanChi.yearName(lunarYear: 2021) == "Tân Sửu")
        #expect(CanChi.yearName(lunarYear: 1945) == "Ất Dậu")
        #expect(CanChi.yearName(lunarYear: 1968) == "Mậu Thân")
        #expect(CanChi.yearName(lunarYear: 1900) == "Canh Tý")
        #expect(CanChi.yearName(lunarYear: 2100) == "Canh Thân")
    }

    @Test func cycleOfSixty() {
        #expect(CanChi.yearName(lunarYear: 2044) == "Giáp Tý")
        #expect(CanChi.yearName(lunarYear: 4) == "Giáp Tý")
        #expect(CanChi.yearName(lunarYear: -56) == "Giáp Tý")
        #expect(Set((1984..<2044).map { CanChi.yearName(lunarYear: $0) }).count == 60)
    }

    /// 1949-10-01 was a Giáp Tý day; the days run on without a break.
    @Test func dayNames() {
        #expect(CanChi.dayName(for: CivilDate(year: 1949, month: 10, day: 1)) == "Giáp Tý")
        #expect(CanChi.dayName(for: CivilDate(year: 1949, month: 11, day: 30)) == "Giáp Tý")
        #expect(CanChi.dayName(for: CivilDate(year: 1949, month: 10, day: 2)) == "Ất Sửu")
    }
}
