import Testing
@testable import CongTacTemplates

/// An agency's set is checked when it is loaded: each problem is a located error, never a crash, a
/// silently empty output or minutes of work (issue #16, items 4, 5, 6 and 8).
@Suite struct TemplateBundleTests {
    /// A context shaped like the view's: a header object, sections with rows, a list of strings.
    static let shape = ValueShape(of: .object([
        "title": "T",
        "header": .object(["agencyName": "SỞ", "motto": "M"]),
        "sections": .list([.object(["heading": "A", "items": .list(["x"]), "isLevel1": true,
                                    "days": .list([.object(["label": "3", "rows": .list([.object(["text": "r"])])])])])]),
        "fonts": .list([.object(["data": "AAAA", "family": "F"])]),
    ]))

    func load(_ files: [String: String], html: Bool = false, trusted: Set<String> = []) throws -> TemplateBundle {
        var paths: [String: String] = [:]
        for name in files.keys { paths[name] = "/mau/" + name }
        return try TemplateBundle(files, files: paths, options: .init(shape: Self.shape, html: html, trusted: trusted))
    }

    /// The error `files` give, or nil when they load.
    func error(_ files: [String: String], html: Bool = false) -> TemplateError? {
        do {
            _ = try load(files, html: html)
            return nil
        } catch {
            return error as? TemplateError
        }
    }

    // MARK: Item 8: paths, not names

