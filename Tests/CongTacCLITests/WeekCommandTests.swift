import Foundation
import Testing

/// `render --view week`: which weeks are written, the refusals, `--partial`, `--week`, the names.
@Suite struct WeekCommandTests {
    /// A small month file with one listed working day (its first Monday), and the given extra text.
    static func monthFile(_ month: String, in folder: URL, name: String? = nil, extra: String = "") throws -> String {
        let path = folder.appendingPathComponent(name ?? "lich-\(month).yaml")
        let yaml = """
            agency: {name: SỞ KHOA HỌC VÀ CÔNG NGHỆ}
            place: Hà Tĩnh
            date: \(month)
            month: \(month)
            sections:
              - heading: LỊCH CÔNG TÁC
                agenda:
                  days:
                    - day: 3
                      items:
                        - {time: Sáng, text: Họp giao ban, unit: Văn phòng Sở, leader: Đ/c Hoàn}
            recipients: [UBND tỉnh, "Lưu: VT"]
            signature: {authority: KT. GIÁM ĐỐC, position: PHÓ GIÁM ĐỐC, name: Nguyễn Văn A}
            \(extra)
            """
        try yaml.write(to: path, atomically: true, encoding: .utf8)
        return path.path
    }

    static func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("-week-") }.sorted()
    }

    @Test func aWeekWithAMissingMonthIsRefusedAndNamesIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let march = try Self.monthFile("2025-03", in: folder)
        let result = try congtac(["render", march, "--view", "week", "--output", folder.path])
        #expect(result.status == 1)
        // 2025-W09 (24/02–02/03) needs February; 2025-W14 (31/03–06/04) needs April.
        #expect(result.stderr.contains("\(march):1:1: error:"))
        #expect(result.stderr.contains("2025-W09 (24/02–02/03/2025)"))
        #expect(result.stderr.contains("tháng 02/2025"))
        #expect(result.stderr.contains("tháng 04/2025"))
        #expect(result.stderr.contains("[week-missing-month]"))
        #expect(try Self.names(in: folder) == ["lich-2025-03-week-2025-W10.docx", "lich-2025-03-week-2025-W11.docx",
                                               "lich-2025-03-week-2025-W12.docx", "lich-2025-03-week-2025-W13.docx"])
    }

    @Test func partialWritesTheWeeksWithoutTheMissingDays() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let march = try Self.monthFile("2025-03", in: folder)
        let result = try congtac(["render", march, "--view", "week", "--partial", "--format", "html", "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.names(in: folder).count == 6)
        let w09 = try String(contentsOf: folder.appendingPathComponent("lich-2025-03-week-2025-W09.html"), encoding: .utf8)
        #expect(w09.contains("Tuần 09 (từ ngày 24/02 đến ngày 02/03/2025)"))
        #expect(!w09.contains("24/02</span>"))
        #expect(w09.contains("01-02/03"))
    }

    @Test func twoMonthsMakeTheWeekBetweenThem() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let february = try Self.monthFile("2025-02", in: folder)
        let march = try Self.monthFile("2025-03", in: folder)
        let result = try congtac(["render", february, march, "--view", "week", "--week", "2025-W09", "--format", "docx,html",
                                  "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        // Named after the file of the week's Monday.
        #expect(try Self.names(in: folder) == ["lich-2025-02-week-2025-W09.docx", "lich-2025-02-week-2025-W09.html"])
        let page = try String(contentsOf: folder.appendingPathComponent("lich-2025-02-week-2025-W09.html"), encoding: .utf8)
        #expect(page.contains("24/02") && page.contains("01-02/03"))
    }

    /// The week's PDF goes through the month's layout: written beside the DOCX, one page, its
    /// text the week's (pdftotext, when poppler is installed).
    @Test func twoMonthsMakeTheWeeksPDF() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let february = try Self.monthFile("2025-02", in: folder)
        let march = try Self.monthFile("2025-03", in: folder)
        let result = try congtac(["render", february, march, "--view", "week", "--week", "2025-W09", "--format", "pdf,docx",
                                  "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.names(in: folder) == ["lich-2025-02-week-2025-W09.docx", "lich-2025-02-week-2025-W09.pdf"])
        let pdf = folder.appendingPathComponent("lich-2025-02-week-2025-W09.pdf")
        #expect(try Data(contentsOf: pdf).starts(with: Array("%PDF-".utf8)))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-layout", pdf.path, "-"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("LỊCH CÔNG TÁC TUẦN"))
        #expect(text.contains("Tuần 09 (từ ngày 24/02 đến ngày 02/03/2025)"))
        #expect(text.contains("24/02") && text.contains("01-02/03"))
        #expect(!text.contains("\u{0C}2"), "one page")
    }

    @Test func aWeekNoFileCoversAndABadWeekAreRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let march = try Self.monthFile("2025-03", in: folder)
        let uncovered = try congtac(["render", march, "--view", "week", "--week", "2025-W30", "--output", folder.path])
        #expect(uncovered.status == 1)
        #expect(uncovered.stderr.contains("[week-not-covered]"))
        let bad = try congtac(["render", march, "--view", "week", "--week", "2025-W54"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("2025-W54"))
        let notWeek = try congtac(["render", march, "--week", "2025-W10"])
        #expect(notWeek.status != 0)
        #expect(notWeek.stderr.contains("--view week"))
        let ics = try congtac(["render", march, "--view", "week", "--format", "ics"])
        #expect(ics.status != 0)
        #expect(ics.stderr.contains("--view week"))
        #expect(try Self.names(in: folder).isEmpty)
    }

    @Test func twoFilesForOneMonthAreRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.monthFile("2025-03", in: folder)
        let second = try Self.monthFile("2025-03", in: folder, name: "lich-ban-2.yaml")
        let result = try congtac(["render", first, second, "--view", "week", "--week", "2025-W11", "--output", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(second):1:1: error:"))
        #expect(result.stderr.contains("[week-same-month]"))
    }

    @Test func weekOverridesSignTheWeek() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let march = try Self.monthFile("2025-03", in: folder, extra: """
            week:
              recipients: ["Các phòng, đơn vị thuộc Sở"]
              signature: {authority: TL. GIÁM ĐỐC, position: CHÁNH VĂN PHÒNG, name: Trần Thị B}
            """)
        #expect(try congtac(["check", march]).status == 0)
        let result = try congtac(["render", march, "--view", "week", "--week", "2025-W10", "--format", "html", "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("lich-2025-03-week-2025-W10.html"), encoding: .utf8)
        #expect(page.contains("TL. GIÁM ĐỐC") && page.contains("CHÁNH VĂN PHÒNG") && page.contains("Trần Thị B"))
        #expect(page.contains("<li>- Các phòng, đơn vị thuộc Sở.</li>"))
        #expect(!page.contains("UBND tỉnh"))
        #expect(!page.contains("PHÓ GIÁM ĐỐC"))
        // The monthly document keeps its own closing.
        #expect(try congtac(["render", march, "--format", "html", "--output", folder.path]).status == 0)
        let monthly = try String(contentsOf: folder.appendingPathComponent("lich-2025-03.html"), encoding: .utf8)
        #expect(monthly.contains("PHÓ GIÁM ĐỐC") && !monthly.contains("CHÁNH VĂN PHÒNG"))
    }
}

/// `render --fragment --inline`.
@Suite struct InlineCommandTests {
    @Test func writesTheInlinedFragmentBesideTheOthers() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try congtac(["render", example("khcn-ha-tinh-2025-02"), "--format", "html", "--fragment", "--inline",
                                  "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("khcn-ha-tinh-2025-02.inline.html"), encoding: .utf8)
        #expect(page.hasPrefix("<div style=\"all: initial;"))
        #expect(!page.contains("<style") && !page.contains("class="))
    }

    @Test func inlineNeedsTheFragment() throws {
        for arguments in [["--inline"], ["--inline", "--format", "docx", "--fragment"]] {
            let result = try congtac(["render", example("khcn-ha-tinh-2025-02")] + arguments)
            #expect(result.status != 0)
            #expect(result.stderr.contains("--inline"))
        }
    }
}
