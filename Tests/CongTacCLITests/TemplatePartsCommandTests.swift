import Foundation
import Testing

/// Issue #16 item 7 as a clerk meets it: an exported set with parts deleted is refused with the
/// place that names them, exit 1, and no DOCX is written.
@Suite struct TemplatePartsCommandTests {
    @Test func deletedPartsAreRefusedBeforeRendering() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("T")
        let export = try congtac(["templates", "export", templates.path])
        #expect(export.status == 0, "\(export.stderr)")
        for part in ["docx/word/styles.xml", "docx/word/header1.xml"] {
            try FileManager.default.removeItem(at: templates.appendingPathComponent(part))
        }
        let output = folder.appendingPathComponent("out")
        let result = try congtac(["render", example("khcn-ha-tinh-2025-02"), "--format", "docx", "--templates", templates.path,
                                  "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[Content_Types].xml:"), "\(result.stderr)")
        #expect(result.stderr.contains("`word/styles.xml`") && result.stderr.contains("[template-part-missing]"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("khcn-ha-tinh-2025-02.docx").path))
    }

    @Test func anEditorsBackupIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("T")
        #expect(try congtac(["templates", "export", templates.path]).status == 0)
        let document = templates.appendingPathComponent("docx/word/document.xml")
        try FileManager.default.copyItem(at: document, to: templates.appendingPathComponent("docx/word/document.xml~"))
        let result = try congtac(["render", example("khcn-ha-tinh-2025-02"), "--format", "docx", "--templates", templates.path,
                                  "--output", folder.appendingPathComponent("out").path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("document.xml~:1:1: error: this file has no content type"), "\(result.stderr)")
        #expect(result.stderr.contains("[template-part-unknown]"))
    }
}