    @Test func pathsAreCheckedInTheirScopes() throws {
        // Each name exists somewhere in the context; the path does not.
        let wrong = error(["a.xml": "<a>\n  {{header.heading}}</a>"])
        #expect(wrong == TemplateError(.unknownVariable("header.heading"), file: "/mau/a.xml", line: 2, column: 3))
        // `heading` exists only inside a section.
        #expect(error(["a.xml": "{{heading}}"])?.kind == .unknownVariable("heading"))
        #expect(error(["a.xml": "{{#header}}{{label}}{{/header}}"])?.kind == .unknownVariable("label"))
        // Inside sections, names resolve against the row, then the outer scopes, as Mustache does.
        #expect(error(["a.xml": "{{#sections}}{{heading}}{{#days}}{{label}}{{#rows}}{{text}}{{label}}{{heading}}{{title}}{{/rows}}{{/days}}{{/sections}}"]) == nil)
        #expect(error(["a.xml": "{{#sections}}{{#items}}{{.}}{{/items}}{{header.motto}}{{/sections}}{{#header}}{{motto}}{{/header}}"]) == nil)
        // An inverted section opens no scope.
        #expect(error(["a.xml": "{{^sections}}{{heading}}{{/sections}}"])?.kind == .unknownVariable("heading"))
        // A partial's names resolve where it is included.
        #expect(error(["a.xml": "{{#sections}}{{> _partials/p}}{{/sections}}", "_partials/p": "{{heading}}"]) == nil)
        #expect(error(["a.xml": "{{> _partials/p}}", "_partials/p": "{{heading}}"])
                == TemplateError(.unknownVariable("heading"), file: "/mau/_partials/p", line: 1, column: 1))
    }

    // MARK: Item 6: partials resolved when the set is loaded

    @Test func missingPartialsArePlaced() {
        #expect(error(["a.xml": "<a>\n{{#sections}}\n  {{> _partials/agenda.xml}}\n{{/sections}}</a>"])
                == TemplateError(.partialMissing("_partials/agenda.xml"), file: "/mau/a.xml", line: 3, column: 3))
        // Also in a partial no part includes.
        #expect(error(["a.xml": "<a/>", "_partials/p": "{{> q}}"])?.kind == .partialMissing("q"))
    }

    // MARK: Item 4: recursion and depth

    @Test func partialsThatIncludeThemselvesAreRefused() {
        #expect(error(["a.xml": "{{> _partials/p}}", "_partials/p": "x\n{{#sections}}{{> _partials/p}}{{/sections}}"])
                == TemplateError(.recursion(["_partials/p", "_partials/p"]), file: "/mau/_partials/p", line: 2, column: 14))
        let mutual = error(["a.xml": "{{> _partials/p}}", "_partials/p": "{{> _partials/q}}", "_partials/q": "{{> _partials/p}}"])
        #expect(mutual?.kind == .recursion(["_partials/p", "_partials/q", "_partials/p"]))
        #expect(mutual?.file == "/mau/_partials/q")
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        // 3,000 nested sections crashed the old parser (its recursion overflowed the stack).
        let deep = String(repeating: "{{#sections}}", count: 3000) + String(repeating: "{{/sections}}", count: 3000)
        let found = error(["a.xml": deep])
        #expect(found?.kind == .tooDeep(TemplateLimits.nesting))
        #expect(found?.column == 13 * TemplateLimits.nesting + 1)
        // Partials add up: 40 sections in a partial included under 40 others.
        let forty = String(repeating: "{{#sections}}", count: 40) + "x" + String(repeating: "{{/sections}}", count: 40)
        #expect(error(["a.xml": forty.replacingOccurrences(of: "x", with: "{{> _partials/p}}"), "_partials/p": forty])?.kind
                == .tooDeep(TemplateLimits.nesting))
        #expect(error(["a.xml": forty]) == nil)
    }

    @Test func exponentialOutputIsCutWithAnError() throws {
        // 30 nested sections over a list of two: 2^30 repetitions (limits made small for a debug build).
        let limits = RenderLimits(outputSize: 1 << 20, steps: 1 << 16)
        let text = String(repeating: "{{#s}}", count: 30) + String(repeating: "0123456789", count: 100)
            + String(repeating: "{{/s}}", count: 30)
        let template = try FastTemplate(text)
        let context: TemplateValue = .object(["s": .list([.object([:]), .object([:])])])
        var output: [UInt8] = []
        #expect(template.render(context, partials: [:], limits: limits, into: &output).exceeded)
        #expect(output.count <= limits.outputSize + 1000)
        // With nothing to write, the steps are bounded all the same.
        let silent = try FastTemplate(String(repeating: "{{#s}}", count: 40) + String(repeating: "{{/s}}", count: 40))
        output = []
        #expect(silent.render(context, partials: [:], limits: limits, into: &output).exceeded)
        // Within the limits, the same template renders whole.
        output = []
        let small = try FastTemplate(String(repeating: "{{#s}}", count: 10) + "x" + String(repeating: "{{/s}}", count: 10))
        #expect(!small.render(context, partials: [:], limits: limits, into: &output).exceeded)
        #expect(output.count == 1024)
    }

    // MARK: Item 5: size and linear checking

    @Test func largeFilesAreRefused() {
        let big = String(repeating: "x", count: TemplateLimits.fileSize + 1)
        #expect(error(["a.xml": big]) == TemplateError(.tooLarge(TemplateLimits.fileSize + 1), file: "/mau/a.xml"))
        #expect(error(["a.xml": String(repeating: "x", count: TemplateLimits.fileSize)]) == nil)
    }

    /// 50,000 tags on one line took minutes: each tag scanned its whole line. Now each tag looks
    /// only at the blanks beside it; this counts the parser's work instead of timing it.
    @Test func checkingIsLinear() throws {
        let tags = 50_000
        let line = String(repeating: "{{#sections}}{{heading}}{{/sections}} ", count: tags / 3)
        // No timed assertion (speed is measured in benchmarks; under AddressSanitizer on a busy machine
        // this took 28 s): the old check did not finish here in minutes, so the suite would hang.
        let bundle = try load(["a.xml": line, "b.xml": line.replacingOccurrences(of: " ", with: "\n")])
        #expect(bundle.parsed["a.xml"]?.nodes.count == 2 * (tags / 3))
    }

    // MARK: Item 1: HTML templates cannot emit schedule text unescaped

    @Test(arguments: [
        ("<p>{{{title}}}</p>", "raw"),
        ("<p>{{& title}}</p>", "raw"),
        ("<p title={{title}}>x</p>", "unquoted-attribute"),
        ("<a href=\"{{title}}\">x</a>", "attribute:href"),
        ("<img src='{{title}}'>", "attribute:src"),
        ("<p style=\"color: {{title}}\">x</p>", "attribute:style"),
        ("<p onclick=\"f('{{title}}')\">x</p>", "attribute:onclick"),
        ("<script>var t = \"{{title}}\";</script>", "element:script"),
        ("<style>p::before { content: \"{{title}}\" }</style>", "element:style"),
        ("<SCRIPT type=x>{{title}}</SCRIPT>", "element:script"),
        ("<{{title}}>", "tag"),
        ("<p {{title}}>", "tag"),
        ("<!-- {{title}} -->", "comment"),
        ("{{#sections}}<p title=\"{{/sections}}{{title}}\">", "section"),
    ])
    func htmlRefusesUnsafePlaces(_ text: String, _ why: String) {
        let found = error(["page.html": "<body>\n" + text + "\n</body>"], html: true)
        guard case .unsafeHTML(_, let place)? = found?.kind else { Issue.record("\(text): \(String(describing: found))"); return }
        #expect(place.token == why)
        #expect(found?.line == 2)
    }

    @Test func htmlAllowsEscapedTextAndQuotedAttributes() throws {
        _ = try load(["page.html": """
            <!DOCTYPE html><title>{{title}}</title>
            <p class="x {{#sections}}s{{/sections}}" data-label="{{title}}" title='{{header.motto}}'>{{title}}</p>
            <script>var x = 1;</script><p>{{title}}</p><style>p { color: red }</style>
            {{! a comment }}<!-- x --><br/>{{title}}
            """], html: true)
        // Partials carry the context: a partial included inside <style> is inside <style>.
        #expect(error(["page.html": "<style>\n{{> _partials/c}}\n</style>", "_partials/c": "{{title}}"], html: true)?.file
                == "/mau/_partials/c")
        // Values congtac computes itself may be trusted.
        _ = try load(["page.html": "<style>{{#fonts}}@font-face { src: url({{{data}}}); font-family: \"{{family}}\" }{{/fonts}}</style>"],
                     html: true, trusted: ["fonts.data", "fonts.family"])
    }
}
