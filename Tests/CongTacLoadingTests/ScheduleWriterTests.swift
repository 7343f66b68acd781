import CongTacCalendar
import CongTacModel
import Foundation
import Testing
@testable import CongTacLoading

/// `ScheduleWriter` and `ScheduleLoader` are a pair: reading what was written gives the same
/// `Schedule` back, for the examples, for every draft `congtac new` writes, and for random schedules.
@Suite struct ScheduleWriterTests {
    /// Writes `schedule`, reads it back, and checks both the value and that the file loads clean.
    func expectReadBack(_ schedule: Schedule, text: String, _ context: String, name: String = "written.yaml") {
        let result = ScheduleLoader(language: .en).load(data: Data(text.utf8), name: name)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(context): \(errors)\n\(Self.excerpt(text, around: errors.first?.location?.line))")
        guard let read = result.schedule else {
            Issue.record("\(context): nothing read back")
            return
        }
        if read != schedule {
            let diff = lineDiff(Self.dump(schedule), Self.dump(read), context: 4)
            let line = diff.split(separator: "\n").first { $0.hasPrefix("-") }.map { String($0) } ?? ""
            Issue.record("\(context): read back differently:\n\(diff)\n\(line)")
        }
    }

    /// One value per line, for a line diff that points at the field that differs.
    static func dump(_ schedule: Schedule) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(schedule)).map { String(decoding: $0, as: UTF8.self) } ?? "\(schedule)"
    }

    /// The lines of `text` around `line`, for a failure message.
    static func excerpt(_ text: String, around line: Int?) -> String {
        let lines = text.components(separatedBy: "\n")
        let center = (line ?? 1) - 1
        return lines.indices.filter { abs($0 - center) <= 3 }.map { "\($0 + 1): \(lines[$0])" }.joined(separator: "\n")
    }

    @Test(arguments: exampleNames)
    func examplesReadBack(_ name: String) throws {
        let schedule = try loadExample(name)
        expectReadBack(schedule, text: ScheduleWriter().text(schedule), name)
    }

    /// The months of the drafts: Tết in January (2025) and in February (2026), a leap lunar year,
    /// Giỗ Tổ, 30/4 with 1/5, Quốc khánh, a December and a month far from the announced calendars.
    static let draftMonths = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-09", "2025-12", "2026-01",
                              "2026-02", "2026-04", "2023-01", "2020-08", "2031-01"].map {
        YearMonth(year: Int($0.prefix(4))!, month: Int($0.suffix(2))!)
    }

    @Test(arguments: [nil] + exampleNames)
    func draftsReadBack(from previousName: String?) throws {
        let previous = try previousName.map(loadExample)
        for month in Self.draftMonths {
            let draft = ScheduleDraft(month: month, previous: previous, holidays: previous?.holidays ?? HolidayCalendar())
            expectReadBack(draft.schedule, text: draft.text(), "\(ScheduleDraft.yearMonth(month)) from \(previousName ?? "nothing")")
        }
    }

    /// Random schedules with hostile texts; the seed is fixed (`CONGTAC_TEST_SEED` overrides it)
    /// and named in every failure.
    @Test func randomSchedulesReadBack() {
        var random = RandomSchedule(seed: 0x5C4E_D01E)
        let seed = random.generator.description
        for round in 0..<300 {
            let schedule = random.schedule()
            let text = ScheduleWriter().text(schedule)
            expectReadBack(schedule, text: text, "round \(round), \(seed)")
            expectReadBack(schedule, text: ScheduleWriter().json(schedule), "JSON, round \(round), \(seed)", name: "written.json")
        }
    }

    /// The server's editor receives the schedule as JSON and sends it back: the same value, for the
    /// examples and the drafts (the random schedules above are written both ways too).
    @Test(arguments: exampleNames)
    func examplesReadBackFromJSON(_ name: String) throws {
        let schedule = try loadExample(name)
        let json = ScheduleWriter().json(schedule)
        expectReadBack(schedule, text: json, name, name: "written.json")
        #expect(json.hasPrefix("{\n  \"agency\": {\n    \"parent\": "))
        let draft = ScheduleDraft(month: YearMonth(year: 2026, month: 2), previous: schedule, holidays: schedule.holidays)
        expectReadBack(draft.schedule, text: ScheduleWriter().json(draft.schedule), "draft from \(name)", name: "draft.json")
    }

    /// JSON strings: quotes, backslashes, control characters and JavaScript's line terminators escaped.
    @Test func jsonStringsAreEscaped() {
        var out = JSONOut()
        out.string("a\"b\\c\u{7}\u{2028}\u{85}đ")
        #expect(out.text == #""a\"b\\c\u0007\u2028\u0085đ""#)
        var html = ""
        JSONText.quote("<b>&</b>", htmlSafe: true, into: &html)
        #expect(html == #""\u003Cb\u003E\u0026\u003C/b\u003E""#)
        var plain = ""
        JSONText.quote("<b>&</b>", into: &plain)
        #expect(plain == #""<b>&</b>""#)
    }

    /// The layout a clerk reads: no comments without notes, every text quoted, one item per block.
    @Test func writtenFileKeepsTheClerksLayout() throws {
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        let text = ScheduleWriter().text(schedule)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") })
        // No flow mappings: every mapping is a block, every item its own block of lines.
        #expect(!text.contains("{"))
        let textKeys: Set<String> = ["parent", "name", "code", "place", "banner", "title", "summary", "heading", "note",
                                     "text", "time", "unit", "leader", "authority", "position"]
        for line in lines {
            let content = line.drop { $0 == " " || $0 == "-" }.drop { $0 == " " }
            guard let colon = content.range(of: ": ") else {
                // A list entry of texts, or a key opening a block.
                #expect(content.hasPrefix("\"") || content.hasSuffix(":"), "\(line)")
                continue
            }
            let key = String(content[..<colon.lowerBound])
            if textKeys.contains(key) { #expect(content[colon.upperBound...].hasPrefix("\""), "\(line)") }
        }
        #expect(text.contains("\n      days:\n        - day: \"1-2\"\n          text: \"NGHỈ TẾT NGUYÊN ĐÁN ẤT TỴ\"\n\n        - day: 3\n"))
        #expect(text.contains("\n            - time: \"Sáng\"\n              text: \""))
        #expect(text.hasPrefix("agency:\n  parent: \"UBND TỈNH HÀ TĨNH\"\n"))
    }

    /// The draft's comments stand only where `new` puts them: the key lines the notes name, the
    /// turned-off lines, and whole-line guidance; nothing else of the writer's own.
    @Test func draftCommentsComeFromTheNotes() {
        let draft = ScheduleDraft(month: YearMonth(year: 2026, month: 2))
        let bare = ScheduleWriter().text(draft.schedule)
        let annotated = draft.text()
        // Without its comments and blank lines the draft is the bare file.
        func data(_ text: String) -> [String] {
            text.split(separator: "\n").map(String.init).compactMap { line in
                if line.trimmingCharacters(in: .whitespaces).hasPrefix("#") { return nil }
                guard let hash = line.range(of: "  # ") else { return line }
                return String(line[..<hash.lowerBound]).replacingOccurrences(of: " +$", with: "", options: .regularExpression)
            }
        }
        // The sections' `items:` keys are kept for the turned-off items: the one addition.
        #expect(data(annotated).filter { !$0.hasSuffix("items:") } == data(bare))
    }

    /// An empty signature block is `{}`, not a bare key that reads as null.
    @Test func emptySignatureIsAnEmptyBlock() {
        var schedule = Schedule(agency: Agency(name: "SỞ"), place: "Hà Tĩnh", date: DocumentDate(year: 2025, month: 3),
                                sections: [Section(heading: "I")], signature: Signature())
        expectReadBack(schedule, text: ScheduleWriter().text(schedule), "empty signature")
        schedule.recipients = []
        #expect(ScheduleWriter().text(schedule).contains("\nrecipients:\nsignature: {}\n"))
    }

    /// Every key the writer writes is one the reader knows, from the one table.
    @Test func theKeysAreOneTable() {
        #expect(KeySet(ScheduleKey.topLevel).names.contains("days_off"))
        #expect(Set(ScheduleKey.allCases).count == ScheduleKey.allCases.count)
        let listed = Set(ScheduleKey.topLevel + ScheduleKey.agencyKeys + ScheduleKey.signatureKeys + ScheduleKey.dayOffKeys
                         + ScheduleKey.sectionKeys + ScheduleKey.agendaKeys + ScheduleKey.dayKeys + ScheduleKey.itemKeys
                         + ScheduleKey.leaderKeys + ScheduleKey.officeHoursKeys)
        #expect(listed == Set(ScheduleKey.allCases))
    }

    /// Found by the random test (seed 0x1): the check for deep `[`/`{` nesting took `\"` for the end
    /// of a double-quoted text and counted the brackets after it, refusing a valid file as too-deep.
    @Test func bracketsInsideQuotedTextsAreText() {
        let brackets = String(repeating: "[", count: 70)
        let base = "agency: {name: SỞ}\nplace: Hà Tĩnh\ndate: 2025-02-03\nsections: [{heading: H}]\n"
        let double = load(base + "title: \"Họp \\\" \(brackets)\"\n")
        #expect(double.diagnostics.isEmpty, "\(double.diagnostics)")
        #expect(double.schedule?.title == "Họp \" \(brackets)")
        let single = load(base + "title: 'it''s \(brackets)'\n")
        #expect(single.diagnostics.isEmpty, "\(single.diagnostics)")
        #expect(single.schedule?.title == "it's \(brackets)")
        // An escaped backslash before the closing quote still closes it: real nesting is refused.
        #expect(places(base + "title: [\"a\\\\\", \(brackets)]\n").contains("5:79 error too-deep"))
    }

    /// Notes that speak at every place they can, with texts that would be data if they escaped their
    /// comment: whatever a writer's notes say, the file means the schedule.
    struct LoudNotes: ScheduleNotes {
        static let hostile = "ghi chú\nplace: \"Khác\"\r- day: 1\u{2028}x"
        var preamble: [ScheduleNote] { [.comment(Self.hostile), .blank] }
        func comment(on key: ScheduleKey, in place: SchedulePlace) -> String? { Self.hostile }
        func notes(before index: Int, of key: ScheduleKey, in place: SchedulePlace) -> [ScheduleNote] {
            [.comment(Self.hostile), .disabled(.text("tắt\n- bật"), comment: Self.hostile), .blank]
        }
        func notes(inPlaceOf key: ScheduleKey, in place: SchedulePlace) -> [ScheduleNote] {
            [.disabled(.number(1), comment: Self.hostile),
             .disabled(.day(AgendaDay(days: DayRange(2, 3), note: "n", items: [AgendaItem(text: "t")])))]
        }
    }

    @Test func notesChangeNothingThatTheFileMeans() {
        var random = RandomSchedule(seed: 0x4E07_E5)
        let seed = random.generator.description
        for round in 0..<60 {
            let schedule = random.schedule()
            expectReadBack(schedule, text: ScheduleWriter().text(schedule, notes: LoudNotes()), "round \(round), \(seed)")
        }
    }
}
