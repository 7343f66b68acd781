import CongTacMessages
import CongTacModel
import Testing
@testable import CongTacLoading

/// A month's unfilled working days make one `weekday-missing` warning, in runs (issue #11, item 7).
@Suite struct UnfilledDaysTests {
    /// The `weekday-missing` warnings of February 2025 with the working days `skipped` left empty.
    func missing(_ skipped: Set<Int>, language: Language = .en, extraTop: String = "") -> [Diagnostic] {
        load(february(allWorkingDays(except: skipped), extraTop: extraTop), language: language)
            .diagnostics.filter { $0.code == "weekday-missing" }
    }

    @Test func aSingleDayReadsAsBefore() {
        let warnings = missing([12])
        #expect(warnings.map(\.message) == ["Wednesday 12/02/2025 is a working day with no entry"])
        #expect(missing([12], language: .vi).map(\.message) == ["Thứ Tư 12/02/2025 là ngày làm việc nhưng chưa có nội dung công việc"])
    }

    @Test func aRunIsOneRange() {
        let warnings = missing([10, 11, 12])
        #expect(warnings.map(\.message) == ["3 working days have no entry: 10/02–12/02"])
        #expect(warnings.map { $0.location?.description } == ["t.yaml:13:7"])  // at the agenda, as before
    }

    @Test func aWeekendKeepsARunTogether() {
        // Friday 7 and Monday 10: one run across the weekend.
        #expect(missing([7, 10]).map(\.message) == ["2 working days have no entry: 07/02–10/02"])
    }

    @Test func severalRunsInBothLanguages() {
        let skipped: Set<Int> = [3, 6, 7, 10, 21, 24]
        #expect(missing(skipped).map(\.message) == ["6 working days have no entry: 03/02, 06/02–10/02, 21/02–24/02"])
        #expect(missing(skipped, language: .vi).map(\.message)
            == ["6 ngày làm việc chưa có nội dung công việc: 03/02, 06/02–10/02, 21/02–24/02"])
    }

    @Test func aHolidayOnAWeekdayEndsARun() {
        // The agency's own day off on Wednesday 12 sits between two unfilled days.
        let warnings = missing([11, 13], extraTop: "days_off: [{date: 2025-02-12, name: Kỷ niệm ngày thành lập Sở}]\n")
        #expect(warnings.map(\.message) == ["2 working days have no entry: 11/02, 13/02"])
    }

    @Test func aWholeEmptyMonthIsOneLine() {
        let all: Set<Int> = [3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 17, 18, 19, 20, 21, 24, 25, 26, 27, 28]
        let result = load(february("        - {day: 1, text: Nghỉ cuối tuần}"))
        #expect(result.diagnostics.filter { $0.code == "weekday-missing" }.map(\.message)
            == ["\(all.count) working days have no entry: 03/02–28/02"])
    }

    @Test func nothingMissingNothingSaid() {
        #expect(missing([]).isEmpty)
    }
}
