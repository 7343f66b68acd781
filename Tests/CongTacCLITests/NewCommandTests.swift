import Foundation
import Testing

/// `congtac new YYYY-MM [--from PREVIOUS] [--output FILE] [--force]`, run as a subprocess: every draft
/// must pass `congtac check` (warnings only) and render to DOCX.
@Suite struct NewCommandTests {
    /// Writes `text` to `name` in `folder` and returns the path.
    func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Checks and renders `path`; returns the warning lines of `check`.
    func checkAndRender(_ path: String, in folder: URL) throws -> [String] {
        let check = try congtac(["check", path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stderr.contains("error:"), "\(check.stderr)")
        let render = try congtac(["render", path, "--format", "docx", "--output", folder.path])
        #expect(render.status == 0, "\(render.stderr)")
        let docx = folder.appendingPathComponent(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent + ".docx")
        let data = try Data(contentsOf: docx)
        #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        return check.stderr.split(separator: "\n").map(String.init)
    }

    /// What `check` says of the working days left empty (one warning): how many, and which
    /// (`04/3–31/3`, or `Tuesday 04/3/2025` for a single day).
    func missingDays(_ warnings: [String]) -> (count: Int, days: String) {
        let missing = warnings.filter { $0.hasSuffix("[weekday-missing]") }
        #expect(missing.count <= 1, "\(missing)")
        guard let line = missing.first, let text = line.components(separatedBy: ": warning: ").last else { return (0, "") }
        let message = String(text.dropLast(" [weekday-missing]".count))
        guard let colon = message.range(of: ": ") else { return (1, message) }
        return (Int(message.prefix { $0.isNumber }) ?? -1, String(message[colon.upperBound...]))
    }

    @Test func february2025WithoutPrevious() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try congtac(["new", "2025-02"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let text = result.stdout
        #expect(text.contains("month: 2025-02"))
        #expect(text.contains("date: 2025-02 "))
        #expect(text.contains("summary: \"Công tác tháng 02 năm 2025\""))
        #expect(text.contains("banner: \"CHÚC MỪNG NĂM MỚI\""))  // the Tết break reaches into February
        #expect(text.contains("name: \"[TÊN CƠ QUAN]\""))
        #expect(!text.contains("\nnumber:"))
        // The Saturday and Sunday of the Tết break are one whole-day entry.
        #expect(text.contains("- day: \"1-2\""))
        #expect(text.contains("text: \"NGHỈ TẾT NGUYÊN ĐÁN ẤT TỴ\""))
        #expect(text.contains("# - day: 3 "))
        #expect(!text.contains("# - day: 8 "))  // a Saturday
        let warnings = try checkAndRender(write(text, "2025-02.yaml", in: folder), in: folder)
        // Every working day of February 2025 is still to fill in.
        #expect(missingDays(warnings).count == 20)
        #expect(warnings.allSatisfy { $0.hasSuffix("[weekday-missing]") })
    }

    @Test func february2026HasTheTetBreakAsWholeDayText() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("lich-2026-02.yaml").path
        let result = try congtac(["new", "2026-02", "--output", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "đã ghi \(path)\n")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("- day: \"14-22\""))
        #expect(text.contains("text: \"NGHỈ TẾT NGUYÊN ĐÁN BÍNH NGỌ\""))
        for day in 16...20 { #expect(!text.contains("- day: \(day) ")) }
        #expect(text.contains("# - day: 13 "))
        #expect(text.contains("# - day: 23 "))
        let warnings = try checkAndRender(path, in: folder)
        // Two weeks before the Tết break, one after: the break's weekdays end the first run.
        #expect(missingDays(warnings).count == 15)
        #expect(missingDays(warnings).days == "02/02–13/02, 23/02–27/02")
    }

    @Test func fromThePreviousMonth() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("khcn-2025-03.yaml").path
        let result = try congtac(["new", "2025-03", "--from", example("khcn-ha-tinh-2025-02"), "--output", path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("title: \"CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2025 CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ\""))
        #expect(!text.contains("THÁNG 02"))
        #expect(text.contains("month: 2025-03"))
        #expect(text.contains("date: 2025-03 "))
        #expect(!text.contains("\nbanner:"))  // March is past the Tết season
        #expect(!text.contains("\nnumber:"))
        // The header, recipients and signature are kept.
        #expect(text.contains("parent: \"UBND TỈNH HÀ TĨNH\""))
        #expect(text.contains("code: \"KHCN\""))
        #expect(text.contains("place: \"Hà Tĩnh\""))
        for recipient in ["UBND tỉnh", "Giám đốc, các PGĐ Sở", "Công TTĐT Sở (để đăng tải)", "Lưu: VT, VP"] {
            #expect(text.contains("  - \"\(recipient)\"\n"), "\(recipient)")
        }
        #expect(text.contains("signature:"))
        #expect(text.contains("authority: \"SỞ KHOA HỌC VÀ CÔNG NGHỆ\""))
        // The focus-task section keeps its heading; last month's tasks are offered as comments.
        #expect(text.contains("- heading: \"MỘT SỐ NHIỆM VỤ TRỌNG TÂM\""))
        #expect(text.contains("# - \"Xây dựng văn kiện và các nội dung Đại hội Đảng bộ Sở nhiệm kỳ 2025 - 2030;\""))
        #expect(text.contains("- heading: \"DỰ KIẾN CHƯƠNG TRÌNH CÔNG TÁC\""))
        // None of February's days.
        #expect(!text.contains("Lễ giao, nhận quân"))
        let warnings = try checkAndRender(path, in: folder)
        #expect(missingDays(warnings).count == 21)

        // The date's month moves with the decree's leading zero, and the year too.
        let january = try congtac(["new", "2026-01", "--from", example("khcn-ha-tinh-2025-02")])
        #expect(january.status == 0, "\(january.stderr)")
        #expect(january.stdout.contains("THÁNG 01 NĂM 2026 CỦA"))
        // A quarterly programme keeps its quarter unless the month leaves it.
        let august = try congtac(["new", "2020-08", "--from", example("khcn-bac-giang-2020-07")])
        #expect(august.stdout.contains("summary: \"Công tác tháng 8 và Quý III năm 2020\""))
        #expect(august.stdout.contains("- heading: \"CHƯƠNG TRÌNH CÔNG TÁC THÁNG 8\""))
        #expect(august.stdout.contains("\nelectronic:") && august.stdout.contains("  - \"pth@bacgiang.gov.vn\"\n"))
        let october = try congtac(["new", "2020-10", "--from", example("khcn-bac-giang-2020-07")])
        #expect(october.stdout.contains("summary: \"Công tác tháng 10 và Quý IV năm 2020\""))
        let draft = try write(october.stdout, "bac-giang-2020-10.yaml", in: folder)
        _ = try checkAndRender(draft, in: folder)
    }

    @Test func aFilledInDayCountsAndAnUnfilledOneIsAnError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try congtac(["new", "2025-03"]).stdout
        /// The draft with the entry of day 3 uncommented, its text set to `work`.
        func uncommentingDay3(_ work: String) -> String {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let start = lines.firstIndex { $0.hasPrefix("        # - day: 3 ") }!
            // What an editor's "uncomment" does: the first `# ` of each line goes.
            for index in start..<(start + 6) {
                let line = lines[index]
                let mark = line.range(of: "# ")!
                lines[index] = line.replacingCharacters(in: mark, with: "")
            }
            lines[start + 3] = lines[start + 3].replacingOccurrences(of: "text: \"\"", with: "text: \(work)")
            return lines.joined(separator: "\n")
        }
        let filled = try write(uncommentingDay3("\"Giao ban: triển khai nhiệm vụ tháng\""), "filled.yaml", in: folder)
        let warnings = try checkAndRender(filled, in: folder)
        #expect(missingDays(warnings).count == 20)
        #expect(missingDays(warnings).days == "04/3–31/3")

        let unfilled = try write(uncommentingDay3("\"\""), "unfilled.yaml", in: folder)
        let check = try congtac(["check", unfilled])
        #expect(check.status == 1)
        #expect(check.stderr.contains("[empty-text]"))
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write("giữ nguyên\n", "lich.yaml", in: folder)
        let refused = try congtac(["new", "2025-03", "--output", path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--force"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "giữ nguyên\n")
        let forced = try congtac(["new", "2025-03", "--output", path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("month: 2025-03"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["lich.yaml"])

        // Never over the --from file, even with --force.
        let previous = try write(String(contentsOfFile: example("khcn-ha-tinh-2025-02"), encoding: .utf8), "prev.yaml", in: folder)
        let same = try congtac(["new", "2025-03", "--from", previous, "--output", previous, "--force"])
        #expect(same.status == 1)
        #expect(try String(contentsOfFile: previous, encoding: .utf8).contains("month: 2025-02"))
    }

    @Test func badArguments() throws {
        for argument in ["2025-13", "abc", "1899-01"] {
            let result = try congtac(["new", argument])
            #expect(result.status != 0, "\(argument)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("tháng không hợp lệ") || result.stderr.contains("1900–2100"))
        }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = try write("agency: {name: SỞ X}\nplace: Hà Tĩnh\ndate: 2025-02-30\nsections: []\n", "broken.yaml", in: folder)
        let result = try congtac(["new", "2025-03", "--from", broken, "--output", folder.appendingPathComponent("new.yaml").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.yaml:3:7: error: "))
        #expect(result.stderr.contains("[invalid-date]"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new.yaml").path))
    }
}
