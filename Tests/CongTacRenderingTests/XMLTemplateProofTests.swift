import Foundation
import Testing
@testable import CongTacRendering
@testable import CongTacTemplates

/// The proof that lets the DOCX renderer skip parsing its parts: it must cover the built-in
/// templates, refuse the shapes its argument does not cover, and never be wrong.
@Suite struct XMLTemplateProofTests {
    func holds(_ text: String, partials: [String: String] = [:]) throws -> Bool {
        let compiled = try partials.mapValues { try FastTemplate($0).minifiedXML() }
        return XMLTemplateProof.holds(for: try FastTemplate(text).minifiedXML(), partials: compiled) { XMLCheck.problem(in: $0) == nil }
    }

    /// The built-in set is trusted at start-up because of this test: loaded as an agency's own
    /// templates, every part is proven, and every name is known.
    @Test func coversEveryBuiltInPart() throws {
        let asAgencys = TemplateSet(files: TemplateSet.builtIn.files, directory: "/mau")
        let library = try DocxRenderer(templates: asAgencys).library
        let parts = library.names.filter { !$0.hasPrefix(DocxRenderer.partialsFolder) }
        #expect(parts.count >= 9)
        #expect(Set(parts) == library.wellFormed)
        #expect(try DocxRenderer().library.wellFormed == library.wellFormed)
        _ = try HTMLRenderer(templates: asAgencys)
    }

    @Test(arguments: [
        "<a>{{#s}}<b>{{/s}}</b></a>",                 // a body that opens what it does not close
        "<a>{{#s}}</a><a>{{/s}}</a>",                 // a body that closes what it did not open
        "<a {{#s}}x=\"1\"{{/s}}/>",                    // a section inside a tag: attributes could repeat
        "<a>{{{raw}}}</a>",                           // an unescaped value
        "<a>{{& raw}}</a>",
        "<{{name}}/>",                                // a value as a name
        "<a {{name}}=\"1\"/>",
        "<a><!-- {{v}} --></a>",                      // a value in a comment
        "<a><![CDATA[{{v}}]]></a>",
        "<a><?pi {{v}}?></a>",
        "<a xmlns:p=\"{{ns}}\"/>",                    // `xmlns:p=""` is not allowed
        "<a xml:space=\"{{v}}\"/>",
        "{{#s}}<a/>{{/s}}",                           // a second root
        "{{v}}<a/>",                                  // text before the root
        "<a>]]{{v}}></a>",                            // `]]>` where the pieces meet
        "<a>&am{{v}}p;</a>",                          // a reference cut by a value
        "<a>&{{v}};</a>",
        "<a></b>",                                    // not well-formed at all
        "<a>&nbsp;</a>",                              // an entity XML does not define
        "<!DOCTYPE a><a/>",
        "<a>{{> missing}}</a>",
    ])
    func refusesWhatItCannotShow(_ template: String) throws {
        #expect(try holds(template) == false)
    }

    @Test func followsPartials() throws {
        let partials = ["row": "<r>{{#cells}}<c v=\"{{v}}\">{{text}}</c>{{/cells}}</r>", "open": "<r>"]
        #expect(try holds("<t>{{#rows}}{{> row}}{{/rows}}</t>", partials: partials))
        #expect(try holds("<t>{{#rows}}{{> open}}</r>{{/rows}}</t>", partials: partials))
        #expect(try holds("<t>{{#rows}}{{> open}}{{/rows}}</r></t>", partials: partials) == false)
    }

    /// Every rendering of a proven template, with hostile values, is well-formed.
    @Test func provenTemplatesRenderWellFormed() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <a x="{{v}}" y='{{v}}'>
              <!-- a comment -->{{#s}}<b k="{{v}}">{{v}}&amp;&#x1EA0;</b>{{#inner}}<c>{{w}}</c>{{/inner}}{{/s}}
              {{^t}}<d/>{{/t}}<e>{{n}}</e>
            </a>
            """
        #expect(try holds(text))
        let template = try FastTemplate(text).minifiedXML()
        let nasty: [String] = ["", "<", "&", "\"'", "]]>", "a]]", "&amp;", "<b>x</b>", "Đ/c Hoàn\n\t\r", "</a>", "x=\"1\""]
        var generator = SeededGenerator(seed: 0x0C0F_FEE5)
        for round in 0..<300 {
            func pick() -> TemplateValue { .string(nasty.randomElement(using: &generator)! + nasty.randomElement(using: &generator)!) }
            let inner = (0..<Int.random(in: 0...2, using: &generator)).map { _ in TemplateValue.object(["w": pick()]) }
            let s = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                TemplateValue.object(["v": pick(), "inner": .list(inner)])
            }
            let context = TemplateValue.object(["v": pick(), "s": .list(s), "t": .bool(round % 2 == 0), "n": .int(round)])
            var output: [UInt8] = []
            #expect(template.render(context, partials: [:], into: &output).xmlCharacters, "round \(round), \(generator)")
            #expect(XMLCheck.problem(in: output) == nil, "round \(round), \(generator): \(String(decoding: output, as: UTF8.self))")
        }
    }

    /// A value XML cannot carry (possible through the library, where no loader checked it) is
    /// caught: the renderer parses the part and refuses it.
    @Test func controlCharactersInValuesFallBackToTheParse() throws {
        var output: [UInt8] = []
        #expect(try FastTemplate("<a>{{v}}</a>").render(.object(["v": "a\u{7}b"]), partials: [:], into: &output).xmlCharacters == false)
        #expect(try FastTemplate("<a>{{v}}</a>").render(.object(["v": "a\u{FFFF}"]), partials: [:], into: &output).xmlCharacters == false)
        #expect(try FastTemplate("<a>{{v}}</a>").render(.object(["v": "a\tb\u{1EA0}\u{FFFD}"]), partials: [:], into: &output).xmlCharacters)
        var schedule = try loadExample("khcn-bac-giang-2020-07")
        schedule.sections[0].heading = "Bell\u{7}"
        #expect {
            try DocxRenderer().render(schedule)
        } throws: { error in
            guard case .malformedPart(let template, _, _, _)? = error as? RenderError else { return false }
            return template.hasSuffix("word/document.xml")
        }
    }
}
