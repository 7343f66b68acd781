import Foundation
import Testing
@testable import CongTacRendering

/// An agency's own templates (issue #16): no raw HTML, no crash, no silently empty document. Each
/// case failed before the engine checked the set when loading it.
@Suite struct AgencyTemplateTests {
    func set(_ file: String, replacing old: String, with new: String) -> TemplateSet {
        var files = TemplateSet.builtIn.files
        files[file] = files[file]!.replacingOccurrences(of: old, with: new)
        return TemplateSet(files: files, directory: "/mau")
    }

    func line(of text: String, in file: String) -> Int {
        TemplateSet.builtIn.files[file]!.components(separatedBy: "\n").firstIndex { $0.contains(text) }! + 1
    }

    /// The error loading `templates` throws, or nil.
    func loadError(_ templates: TemplateSet, html: Bool = false) -> RenderError? {
        do {
            if html { _ = try HTMLRenderer(templates: templates) } else { _ = try DocxRenderer(templates: templates) }
            return nil
        } catch {
            return error as? RenderError
        }
    }

    // Item 1
    @Test func htmlTemplatesCannotWriteScheduleTextRaw() {
        let file = "html/_partials/document.html"
        let itemLine = line(of: "<p class=\"item\">{{.}}</p>", in: file)
        #expect(loadError(set(file, replacing: "{{.}}", with: "{{{.}}}"), html: true)
                == .unsafeHTML(file: "/mau/" + file, line: itemLine, column: 17, tag: "{{{.}}}", place: "raw"))
        #expect(loadError(set(file, replacing: "<h2 class=\"heading\">{{label}} {{heading}}", with: "<h2 class=\"heading\">{{label}} {{& heading}}"),
                          html: true) != nil)
        guard case .unsafeHTML(_, _, _, _, let problem)? = loadError(set(file, replacing: "<h2 class=\"heading\">",
                                                                      with: "<h2 title={{heading}} class=\"heading\">"), html: true) else {
            Issue.record("an unquoted attribute passed"); return
        }
        #expect(problem == "unquoted-attribute")
        #expect(loadError(set(file, replacing: "<h2 class=\"heading\">", with: "<h2 class=\"heading\"><a href=\"{{heading}}\">x</a>"),
                          html: true) != nil)
        #expect(loadError(set("html/page.html", replacing: "</head>", with: "<script>var t = '{{plainTitle}}'</script></head>"),
                          html: true) != nil)
        // The built-in set passes as an agency's (its fonts are trusted values, not schedule text).
        #expect(loadError(TemplateSet(files: TemplateSet.builtIn.files, directory: "/mau"), html: true) == nil)
    }

    // Item 4
    @Test func recursivePartialsAreRefusedWhenLoaded() {
        let file = "docx/_partials/agenda.xml"
        let looped = set(file, replacing: "{{#days}}", with: "{{#days}}{{> _partials/agenda.xml}}")
        guard case let .templateRecursion(path, line, _, chain)? = loadError(looped) else {
            Issue.record("a partial that includes itself loaded"); return
        }
        #expect(path == "/mau/" + file)
        #expect(line == self.line(of: "{{#days}}", in: file))
        #expect(chain == ["_partials/agenda.xml", "_partials/agenda.xml"])
    }

    @Test func exponentialTemplatesStopWithAnError() throws {
        let file = "docx/word/document.xml"
        // 30 nested sections: the output would grow as (number of sections)^30. (A large body reaches
        // the size limit fast, in a debug build too; the limit on steps is tested in CongTacTemplatesTests.)
        let body = String(repeating: "<w:p/>", count: 20_000)
        let nested = String(repeating: "{{#sections}}", count: 30) + body + String(repeating: "{{/sections}}", count: 30)
        let templates = set(file, replacing: "<w:sectPr>", with: nested + "<w:sectPr>")
        let renderer = try DocxRenderer(templates: templates)
        #expect(throws: RenderError.renderedPartTooLarge(template: "/mau/" + file, limit: 64 << 20)) {
            try renderer.render(try loadExample("khcn-ha-tinh-2025-02"))
        }
    }

    // Item 6
    @Test func missingPartialsAreRefusedWhenLoaded() {
        let file = "docx/word/document.xml"
        let renamed = set(file, replacing: "{{> _partials/agenda.xml}}", with: "{{> _partials/agenda2.xml}}")
        #expect(loadError(renamed) == .partialMissing(file: "/mau/" + file, line: line(of: "{{> _partials/agenda.xml}}", in: file),
                                                     column: 1, name: "_partials/agenda2.xml"))
        var files = TemplateSet.builtIn.files
        files["docx/_partials/agenda.xml"] = nil
        #expect(loadError(TemplateSet(files: files, directory: "/mau")) != nil)
    }

    // Item 8
    @Test func pathsAreCheckedNotNames() {
        let file = "docx/word/document.xml"
        let wrong = set(file, replacing: "{{header.agencyName}}", with: "{{header.heading}}")
        guard case let .unknownVariable(_, _, _, name)? = loadError(wrong) else { Issue.record("a wrong path loaded"); return }
        #expect(name == "header.heading")
    }

    // Items 5 and 6, from a folder on disk.
    @Test func foldersOnDisk() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("mau")
        try TemplateSet.builtIn.export(to: templates.path)

        // `--templates LINK`, LINK naming a good folder.
        let link = folder.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: templates)
        let viaLink = try TemplateSet(directory: link.path)
        #expect(viaLink.files == TemplateSet.builtIn.files)
        #expect(viaLink.directory == link.path)
        _ = try DocxRenderer(templates: viaLink)

        // A partial linked to a file outside the folder.
        let outside = folder.appendingPathComponent("secret.xml")
        try "<secret/>".write(to: outside, atomically: true, encoding: .utf8)
        let partial = templates.appendingPathComponent("docx/_partials/agenda.xml")
        try FileManager.default.removeItem(at: partial)
        try FileManager.default.createSymbolicLink(at: partial, withDestinationURL: outside)
        #expect(throws: RenderError.templateOutsideFolder(partial.path)) { try TemplateSet(directory: templates.path) }
        try FileManager.default.removeItem(at: partial)
        try TemplateSet.builtIn.files["docx/_partials/agenda.xml"]!.write(to: partial, atomically: true, encoding: .utf8)

        // A file over the size limit, refused before it is read.
        let big = templates.appendingPathComponent("docx/word/big.xml")
        try Data(count: (1 << 20) + 1).write(to: big)
        #expect(throws: RenderError.templateTooLarge(file: big.path, limit: 1 << 20)) { try TemplateSet(directory: templates.path) }
    }

    /// A `_partials/` folder that cannot be listed is an error, not a set without its partials. (Root
    /// reads every folder, so this runs only for other users.)
    @Test(.enabled(if: geteuid() != 0)) func unreadableFoldersAreReported() throws {
        let folder = try temporaryFolder()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appendingPathComponent("docx/_partials").path)
            try? FileManager.default.removeItem(at: folder)
        }
        try TemplateSet.builtIn.export(to: folder.path)
        let partials = folder.appendingPathComponent("docx/_partials")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: partials.path)
        #expect(throws: RenderError.templateFolderUnreadable(partials.path)) { try TemplateSet(directory: folder.path) }
    }
}
