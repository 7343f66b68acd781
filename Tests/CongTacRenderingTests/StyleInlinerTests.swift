import CongTacCalendar
import CongTacModel
import Foundation
import Testing
@testable import CongTacRendering

/// `--fragment --inline`: selectors, the cascade, generated boxes, what is removed, and the built-in
/// fragments inlined whole.
@Suite struct StyleInlinerTests {
    func inline(_ css: String, _ body: String) throws -> String {
        try StyleInliner.inline("<div class=\"root\"><style>\(css)</style>\(body)</div>")
    }

    @Test func selectorsOutsideTheSubsetAreRefusedNotGuessed() {
        for supported in [".a", "p", "*", "#x", ".a .b", ".a > .b", ".a + .b", ".a ~ .b", "tr:first-child td", "td:last-child",
                          "tbody:first-of-type", "p:last-of-type", "td:empty", ".a:not(#b)", ".a::after", ".a *::before", "h4.heading"] {
            #expect(CSSSelector(supported) != nil, "\(supported)")
        }
        for unsupported in ["a:hover", "[href]", "a[href]", "p:nth-child(2)", ".a::first-line", ".a::after .b", "", ".", "> a"] {
            #expect(CSSSelector(unsupported) == nil, "\(unsupported)")
        }
        #expect(throws: StyleInliner.Failure.unsupportedSelector("a:hover")) { try self.inline("a:hover { color: red }", "<a>x</a>") }
    }

    @Test func specificityCountsIdsClassesAndTypes() throws {
        #expect(try #require(CSSSelector(".root:not(#x) .agenda td")).counts == [1, 2, 1])
        #expect(try #require(CSSSelector("h4.heading::after")).counts == [0, 1, 2])
        #expect(try #require(CSSSelector("tr:first-child td")).counts == [0, 1, 2])
    }

    @Test func theCascadeOrdersBySpecificityThenSourceAndKeepsTheElementsOwnStyleLast() throws {
        let out = try inline(".root .a { color: red; margin: 1px } .a { color: blue } p { margin-top: 2px } .a { font-weight: bold }",
                             "<p class=\"a\" style=\"color: green\">x</p>")
        // `p` (0,0,1) before `.a` (0,1,0) before `.root .a` (0,2,0); the longhand before its shorthand stays before it.
        #expect(out.contains("<p style=\"margin-top: 2px; font-weight: bold; margin: 1px; color: green\">x</p>"))
    }

    @Test func structuralPseudoClassesAndCombinatorsMatchAsInABrowser() throws {
        let css = "tr:first-child td { a: 1 } tr:last-child td { b: 2 } tbody:first-of-type td { c: 3 } tr + tr td { d: 4 } "
            + "td:empty { e: 5 } .x > td { f: 6 } .root:not(#root) td { g: 7 }"
        let out = try inline(css, "<table><tbody><tr class=\"x\"><td>1</td></tr><tr><td></td></tr></tbody><tbody><tr><td>3</td></tr></tbody></table>")
        // By specificity: `tr + tr td` (0,0,3), `.x > td` and `td:empty` (0,1,1), `tr:first-child td` (0,1,2), `:not(#root)` (1,1,1).
        #expect(out.contains("<td style=\"f: 6; a: 1; c: 3; g: 7\">1</td>"))
        #expect(out.contains("<td style=\"d: 4; e: 5; b: 2; c: 3; g: 7\"></td>"))
        #expect(out.contains("<td style=\"a: 1; b: 2; g: 7\">3</td>"))
    }

    @Test func generatedBoxesBecomeSpansThatAnEditorKeeps() throws {
        let out = try inline(".l::after { content: \"\"; display: block; border-top: 1px solid } .n::before { content: attr(data-n) \": \" } "
                             + ".gap { height: 1em }",
                             "<span class=\"l\">Tên</span><td class=\"n\" data-n=\"Đơn vị\">A</td><span class=\"gap\"></span>")
        let keeper = "<span style=\"\(StyleInliner.keeperStyle)\">&nbsp;</span>"
        #expect(out.contains("<span>Tên<span style=\"display: block; border-top: 1px solid\">\(keeper)</span></span>"))
        #expect(out.contains("<td><span>Đơn vị: </span>A</td>"))
        #expect(out.contains("<span style=\"height: 1em\">\(keeper)</span>"))
    }

