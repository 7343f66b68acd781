import Mustache
import Testing
@testable import CongTacTemplates

/// Cases in the manner of the Mustache specification (github.com/mustache/spec: interpolation,
/// sections, inverted, partials, comments), written for the features congtac's templates use. Each
/// is checked against its expected text and against swift-mustache, the reference.
@Suite struct MustacheSpecTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var template: String
        var data: TemplateValue
        var partials: [String: String] = [:]
        var expected: String
        var testDescription: String { name }
    }

    static let person: TemplateValue = .object(["name": "Joe", "age": 32, "ok": true])

    static let interpolation: [Case] = [
        Case(name: "no interpolation", template: "Hello from {Mustache}!\n", data: .object([:]), expected: "Hello from {Mustache}!\n"),
        Case(name: "basic", template: "Hello, {{name}}!", data: person, expected: "Hello, Joe!"),
        Case(name: "HTML escaping", template: "{{forbidden}}", data: .object(["forbidden": "& \" < > '"]),
             expected: "&amp; &quot; &lt; &gt; &#39;"),
        Case(name: "triple mustache", template: "{{{forbidden}}}", data: .object(["forbidden": "& \" < >"]), expected: "& \" < >"),
        Case(name: "ampersand", template: "{{&forbidden}}", data: .object(["forbidden": "& \" < >"]), expected: "& \" < >"),
        Case(name: "integer", template: "{{age}} years", data: person, expected: "32 years"),
        Case(name: "missing is empty", template: "I ({{cannot}}) be seen!", data: .object([:]), expected: "I () be seen!"),
        Case(name: "dotted names", template: "{{person.name}} == {{#person}}{{name}}{{/person}}",
             data: .object(["person": person]), expected: "Joe == Joe"),
        Case(name: "broken chain", template: "{{a.b.c}}", data: .object(["a": .object([:])]), expected: ""),
        Case(name: "dotted names resolve the first part only from the context",
             template: "{{#a}}{{b.c}}{{/a}}", data: .object(["a": .object(["b": .object([:])]), "b": .object(["c": "ERROR"])]),
             expected: ""),
        Case(name: "implicit iterator", template: "{{#list}}({{.}}){{/list}}", data: .object(["list": .list(["a", "<b>"])]),
             expected: "(a)(&lt;b&gt;)"),
        Case(name: "padding inside tags", template: "|{{ name }}|{{{ name }}}|{{& name }}|", data: person, expected: "|Joe|Joe|Joe|"),
        Case(name: "surrounding whitespace", template: " {{name}} \n", data: person, expected: " Joe \n"),
        Case(name: "standalone variable keeps its line", template: "  {{name}}\n", data: person, expected: "  Joe\n"),
    ]

    static let sections: [Case] = [
        Case(name: "truthy", template: "\"{{#ok}}This should be rendered.{{/ok}}\"", data: person,
             expected: "\"This should be rendered.\""),
        Case(name: "falsey", template: "\"{{#no}}hidden{{/no}}\"", data: .object(["no": false]), expected: "\"\""),
        Case(name: "context", template: "{{#context}}Hi {{name}}.{{/context}}", data: .object(["context": person]),
             expected: "Hi Joe."),
        Case(name: "list", template: "{{#list}}{{item}}{{/list}}",
             data: .object(["list": .list([.object(["item": 1]), .object(["item": 2]), .object(["item": 3])])]),
             expected: "123"),
        Case(name: "empty list", template: "\"{{#list}}Yay lists!{{/list}}\"", data: .object(["list": .list([])]), expected: "\"\""),
        Case(name: "outer scope", template: "{{#a}}{{name}}-{{x}}{{/a}}", data: .object(["a": .object(["x": "1"]), "name": "Joe"]),
             expected: "Joe-1"),
        Case(name: "nested truthy", template: "| A {{#ok}}B {{#ok}}C{{/ok}} D{{/ok}} E |", data: person, expected: "| A B C D E |"),
        Case(name: "standalone lines", template: "| This Is\n{{#ok}}\n|\n{{/ok}}\n| A Line\n", data: person,
             expected: "| This Is\n|\n| A Line\n"),
        Case(name: "indented standalone lines", template: "| This Is\n  {{#ok}}\n|\n  {{/ok}}\n| A Line\n", data: person,
             expected: "| This Is\n|\n| A Line\n"),
        Case(name: "standalone line endings", template: "|\r\n{{#ok}}\r\n{{/ok}}\r\n|", data: person, expected: "|\r\n|"),
        Case(name: "standalone without previous line", template: "  {{#ok}}\n#{{/ok}}\n/", data: person, expected: "#\n/"),
        Case(name: "standalone without newline", template: "#{{#ok}}\n/\n  {{/ok}}", data: person, expected: "#\n/\n"),
        Case(name: "inline keeps its spaces", template: " | {{#ok}}\t|\t{{/ok}} | \n", data: person, expected: " | \t|\t | \n"),
    ]

    static let inverted: [Case] = [
        Case(name: "falsey", template: "\"{{^no}}This should be rendered.{{/no}}\"", data: .object(["no": false]),
             expected: "\"This should be rendered.\""),
        Case(name: "truthy", template: "\"{{^ok}}hidden{{/ok}}\"", data: person, expected: "\"\""),
        Case(name: "empty list", template: "{{^list}}none{{/list}}", data: .object(["list": .list([])]), expected: "none"),
        Case(name: "missing", template: "[{{^missing}}Found key 'missing'!{{/missing}}]", data: .object([:]),
             expected: "[Found key 'missing'!]"),
        Case(name: "standalone lines", template: "| This Is\n{{^no}}\n|\n{{/no}}\n| A Line\n", data: .object(["no": false]),
             expected: "| This Is\n|\n| A Line\n"),
    ]

    static let partials: [Case] = [
        Case(name: "basic", template: "\"{{>text}}\"", data: .object([:]), partials: ["text": "from partial"],
             expected: "\"from partial\""),
        Case(name: "context", template: "\"{{>partial}}\"", data: .object(["text": "content"]), partials: ["partial": "*{{text}}*"],
             expected: "\"*content*\""),
        Case(name: "inside a section", template: "{{#list}}{{>item}}{{/list}}",
             data: .object(["list": .list([.object(["v": 1]), .object(["v": 2])])]), partials: ["item": "<{{v}}>"],
             expected: "<1><2>"),
        Case(name: "surrounding whitespace", template: "| {{>partial}} |", data: .object([:]), partials: ["partial": "\t|\t"],
             expected: "| \t|\t |"),
        Case(name: "standalone line endings", template: "|\r\n{{>partial}}\r\n|", data: .object([:]), partials: ["partial": ">"],
             expected: "|\r\n>|"),
        Case(name: "standalone indentation", template: "\\\n {{>partial}}\n/\n", data: .object(["content": "<\n->"]),
             partials: ["partial": "|\n{{{content}}}\n|\n"], expected: "\\\n |\n <\n->\n |\n/\n"),
        Case(name: "nested indentation", template: "a\n  {{>outer}}\nb", data: .object([:]),
             partials: ["outer": "o\n  {{>inner}}\n", "inner": "i\n"], expected: "a\n  o\n    i\nb"),
        Case(name: "padding", template: "|{{> partial }}|", data: .object([:]), partials: ["partial": "[]"], expected: "|[]|"),
    ]

    static let comments: [Case] = [
        Case(name: "inline", template: "12345{{! Comment Block! }}67890", data: .object([:]), expected: "1234567890"),
        Case(name: "multiline", template: "12345{{!\n  This is a\n  multi-line comment...\n}}67890\n", data: .object([:]),
             expected: "1234567890\n"),
        Case(name: "standalone", template: "Begin.\n{{! Comment Block! }}\nEnd.\n", data: .object([:]), expected: "Begin.\nEnd.\n"),
        Case(name: "indented standalone", template: "Begin.\n  {{! Indented Comment Block! }}\nEnd.\n", data: .object([:]),
             expected: "Begin.\nEnd.\n"),
        Case(name: "indented inline", template: "  12 {{! 34 }}\n", data: .object([:]), expected: "  12 \n"),
        Case(name: "surrounding whitespace", template: "12345 {{! Comment Block! }} 67890", data: .object([:]),
             expected: "12345  67890"),
    ]

    @Test(arguments: interpolation + sections + inverted + partials + comments)
    func rendersAsTheSpecSays(_ spec: Case) throws {
        let compiled = try spec.partials.mapValues { try FastTemplate($0) }
        var output: [UInt8] = []
        let outcome = try FastTemplate(spec.template).render(spec.data, partials: compiled, into: &output)
        #expect(!outcome.exceeded)
        #expect(String(decoding: output, as: UTF8.self) == spec.expected)

        var reference = MustacheLibrary()
        for (name, text) in spec.partials { reference.register(try MustacheTemplate(string: text), named: name) }
        reference.register(try MustacheTemplate(string: spec.template), named: "main")
        #expect(reference.render(spec.data.anyValue, withTemplate: "main") == spec.expected, "swift-mustache")
    }

    @Test(arguments: [
        ("{{=<% %>=}}", 1, 1), ("a\n  {{#a}}x", 2, 3), ("{{#a}}x{{/b}}", 1, 8), ("x {{name", 1, 3), ("{{{x}}", 1, 1),
        ("{{}}", 1, 1), ("{{/a}}", 1, 1), ("é {{^b}}", 1, 3),
    ])
    func syntaxErrorsArePlaced(_ text: String, _ line: Int, _ column: Int) {
        #expect {
            try FastTemplate(text, name: "t", file: "/mau/t")
        } throws: { error in
            guard let error = error as? TemplateError, case .syntax = error.kind else { return false }
            return error.file == "/mau/t" && error.line == line && error.column == column
        }
    }
}
