import Foundation
import Testing

/// `render --format ics` and `--view leader [--leader NAME]` from the command line.
@Suite struct LeaderViewCommandTests {
    @Test func icsBesideTheOtherOutputs() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try congtac(["render", example("khcn-ha-tinh-2025-02"), "--format", "html,ics", "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let ics = try Data(contentsOf: folder.appendingPathComponent("khcn-ha-tinh-2025-02.ics"))
        #expect(ics.starts(with: Array("BEGIN:VCALENDAR\r\n".utf8)))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("khcn-ha-tinh-2025-02.html").path))
    }

    @Test func everyLeaderOrOne() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = example("khcn-ha-tinh-2025-02")
        let all = try congtac(["render", file, "--view", "leader", "--format", "html,ics", "--output", folder.path])
        #expect(all.status == 0, "\(all.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["an", "bang", "binh", "hoan"].flatMap {
            ["khcn-ha-tinh-2025-02.lanh-dao-\($0).html", "khcn-ha-tinh-2025-02.lanh-dao-\($0).ics"]
        })
        let one = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: one) }
        let hoan = try congtac(["render", file, "--view", "leader", "--leader", "Đ/c Hoàn", "--format", "html", "--output", one.path])
        #expect(hoan.status == 0, "\(hoan.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: one.path) == ["khcn-ha-tinh-2025-02.lanh-dao-hoan.html"])
        let page = try String(contentsOf: one.appendingPathComponent("khcn-ha-tinh-2025-02.lanh-dao-hoan.html"), encoding: .utf8)
        #expect(page.contains("Lịch công tác của Đ/c Hoàn"))
    }

    /// A leader's name becomes a slug: whatever the list says, the file stays in the output folder.
    @Test func aLeadersFileCannotLeaveTheFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOfFile: example("khcn-ha-tinh-2025-02"), encoding: .utf8)
        text += "\nleaders:\n  - {short: \"Đ/c ../../Hoàn\", title: GD Sở}\n  - {short: \"/etc/passwd\"}\n"
        let source = folder.appendingPathComponent("lich.yaml")
        try text.write(to: source, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try congtac(["render", source.path, "--view", "leader", "--format", "ics", "--output", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == ["lich.lanh-dao-d-c-hoan.ics", "lich.lanh-dao-etc-passwd.ics"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["lich.yaml", "out"])
    }

    @Test func refusals() throws {
        let file = example("khcn-ha-tinh-2025-02")
        let missing = try congtac(["render", file, "--view", "leader", "--leader", "Tuấn", "--format", "ics", "--output", "/tmp"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("[leader-not-found]") && missing.stderr.contains("Đ/c Hoàn, Đ/c Bình"))
        let english = try congtac(["render", file, "--view", "leader", "--leader", "Tuấn", "--format", "ics", "--lang", "en"])
        #expect(english.stderr.contains("no leader `Tuấn` in the schedule"))
        let docx = try congtac(["render", file, "--view", "leader", "--format", "docx"])
        #expect(docx.status != 0 && docx.stderr.contains("--view leader"))
        let noView = try congtac(["render", file, "--leader", "Hoàn"])
        #expect(noView.status != 0 && noView.stderr.contains("--leader"))
        let badView = try congtac(["render", file, "--view", "tuan"])
        #expect(badView.status != 0 && badView.stderr.contains("`tuan`"))
    }

    @Test func checkWarnsOfUnknownLeaders() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOfFile: example("khcn-ha-tinh-2025-02"), encoding: .utf8)
        text += "\nleaders:\n  - {short: Đ/c Hoàn, name: Nguyễn Văn Hoàn, title: Giám đốc Sở}\n  - {short: Đ/c Bình}\n"
        let source = folder.appendingPathComponent("lich.yaml")
        try text.write(to: source, atomically: true, encoding: .utf8)
        let result = try congtac(["check", source.path])
        #expect(result.status == 0)
        // Bằng (line 40) and An (lines 147, 186) are not on the list; each warning points at the leader text.
        let lines = result.stdout.split(separator: "\n") + result.stderr.split(separator: "\n")
        let unknown = lines.filter { $0.hasSuffix("[unknown-leader]") }
        #expect(unknown.count == 3, "\(unknown)")
        #expect(unknown.first?.contains("lich.yaml:40:23: warning: `Đ/c Bằng` không có trong danh sách `leaders`") == true, "\(unknown)")
    }
}
