import CongTacLoading
import CongTacModel
import Foundation
import Testing
@testable import CongTacRendering

/// The template fuzz mode's invariants (Fuzz/README.md, "Template mode") over seeded random mutations
/// of the built-in set, in every `swift test`: partials added, removed or made to include each other,
/// sections nested and repeated, values made raw. Whatever the set, loading and rendering give a
/// sound DOCX and escaped HTML, or an error placed in a file of the set. `CONGTAC_TEST_SEED` replays a run.
@Suite struct TemplateMutationTests {
    static let seed: UInt64 = 20_261_128
    static let probe = "<x-probe onmouseover=1>"

    static let snippets = [
        "{{#sections}}", "{{/sections}}", "{{#days}}", "{{/days}}", "{{^items}}", "{{/items}}", "{{{.}}}", "{{& heading}}",
        "{{{heading}}}", "{{heading}}", "{{header.heading}}", "{{header.agencyName}}", "{{label}}", "{{.}}", "{{!c}}",
        "{{> _partials/agenda.xml}}", "{{> _partials/agenda.html}}", "{{> _partials/document.html}}", "{{> _partials/x.xml}}",
        "{{> _partials/x.html}}", "{{> _partials/missing}}", "<script>", "</script>", "<p title={{heading}}>", "<a href=\"{{heading}}\">",
        "<style>", "</style>", "<!--", "-->", "<w:p>", "</w:p>", "<w:t>{{heading}}</w:t>", "]]>", "&amp;", "\n", "  ", "{{", "}}",
    ]

    static let schedule: Schedule = {
        var schedule = try! loadExample("khcn-bac-giang-2020-07")
        schedule.sections[0].heading += probe
        schedule.sections[0].items.append("Việc " + probe)
        schedule.recipients.append(probe)
        return schedule
    }()

    func mutate(_ files: inout [String: String], using random: inout SeededGenerator) {
        let names = files.keys.sorted()
        let name = random.next() % 6 == 0
            ? (random.next() % 2 == 0 ? "docx/_partials/x.xml" : "html/_partials/x.html")
            : names[Int(random.next() % UInt64(names.count))]
        var text = Array(files[name] ?? "")
        func position() -> Int { text.isEmpty ? 0 : Int(random.next() % UInt64(text.count + 1)) }
        switch random.next() % 6 {
        case 0, 1:
            text.insert(contentsOf: Self.snippets[Int(random.next() % UInt64(Self.snippets.count))], at: position())
        case 2:
            let (a, b) = (position(), position())
            text.removeSubrange(min(a, b)..<max(a, b))
        case 3:
            // Wrap a range in a section, several times over: deep and repeated nesting.
            let (a, b) = (position(), position())
            let depth = Int(random.next() % 40) + 1
            text.insert(contentsOf: String(repeating: "{{/sections}}", count: depth), at: max(a, b))
            text.insert(contentsOf: String(repeating: "{{#sections}}", count: depth), at: min(a, b))
        case 4:
            let (a, b) = (position(), position())
            text.insert(contentsOf: Array(text[min(a, b)..<max(a, b)]), at: position())
        default:
            files[name] = nil
            return
        }
        files[name] = String(text)
    }

    /// An error must be a `RenderError` placed inside a file of the set.
    func checkPlaced(_ error: Error, _ set: TemplateSet, _ context: String) {
        guard let error = error as? RenderError else { Issue.record("\(context): not a RenderError: \(error)"); return }
        let diagnostic = error.diagnostic(.en)
        guard let location = diagnostic.location, location.file.hasPrefix("/mau/") else {
            Issue.record("\(context): no place in the set: \(diagnostic)"); return
        }
        guard let text = set.files[String(location.file.dropFirst(5))] else {
            // The set lacks a part it needs: the error names where it should be.
            #expect(diagnostic.code == "template-missing", "\(context): \(diagnostic)")
            return
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(location.line >= 1 && location.line <= lines.count && location.column >= 1
                && location.column <= lines[location.line - 1].unicodeScalars.count + 1, "\(context): \(diagnostic)")
    }

    @Test func mutatedSetsRenderOrFailWithAPlace() throws {
        var random = SeededGenerator(seed: Self.seed)
        var outcomes: [String: Int] = [:]
        for round in 0..<120 {
            var files = TemplateSet.builtIn.files
            for _ in 0..<(1 + Int(random.next() % 3)) { mutate(&files, using: &random) }
            let set = TemplateSet(files: files, directory: "/mau")
            let context = "round \(round), \(random)"
            do {
                let renderer = try DocxRenderer(templates: set)
                for (name, part) in try renderer.parts(DocumentView(Self.schedule), date: Self.schedule.date) where name.hasSuffix(".xml") {
                    #expect(XMLCheck.problem(in: part) == nil, "\(context): \(name)")
                }
                outcomes["docx rendered", default: 0] += 1
            } catch {
                checkPlaced(error, set, context)
                outcomes["docx " + ((error as? RenderError)?.diagnostic(.en).code ?? "?"), default: 0] += 1
            }
            do {
                let renderer = try HTMLRenderer(templates: set)
                for fragment in [false, true] {
                    let html = String(decoding: try renderer.render(Self.schedule, fragment: fragment), as: UTF8.self)
                    #expect(!html.contains("<x-probe"), "\(context): schedule text written raw")
                }
                outcomes["html rendered", default: 0] += 1
            } catch {
                checkPlaced(error, set, context)
                outcomes["html " + ((error as? RenderError)?.diagnostic(.en).code ?? "?"), default: 0] += 1
            }
        }
        print("TemplateMutationTests, \(random): \(outcomes.sorted { $0.key < $1.key })")
        // The mutations reach both outcomes and the checks.
        #expect(outcomes["docx rendered", default: 0] > 0 && outcomes["html rendered", default: 0] > 0, "\(outcomes)")
        #expect(outcomes.keys.filter { $0.hasPrefix("docx template-") || $0.hasPrefix("html template-") }.count >= 4, "\(outcomes)")
    }
}
