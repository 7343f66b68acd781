import Foundation
import Testing

@Suite struct RenderCommandTests {
    @Test func rendersDocxBesideOrIntoTheOutputFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try congtac(["render", example("khcn-ha-tinh-2025-02"), "--format", "docx", "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: folder.appendingPathComponent("khcn-ha-tinh-2025-02.docx"))
        #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))  // a ZIP package
    }

    @Test func anInvalidFileWritesNothingAndKeepsThePreviousOutput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("lich.yaml")
        try FileManager.default.copyItem(atPath: example("khcn-ha-tinh-2025-02"), toPath: source.path)
        #expect(try congtac(["render", "lich.yaml"], in: folder).status == 0)
        let output = folder.appendingPathComponent("lich.docx")
        let before = try Data(contentsOf: output)

        var text = try String(contentsOf: source, encoding: .utf8)
        text = text.replacingOccurrences(of: "month: 2025-02", with: "month: 2025-02\nnumbr: 7")
        try text.write(to: source, atomically: true, encoding: .utf8)
        let failed = try congtac(["render", "lich.yaml"], in: folder)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("[unknown-key]"))
        #expect(try Data(contentsOf: output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(leftovers == ["lich.docx", "lich.yaml"])
    }

    @Test func worksFromAnyFolderAndWhenCopiedElsewhere() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("congtac")
        try FileManager.default.copyItem(at: congtacBinary, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["render", example("khcn-bac-giang-2020-07"), "--output", folder.path]
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("khcn-bac-giang-2020-07.docx").path))
    }

    @Test func anUnwritableOutputFolderIsAnError() throws {
        let result = try congtac(["render", example("khcn-bac-giang-2020-07"), "--output", "/proc/congtac-cannot-write"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error:"))
    }

    @Test func exportedTemplatesRenderTheSameAndErrorsNameTheTemplate() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("mau")
        #expect(try congtac(["templates", "export", templates.path]).status == 0)
        let out1 = folder.appendingPathComponent("a")
        let out2 = folder.appendingPathComponent("b")
        let file = example("khcn-ha-tinh-2025-02")
        #expect(try congtac(["render", file, "--output", out1.path]).status == 0)
        #expect(try congtac(["render", file, "--output", out2.path, "--templates", templates.path]).status == 0)
        let a = try Data(contentsOf: out1.appendingPathComponent("khcn-ha-tinh-2025-02.docx"))
        let b = try Data(contentsOf: out2.appendingPathComponent("khcn-ha-tinh-2025-02.docx"))
        #expect(a == b)

        // An unclosed section: the error names the template file, line and column.
        let document = templates.appendingPathComponent("docx/word/document.xml")
        var text = try String(contentsOf: document, encoding: .utf8)
        text = text.replacingOccurrences(of: "{{/banner}}", with: "")
        try text.write(to: document, atomically: true, encoding: .utf8)
        let broken = try congtac(["render", file, "--output", out2.path, "--templates", templates.path])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains(document.path + ":"))
        #expect(broken.stderr.contains("[template-syntax]"))
        #expect(try Data(contentsOf: out2.appendingPathComponent("khcn-ha-tinh-2025-02.docx")) == a)

        // Markup that is not well-formed after rendering is refused before zipping, naming the template.
        let original = try String(contentsOf: packageRoot.appendingPathComponent("templates/docx/word/document.xml"), encoding: .utf8)
        try original.replacingOccurrences(of: "<w:sectPr>", with: "<w:sectPr><w:bad>")
            .write(to: document, atomically: true, encoding: .utf8)
        let malformed = try congtac(["render", file, "--output", out2.path, "--templates", templates.path])
        #expect(malformed.status == 1)
        // The place comes from the engine's trace of the rendering: the end tag libxml2 stops at.
        let lines = original.components(separatedBy: "\n")
        let sectPrLine = lines.firstIndex { $0.contains("</w:sectPr>") }! + 1
        let afterEndTag = lines[sectPrLine - 1].range(of: "</w:sectPr>")!.upperBound.utf16Offset(in: lines[sectPrLine - 1]) + 1
        #expect(malformed.stderr.contains(document.path + ":\(sectPrLine):\(afterEndTag): error: "))
        #expect(malformed.stderr.contains("[template-xml]"))
        #expect(try Data(contentsOf: out2.appendingPathComponent("khcn-ha-tinh-2025-02.docx")) == a)
    }
}

/// An agency's templates from the command line (issue #16, items 1, 4 and 6).
@Suite struct AgencyTemplatesCommandTests {
    @Test func aLinkedFolderWorksAndUnsafeOrRecursiveTemplatesAreRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("mau")
        #expect(try congtac(["templates", "export", templates.path]).status == 0)
        let link = folder.appendingPathComponent("mau-link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: templates)
        let file = example("khcn-ha-tinh-2025-02")
        let out = folder.appendingPathComponent("out")
        #expect(try congtac(["render", file, "--output", out.path, "--templates", link.path]).status == 0)

        // Schedule text written raw by an HTML template: refused at the tag, nothing written.
        let document = templates.appendingPathComponent("html/_partials/document.html")
        let original = try String(contentsOf: document, encoding: .utf8)
        try original.replacingOccurrences(of: "{{.}}", with: "{{{.}}}").write(to: document, atomically: true, encoding: .utf8)
        let line = original.components(separatedBy: "\n").firstIndex { $0.contains("{{.}}") }! + 1
        let raw = try congtac(["render", file, "--format", "html", "--output", folder.appendingPathComponent("raw").path,
                               "--templates", templates.path, "--lang", "en"])
        #expect(raw.status == 1)
        #expect(raw.stderr.contains(document.path + ":\(line):"))
        #expect(raw.stderr.contains("[template-html]"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("raw").path + "/khcn-ha-tinh-2025-02.html"))
        try original.write(to: document, atomically: true, encoding: .utf8)

        // A partial that includes itself: an error, not a crash.
        let agenda = templates.appendingPathComponent("docx/_partials/agenda.xml")
        let agendaText = try String(contentsOf: agenda, encoding: .utf8)
        try agendaText.replacingOccurrences(of: "{{#days}}", with: "{{#days}}{{> _partials/agenda.xml}}")
            .write(to: agenda, atomically: true, encoding: .utf8)
        let looped = try congtac(["render", file, "--output", out.path, "--templates", templates.path])
        #expect(looped.status == 1)
        #expect(looped.stderr.contains(agenda.path + ":"))
        #expect(looped.stderr.contains("[template-recursion]"))
    }
}

@Suite struct RenderBatchTests {
    @Test func twoInputsWithOneOutputNameAreNotBothWritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for sub in ["a", "b"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: example("khcn-bac-giang-2020-07"),
                                             toPath: folder.appendingPathComponent("\(sub)/lich.yaml").path)
        }
        let result = try congtac(["render", "a/lich.yaml", "b/lich.yaml", "--output", "out", "--lang", "en"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("b/lich.yaml:1:1: error: the output would be the same as that of a/lich.yaml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path) == ["lich.docx"])
    }

    @Test func aBatchReportsInTheOrderOfItsFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = ["khcn-ha-tinh-2023-07", "khcn-ha-tinh-2025-02", "khcn-bac-giang-2020-07"]
        let result = try congtac(["render"] + names.map(example) + ["--output", folder.path, "--lang", "en"])
        #expect(result.status == 0)
        let written = result.stdout.split(separator: "\n").map { String($0.split(separator: "/").last ?? "") }
        #expect(written == names.map { "\($0).docx" })
    }
}
