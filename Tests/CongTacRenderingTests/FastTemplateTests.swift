import CongTacModel
import Foundation
import Testing
@testable import CongTacRendering
@testable import CongTacTemplates

/// The compiled templates against swift-mustache, the reference, on real documents (the spec's
/// corners are in CongTacTemplatesTests).
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
}
