import Foundation
import Testing

/// `congtac import`, run as a subprocess: the file it writes passes `check`, the summary and the
/// located warnings are printed, and a refused file writes nothing.
@Suite struct ImportCommandTests {
    private let fixtures = packageRoot.appendingPathComponent("Tests/CongTacImportTests/Fixtures")

    @Test func rendersThenImportsAnExample() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let render = try congtac(["render", example("khcn-ha-tinh-2025-02"), "--format", "docx", "--output", folder.path])
        #expect(render.status == 0, "\(render.stderr)")
        let docx = folder.appendingPathComponent("khcn-ha-tinh-2025-02.docx").path
        let result = try congtac(["import", docx])
        #expect(result.status == 0, "\(result.stderr)")
        let yaml = folder.appendingPathComponent("khcn-ha-tinh-2025-02.yaml").path
        #expect(FileManager.default.fileExists(atPath: yaml))
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        let days = schedule.sections.compactMap(\.agenda).flatMap(\.days)
        let items = days.reduce(0) { $0 + $1.items.count }
        #expect(result.stdout.contains("\(days.count) ngày, \(items) việc, 0 chỗ cần xem lại"))
        let check = try congtac(["check", yaml])
        #expect(check.status == 0 && !check.stderr.contains("error:"), "\(check.stderr)")
        // The file is there now: a second import keeps it unless --force.
        let again = try congtac(["import", docx])
        #expect(again.status == 1)
        #expect(try congtac(["import", docx, "--force"]).status == 0)
    }

    @Test func warningsNameTheirPlaces() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("thang-3.yaml").path
        let result = try congtac(["import", fixtures.appendingPathComponent("handmade-2025-03.docx").path, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("bảng 2, hàng 7, cột 1: warning: ngày 06/3/2025 là Thứ Năm"))
        #expect(result.stderr.contains("đoạn 3: warning:"))
        let english = try congtac(["import", fixtures.appendingPathComponent("handmade-2025-03.docx").path, "-o", output, "--force", "--lang", "en"])
        #expect(english.stderr.contains("table 2, row 7, column 1: warning:"))
        #expect(english.stdout.contains("days, 12 items, 7 places to review"))
        // What could not be placed is in the file, as comments.
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("# table 2, row 14, column 1: 01/4 | Họp triển khai tháng 4"))
        #expect(try congtac(["check", output]).status == 0)
    }

    @Test func refusedFileWritesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let doc = folder.appendingPathComponent("cu.docx")
        // A Word 97 file named .docx.
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        bytes += "WordDocument".utf8.flatMap { [$0, UInt8(0)] }
        try Data(bytes).write(to: doc)
        let result = try congtac(["import", doc.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[import-word97]") && result.stderr.contains("soffice --headless --convert-to docx"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("cu.yaml").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["cu.docx"])
    }
}
