import CongTacCalendar
import CongTacLoading
import CongTacModel
import Foundation
import Testing

/// `week:`: read, refused where wrong, written back, and carried into the next month's draft.
@Suite struct WeekOverridesTests {
    static let base = """
        agency: {name: SỞ}
        place: Hà Tĩnh
        date: 2025-03
        sections: [{heading: A}]
        """

    @Test func readsEachOverrideAndKeepsAnEmptyList() throws {
        let schedule = try #require(load(Self.base + """

            week:
              recipients: ["Các phòng, đơn vị"]
              electronic: []
              signature: {authority: TL. GIÁM ĐỐC, position: CHÁNH VĂN PHÒNG}
            """).renderable)
        #expect(schedule.week == WeekOverrides(recipients: ["Các phòng, đơn vị"], electronic: [],
                                               signature: Signature(authority: "TL. GIÁM ĐỐC", position: "CHÁNH VĂN PHÒNG")))
        let written = ScheduleWriter().text(schedule)
        #expect(try #require(load(written).renderable).week == schedule.week)
    }

    @Test func aMistypedKeyIsNamedWithASuggestion() {
        let result = load(Self.base + "\nweek: {signatur: {name: A}}")
        let diagnostic = result.diagnostics.first { $0.code == "unknown-key" }
        #expect(diagnostic?.message.contains("signature") == true, "\(result.diagnostics)")
        #expect(diagnostic?.location?.line == 5)
    }

    @Test func theDraftCarriesTheOverridesOver() throws {
        var previous = try loadExample("khcn-ha-tinh-2025-02")
        previous.week = WeekOverrides(signature: Signature(authority: "TL. GIÁM ĐỐC", position: "CHÁNH VĂN PHÒNG", name: "Trần B"))
        let draft = ScheduleDraft(month: YearMonth(year: 2025, month: 3), previous: previous)
        #expect(draft.schedule.week == previous.week)
        #expect(try #require(load(draft.text()).schedule).week == previous.week)
    }
}
