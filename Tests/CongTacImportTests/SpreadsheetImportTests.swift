import CongTacImport
import CongTacModel
import CongTacTestSupport
import Testing

/// Spreadsheets written from every example give back the example's agenda, with the rest of the
/// programme from `--from`; and the spreadsheet forms offices use.
@Suite struct SpreadsheetImportTests {
    private func agendaExamples() throws -> [(String, Schedule)] {
        try exampleNames.map { ($0, try loadExample($0)) }.filter { $0.1.month != nil }
    }

    @Test func csvRoundTrip() throws {
        for (name, schedule) in try agendaExamples() {
            for (separator, bom) in [(";", true), (",", false)] {
                let bytes = SpreadsheetWriter.csv(agendaDays(schedule), separator: separator, bom: bom)
                // Day numbers: the month comes from --month.
                let result = try importBytes(bytes, "csv", options: ImportOptions(month: schedule.month, previous: schedule))
                #expect(agendaDays(result.schedule) == agendaDays(schedule), "\(name) \(separator)")
                #expect(result.schedule.month == schedule.month)
                #expect(result.warnings.isEmpty, "\(result.warnings)")
                let loaded = reload(result)
                #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
                #expect(loaded.schedule.map(agendaDays) == agendaDays(schedule))
            }
        }
    }

    @Test func xlsxRoundTrip() throws {
        for (name, schedule) in try agendaExamples() {
            let month = try #require(schedule.month)
            let bytes = try SpreadsheetWriter.xlsx(agendaDays(schedule), month: month)
            // No --month: the date cells say it. The cover sheet has no agenda and is passed over.
            let result = try importBytes(bytes, "xlsx", options: ImportOptions(previous: schedule))
            #expect(agendaDays(result.schedule) == agendaDays(schedule), "\(name)")
            #expect(result.schedule.agency == schedule.agency && result.schedule.recipients == schedule.recipients)
            #expect(result.schedule.signature == schedule.signature)
            #expect(!reload(result).diagnostics.hasErrors)
        }
    }

