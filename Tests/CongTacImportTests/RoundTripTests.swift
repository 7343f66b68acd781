import CongTacImport
import CongTacLoading
import CongTacModel
import CongTacRendering
import CongTacTestSupport
import Testing

/// congtac's own DOCX gives back the schedule it was made from: for every example, render → import
/// → write → load is the example, as values.
@Suite struct RoundTripTests {
    @Test(arguments: exampleNames)
    func ownDocxGivesBackTheSchedule(_ name: String) throws {
        let schedule = try loadExample(name)
        let docxBytes = try DocxRenderer().renderBytes(schedule)
        let result = try importBytes(docxBytes)
        #expect(result.warnings.isEmpty, "\(result.warnings.map(\.message.code))")
        #expect(result.kept.isEmpty)
        let loaded = reload(result)
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        let reread = try #require(loaded.schedule)
        #expect(reread == schedule, "the import differs from \(name)")
        // Field by field too, so that a failure says where.
        #expect(reread.agency == schedule.agency)
        #expect(reread.title == schedule.title && reread.summary == schedule.summary && reread.banner == schedule.banner)
        #expect(reread.sections == schedule.sections)
        #expect(reread.recipients == schedule.recipients && reread.electronic == schedule.electronic)
        #expect(reread.signature == schedule.signature)
    }

    /// The summary counts what the agenda holds.
    @Test func summaryCountsDaysAndItems() throws {
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        let result = try importBytes(try DocxRenderer().renderBytes(schedule))
        let days = agendaDays(schedule)
        #expect(result.dayCount == days.count)
        #expect(result.itemCount == days.reduce(0) { $0 + $1.items.count })
    }
}
