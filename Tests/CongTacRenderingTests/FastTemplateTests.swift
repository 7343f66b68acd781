import CongTacModel
import Foundation
import Testing
@testable import CongTacRendering

/// The compiled templates against swift-mustache, the reference, on real documents and on the
/// corners of the Mustache spec the templates rely on.
@Suite struct FastTemplateTests {
    @Test(arguments: exampleNames)
    func docxPartsMatchTheReference(_ name: String) throws {
        let renderer = try DocxRenderer()
        let schedule = try loadExample(name)
        let context = renderer.context(DocumentView(schedule), date: schedule.date)
        for part in renderer.library.names where !part.hasPrefix(DocxRenderer.partialsFolder) {
            let fast = String(decoding: try renderer.library.render(part, context), as: UTF8.self)
            let reference = try renderer.library.renderReference(part, context)
            // The compiled DOCX templates drop the indentation between tags: compare as XML.
            #expect(XMLCheck.canonical(fast) == XMLCheck.canonical(reference), "\(name): \(part)")
        }
    }

    @Test(arguments: exampleNames)
    func htmlMatchesTheReferenceByteForByte(_ name: String) throws {
        let renderer = try HTMLRenderer()
        let view = DocumentView(try loadExample(name))
        for fragment in [false, true] {
            let context = view.htmlContext(fragment: fragment)
            let template = fragment ? HTMLRenderer.fragmentTemplate : HTMLRenderer.pageTemplate
            let fast = String(decoding: try renderer.library.render(template, context), as: UTF8.self)
            let reference = try renderer.library.renderReference(template, context)
            if fast != reference { Issue.record("\(name) \(template):\n\(lineDiff(reference, fast))") }
        }
    }

    @Test func specCorners() throws {
        let context: TemplateValue = .object([
            "name": "<b>Tom & 'Jerry'</b>", "yes": true, "no": false, "empty": .list([]),
            "items": .list(["a", "b"]), "person": .object(["first": "An", "last": "Lê"]),
        ])
        let cases: [(template: String, expected: String)] = [
            ("Hi {{name}}!", "Hi &lt;b&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;!"),
            ("{{{name}}}|{{&name}}", "<b>Tom & 'Jerry'</b>|<b>Tom & 'Jerry'</b>"),
            ("{{#yes}}y{{/yes}}{{#no}}n{{/no}}{{^no}}!n{{/no}}{{^empty}}e{{/empty}}", "y!ne"),
            ("{{#items}}[{{.}}]{{/items}}", "[a][b]"),
            ("{{person.first}} {{#person}}{{last}}{{/person}} {{missing}}.", "An Lê ."),
            ("a\n  {{#yes}}\n  b\n  {{/yes}}\nc\n", "a\n  b\nc\n"),
            ("a {{#yes}}b{{/yes}} c", "a b c"),
            ("{{! comment }}x\n  {{! standalone }}\ny", "x\ny"),
        ]
        for (template, expected) in cases {
            var out: [UInt8] = []
            try FastTemplate(template).render(context, partials: [:], into: &out)
            #expect(String(decoding: out, as: UTF8.self) == expected, "\(template)")
        }
        var out: [UInt8] = []
        let partials = ["p": try FastTemplate("1\n2\n")]
        try FastTemplate("x\n  {{> p}}\ny").render(context, partials: partials, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "x\n  1\n  2\ny")
    }

    @Test func unsupportedTagsAreErrors() {
        #expect(throws: FastTemplate.ParseError.self) { try FastTemplate("{{=<% %>=}}") }
        #expect(throws: FastTemplate.ParseError.self) { try FastTemplate("{{#a}}x") }
        #expect(throws: FastTemplate.ParseError.self) { try FastTemplate("{{#a}}x{{/b}}") }
    }
}
