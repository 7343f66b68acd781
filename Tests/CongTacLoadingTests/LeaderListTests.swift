import CongTacModel
import Foundation
import Testing
@testable import CongTacLoading

/// `leaders:` and `office_hours:` read, checked and located.
@Suite struct LeaderListTests {
    /// Three items on the 3rd (lines 14–18), the other working days filled; the list after the agenda.
    func yaml(leaders: String) -> String {
        february("""
                    - day: 3
                      items:
                        - {time: Sáng, text: Họp giao ban, leader: "Đ/c Hoàn GD Sở, Đ/c Hòan PGĐ Sở"}
                        - {time: Chiều, text: Kiểm tra cơ sở, leader: "Đ/c Tuấn PGĐ Sở"}
                        - {time: Tối, text: Giao lưu, leader: "Lãnh đạo Sở"}
            \(allWorkingDays(except: [3]))
            """) + "\n" + leaders
    }

    static let list = """
        leaders:
          - {short: Đ/c Hoàn, name: Nguyễn Văn Hoàn, title: Giám đốc Sở}
          - short: Đ/c An
            title: Phó Giám đốc Sở
        office_hours: {morning: "07:00-11:00", evening: "19:30-22:00"}
        """

    @Test func theListAndTheHoursAreRead() throws {
        let result = load(yaml(leaders: Self.list))
        let schedule = try #require(result.renderable)
        #expect(schedule.leaders == [Leader(short: "Đ/c Hoàn", name: "Nguyễn Văn Hoàn", title: "Giám đốc Sở"),
                                     Leader(short: "Đ/c An", title: "Phó Giám đốc Sở")])
        // A part left out keeps its standard hours.
        #expect(schedule.officeHours == OfficeHours(morning: ClockSpan(start: 420, end: 660),
                                                    afternoon: OfficeHours.standard.afternoon,
                                                    evening: ClockSpan(start: 1170, end: 1320)))
    }

    /// Each person not on the list, at the leader text (line:column of the value); groups pass.
    @Test func unknownLeadersAreWarnedAtTheText() {
        let result = load(yaml(leaders: Self.list))
        let unknown = result.diagnostics.filter { $0.code == "unknown-leader" }
        #expect(codes(unknown) == ["16:56 warning unknown-leader", "17:59 warning unknown-leader"])
        #expect(unknown[0].message.hasPrefix("`Đ/c Hòan` is not in the `leaders` list (Đ/c Hoàn, Đ/c An)"))
        #expect(unknown[1].message.contains("`Đ/c Tuấn`"))
        let vietnamese = load(yaml(leaders: Self.list), language: .vi).diagnostics.first { $0.code == "unknown-leader" }
        #expect(vietnamese?.message.hasPrefix("`Đ/c Hòan` không có trong danh sách `leaders`") == true)
    }

    @Test func withoutAListNobodyIsUnknown() {
        #expect(!load(yaml(leaders: "")).diagnostics.contains { $0.code == "unknown-leader" })
    }

    @Test func badHoursAreErrorsAtTheValue() {
        let result = load(yaml(leaders: "office_hours:\n  morning: 11:30-07:30\n  afternoon: chiều\n  noon: 12:00-13:00"))
        let lines = codes(result.diagnostics.filter { $0.severity == .error })
        let base = yaml(leaders: "").split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(lines == ["\(base + 1):12 error invalid-hours", "\(base + 2):14 error invalid-hours",
                          "\(base + 3):3 error unknown-key"])
        #expect(result.renderable == nil)
    }

    @Test func aLeaderNeedsItsShortName() {
        let result = load(yaml(leaders: "leaders:\n  - {name: Nguyễn Văn Hoàn}\n  - Đ/c An"))
        #expect(result.diagnostics.contains { $0.code == "missing-key" })
    }
}

/// A month's draft goes on with the last month's leaders and office hours, and reads back with them.
@Suite struct LeaderDraftTests {
    @Test func theDraftCarriesTheListOver() throws {
        var previous = try loadExample("khcn-ha-tinh-2025-02")
        previous.leaders = [Leader(short: "Đ/c Hoàn", name: "Nguyễn Văn Hoàn", title: "Giám đốc Sở")]
        previous.officeHours = OfficeHours(morning: ClockSpan(start: 420, end: 660), afternoon: OfficeHours.standard.afternoon,
                                           evening: OfficeHours.standard.evening)
        let draft = ScheduleDraft(month: YearMonth(year: 2025, month: 3), previous: previous)
        #expect(draft.schedule.leaders == previous.leaders)
        #expect(draft.schedule.officeHours == previous.officeHours)
        let read = try #require(load(draft.text()).schedule)
        #expect(read.leaders == previous.leaders && read.officeHours == previous.officeHours)
    }
}
