import Foundation
import Testing
@testable import CongTacRendering

/// Templates may come from another agency: they are checked before anything is rendered with them.
@Suite struct TemplateSafetyTests {
    func docxSet(replacing old: String, with new: String, in file: String = "docx/word/document.xml") -> TemplateSet {
        var files = TemplateSet.builtIn.files
        files[file] = files[file]!.replacingOccurrences(of: old, with: new)
        return TemplateSet(files: files, directory: "/mau")
    }

    @Test func unknownVariablesAreNamedWithTheirPlace() throws {
        let set = docxSet(replacing: "{{leader}}", with: "{{leadr}}", in: "docx/_partials/agenda.xml")
        #expect(throws: RenderError.self) { try DocxRenderer(templates: set) }
        do {
            _ = try DocxRenderer(templates: set)
        } catch let error as RenderError {
            guard case let .unknownVariable(file, line, _, name) = error else { Issue.record("\(error)"); return }
            #expect(file == "/mau/docx/_partials/agenda.xml")
            #expect(name == "leadr")
            let lines = TemplateSet.builtIn.files["docx/_partials/agenda.xml"]!.components(separatedBy: "\n")
            #expect(lines[line - 1].contains("{{leader}}"))
        }
    }

    @Test func doctypeAndEntitiesAreRefused() throws {
        let xxe = #"<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>"# + "\n<w:document"
        let set = docxSet(replacing: "\n<w:document", with: xxe)
        let schedule = try loadExample("khcn-bac-giang-2020-07")
        #expect(throws: RenderError.self) { try DocxRenderer(templates: set).render(schedule) }
        let bomb = #"<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">"#
            + #"<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>"#
        #expect(XMLCheck.problem(in: bomb) != nil)
        #expect(XMLCheck.problem(in: "<a>\n<b></a>")?.line == 2)
        #expect(XMLCheck.problem(in: "<a><b/></a>") == nil)
    }
}
