import CongTacCalendar
import CongTacLoading
import CongTacModel
import Foundation
import Testing

/// What `congtac new` writes, as a process: the draft the library describes, read back as the same
/// `Schedule`, and byte for byte the files of before the writer moved into the library.
@Suite struct NewDraftReadBackTests {
    static let goldens = packageRoot.appendingPathComponent("Tests/CongTacCLITests/Goldens/new")

    /// Tết in January 2025 and in February 2026, Giỗ Tổ and 30/4 in April, Quốc khánh in September.
    @Test(arguments: ["2025-01", "2025-02", "2025-04", "2025-09", "2026-02"])
    func everyDraftReadsBackAsTheLibrarysDraft(_ monthText: String) throws {
        let month = YearMonth(year: Int(monthText.prefix(4))!, month: Int(monthText.suffix(2))!)
        for previousName in [nil] + exampleNames {
            let arguments = ["new", monthText] + (previousName.map { ["--from", example($0)] } ?? [])
            let result = try congtac(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let previous = try previousName.map(loadExample)
            let draft = ScheduleDraft(month: month, previous: previous, holidays: previous?.holidays ?? HolidayCalendar())
            #expect(result.stdout == draft.text(), "\(arguments)")
            let read = ScheduleLoader(language: .en).load(data: Data(result.stdout.utf8), name: "\(monthText).yaml")
            #expect(!read.diagnostics.hasErrors, "\(arguments): \(read.diagnostics)")
            #expect(read.schedule == draft.schedule, "\(arguments)")
        }
    }

    /// The drafts of before the writer moved, kept as files: `new`'s output must not drift.
    @Test(arguments: ["2025-03", "2026-02-from-khcn-ha-tinh-2025-02", "2025-01-from-khcn-bac-giang-2020-07"])
    func draftsAreByteForByteAsBefore(_ name: String) throws {
        let parts = name.components(separatedBy: "-from-")
        let arguments = ["new", parts[0]] + (parts.count > 1 ? ["--from", example(parts[1])] : [])
        let result = try congtac(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let golden = Self.goldens.appendingPathComponent(name + ".yaml")
        if recordingGoldens {
            try recordGolden(Data(result.stdout.utf8), at: golden)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if result.stdout != expected {
            Issue.record("\(name) differs from its golden:\n\(lineDiff(expected, result.stdout))")
        }
    }
}