    @Test func stylesScriptsClassesAndDataAttributesAreGone() throws {
        let out = try inline("td { color: #000; font-family: \"Liberation Serif\", serif }",
                             "<script>alert(1)</script><td class=\"a\" data-label=\"x\" colspan=\"3\">&lt;b&gt; &amp;</td>")
        #expect(!out.contains("<style") && !out.contains("<script") && !out.contains("class=") && !out.contains("data-"))
        #expect(out.contains("<td colspan=\"3\" style=\"color: #000; font-family: &quot;Liberation Serif&quot;, serif\">&lt;b&gt; &amp;</td>"))
    }

    @Test func mediaRulesAreLeftOut() {
        let sheet = CSSStyleSheet(parsing: "/* c */ .a { x: 1 } @media screen and (max-width: 640px) { .a { x: 2 } } .b{y:2;}")
        #expect(sheet.rules.map(\.selectors) == [[".a"], [".b"]])
        #expect(sheet.skippedAtRules == ["@media screen and (max-width: 640px)"])
        #expect(sheet.rules[1].declarations == [.init(property: "y", value: "2")])
    }

    /// Every built-in fragment inlines: no class, style element or data attribute is left, every
    /// element the style sheet styled has a style, and schedule texts stay escaped.
    @Test(arguments: exampleNames)
    func builtInFragmentsInlineWhole(_ name: String) throws {
        var schedule = try loadExample(name)
        schedule.recipients.append("<script>alert(1)</script> & \"x\"")
        let renderer = try HTMLRenderer()
        let out = String(decoding: try renderer.inline(try renderer.renderBytes(schedule, fragment: true)), as: UTF8.self)
        #expect(!out.contains("<style") && !out.contains("class=") && !out.contains("data-label") && !out.contains("<script"))
        #expect(out.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"))
        let tree = try HTMLTree(parsing: out)
        let unstyled = tree.nodes.filter { $0.name != nil && $0.attribute("style") == nil }.compactMap(\.name)
        #expect(unstyled.isEmpty, "\(unstyled)")
    }

    @Test func theWeeksFragmentInlinesToo() throws {
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        let renderer = try HTMLRenderer()
        let fragment = try renderer.renderWeekBytes(ISOWeek(year: 2025, week: 8)!, main: schedule, months: [schedule.month!: schedule],
                                                    fragment: true)
        let out = String(decoding: try renderer.inline(fragment, week: true), as: UTF8.self)
        #expect(!out.contains("class=") && out.contains("LỊCH CÔNG TÁC TUẦN"))
    }

    @Test func anAgencysUnsupportedSelectorNamesItsTemplate() throws {
        var files = TemplateSet.builtIn.files
        files["html/_partials/document.css"]! += "\n.congtac-ctr a:hover { color: red; }\n"
        let renderer = try HTMLRenderer(templates: TemplateSet(files: files, directory: "/mau"))
        let fragment = try renderer.renderBytes(try loadExample("khcn-ha-tinh-2025-02"), fragment: true)
        #expect(throws: RenderError.inlineFailed(template: "/mau/html/fragment.html",
                                                 failure: .unsupportedSelector(".congtac-ctr a:hover"))) {
            try renderer.inline(fragment)
        }
    }

    /// The inlined fragment of one example against its golden. Re-record with `CONGTAC_RECORD=1`.
    @Test func inlinedFragmentMatchesGolden() throws {
        let renderer = try HTMLRenderer()
        let out = String(decoding: try renderer.inline(try renderer.renderBytes(try loadExample("khcn-ha-tinh-2025-02"), fragment: true)),
                         as: UTF8.self)
        let golden = packageRoot.appendingPathComponent("Tests/CongTacRenderingTests/Goldens/html/khcn-ha-tinh-2025-02.inline.html")
        if recordingGoldens {
            try recordGolden(Data(out.utf8), at: golden)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if out != expected { Issue.record("differs from its golden:\n\(lineDiff(expected, out))") }
    }
}