    @Test func sheetByName() throws {
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        let bytes = try SpreadsheetWriter.xlsx(agendaDays(schedule), month: schedule.month!, sheetName: "Tháng 2")
        let named = try importBytes(bytes, "xlsx", options: ImportOptions(previous: schedule, sheet: "Tháng 2"))
        #expect(agendaDays(named.schedule) == agendaDays(schedule))
        #expect(throws: ImportError.sheetNotFound("Tháng 3", available: ["Bìa", "Tháng 2"])) {
            try importBytes(bytes, "xlsx", options: ImportOptions(previous: schedule, sheet: "Tháng 3"))
        }
        #expect(throws: ImportError.noAgendaColumns("Bìa")) {
            try importBytes(bytes, "xlsx", options: ImportOptions(previous: schedule, sheet: "Bìa"))
        }
    }

    /// Day numbers need the month; dd/mm/yyyy texts say it; a label in the text sets the time.
    @Test func csvFormsOfficesUse() throws {
        let text = """
            STT,Thời gian,Nội dung công việc,Đơn vị chuẩn bị,Lãnh đạo chủ trì
            1,Thứ Hai 03/3/2025,"Sáng: Họp giao ban, triển khai nhiệm vụ",Văn phòng,Đ/c Hoàn
            2,,Chiều: Kiểm tra cơ sở,Phòng QLKH,Đ/c Bình
            3,05/03/2025,"Làm việc với ""Tập đoàn"" TKV",Văn phòng,Đ/c Hoàn
            4,Thứ Tư 07/3/2025,Họp Hội đồng,Phòng QLKH,Đ/c An
            """
        let result = try importBytes(Array(text.utf8), "csv")
        let schedule = result.schedule
        #expect(agendaDays(schedule).map(\.days) == [DayRange(3), DayRange(5), DayRange(7)])
        #expect(day(schedule, 3)?.items.map(\.time) == ["Sáng", "Chiều"])
        #expect(day(schedule, 3)?.items.first?.text == "Họp giao ban, triển khai nhiệm vụ")
        #expect(day(schedule, 5)?.items.first?.text == "Làm việc với \"Tập đoàn\" TKV")
        // 07/3/2025 is a Friday: the date wins, the slip is a warning at its line.
        let mismatch = result.warnings.first { $0.message.code == "import-weekday-mismatch" }
        #expect(mismatch?.place == .line(5))
        // Without --from the header part is the draft's placeholders, and said so.
        #expect(result.warnings.contains { $0.message.code == "import-header-missing" })
        #expect(!reload(result).diagnostics.hasErrors)
    }

    @Test func otherEncodingsAreRefused() {
        // "Ngày" in Windows-1258 (à = 0xE0, y = 0x79): not UTF-8.
        let windows1258: [UInt8] = [0x4E, 0x67, 0xE0, 0x79, 0x3B, 0x4E, 0x1E, 0x69, 0x0A]
        #expect(throws: ImportError.notUTF8) { try importBytes(windows1258, "csv") }
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("Ngày".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(throws: ImportError.notUTF8) { try importBytes(utf16, "csv") }
        #expect(ImportError.notUTF8.message.vi.contains("UTF-8"))
    }

    /// A row without work text but with words elsewhere (a note typed under STT, a unit alone) is
    /// kept aside with a warning; it was dropped without a word.
    @Test func rowsWithoutWorkTextLoseNothing() throws {
        let text = """
            STT,Thời gian,Nội dung công việc,Đơn vị chuẩn bị,Lãnh đạo chủ trì
            1,03/03/2025,Họp giao ban,Văn phòng,Đ/c Hoàn
            Ghi chú: họp tại phòng 2,,,,
            3,,,Phòng QLKH,
            4,,,,
            """
        let result = try importBytes(Array(text.utf8), "csv")
        #expect(result.kept.map(\.text) == ["Ghi chú: họp tại phòng 2", "Phòng QLKH"])
        #expect(result.warnings.filter { $0.message.code == "import-unplaced" }.count == 2)
        #expect(day(result.schedule, 3)?.items.map(\.text) == ["Họp giao ban"])
        #expect(!reload(result).diagnostics.hasErrors)
    }

    /// Fuzz finding F12: text typed with the old .VnTime fonts (TCVN3, here "công tác tháng" as
    /// "c«ng t¸c th¸ng") was written into the draft, in an item or in a note the importer kept, and
    /// the draft then failed `check`. The import now stops with `check`'s own message.
    @Test func legacyEncodingIsRefusedWhereverItIs() throws {
        let header = "STT,Thời gian,Nội dung công việc,Đơn vị chuẩn bị,Lãnh đạo chủ trì\n"
        let inItem = header + "1,03/03/2025,Häp giao ban c«ng t¸c th¸ng,Văn phòng,Đ/c Hoàn\n"
        let inNote = header + "1,03/03/2025,Họp giao ban,Văn phòng,Đ/c Hoàn\n2,c«ng t¸c th¸ng Ba,,,\n"
        for text in [inItem, inNote] {
            #expect(throws: ImportError.legacyEncoding("TCVN3 (ABC)", sample: "c«ng")) { try importBytes(Array(text.utf8), "csv") }
        }
        #expect(ImportError.legacyEncoding("TCVN3 (ABC)", sample: "c«ng").message.code == "legacy-encoding")
        // The same rows in Unicode import, and the draft passes `check`.
        let unicode = header + "1,03/03/2025,Họp giao ban công tác tháng,Văn phòng,Đ/c Hoàn\n2,công tác tháng Ba,,,\n"
        let result = try importBytes(Array(unicode.utf8), "csv")
        #expect(result.kept.map(\.text) == ["2 | công tác tháng Ba"])
        #expect(!reload(result).diagnostics.hasErrors)
    }
}
