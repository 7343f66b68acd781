import Foundation
import Testing

/// `congtac render --format pdf`, alone and with the other formats.
@Suite struct RenderPDFCommandTests {
    @Test func writesThePDFBesideTheOtherFormats() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try congtac(["render", example("khcn-ha-tinh-2025-02"), "--format", "docx,html,pdf", "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["khcn-ha-tinh-2025-02.docx", "khcn-ha-tinh-2025-02.html", "khcn-ha-tinh-2025-02.pdf"])
        let pdf = try Data(contentsOf: folder.appendingPathComponent("khcn-ha-tinh-2025-02.pdf"))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(result.stdout.contains("khcn-ha-tinh-2025-02.pdf"))
    }

    /// A character the fonts lack stops every output of the file, at its line and column.
    @Test func unsupportedCharacterWritesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("lich.yaml")
        var text = try String(contentsOfFile: example("khcn-bac-giang-2020-07"), encoding: .utf8)
        text = text.replacingOccurrences(of: "name: Nguyễn Thanh Bình", with: "name: Nguyễn Thanh Bình ✍")
        try text.write(to: source, atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("✍") }! + 1
        let result = try congtac(["render", "lich.yaml", "--format", "docx,pdf"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("lich.yaml:\(line):"), "\(result.stderr)")
        #expect(result.stderr.contains("[unsupported-character]"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["lich.yaml"])
        // DOCX alone does not ask the PDF's fonts.
        #expect(try congtac(["render", "lich.yaml", "--format", "docx"], in: folder).status == 0)
    }

    /// `--view leader --format pdf`: each leader's month through the same page layout.
    @Test func leaderViewWritesAPDFPerLeader() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try congtac(["render", example("khcn-ha-tinh-2025-02"), "--view", "leader", "--leader", "Bình",
                                  "--format", "pdf", "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names == ["khcn-ha-tinh-2025-02.lanh-dao-binh.pdf"])
        let pdf = try Data(contentsOf: folder.appendingPathComponent(names[0]))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
    }

    @Test func helpNamesThePDF() throws {
        let result = try congtac(["render", "--help"])
        #expect(result.stdout.contains("pdf"))
    }
}
