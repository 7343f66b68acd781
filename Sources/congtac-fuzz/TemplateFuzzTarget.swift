import CongTacLoading
import CongTacModel
import CongTacRendering
import Foundation

/// The template mode (`CONGTAC_FUZZ_MODE=templates`, `.ci/fuzz.sh` with `FUZZ_MODE=templates`): an
/// input is an agency's template set — the built-in set with one file replaced — and the invariants
/// are those of issue #16: whatever the templates, loading them and rendering a schedule whose texts
/// hold markup either gives a sound DOCX and HTML, or a located error; nothing traps, and libFuzzer's
/// `-timeout` and `-rss_limit_mb` bound the time and memory.
///
/// Input: the first byte picks the file (`files`, by index modulo their number: every built-in
/// template, and a new partial in each format), the rest is its text (invalid UTF-8 replaced).
enum TemplateFuzzTarget {
    /// The folder the set is said to come from, in its errors.
    static let folder = "/fuzz-templates"

    /// The files an input can replace: the built-in templates, sorted, then a new partial per format.
    static let files: [String] = TemplateSet.builtIn.files.keys.sorted() + ["docx/_partials/fuzz.xml", "html/_partials/fuzz.html"]

    /// Markup in every text the templates show: if any of it comes out raw in the HTML, a template
    /// wrote schedule text unescaped.
    static let probe = "<x-probe onmouseover=1>"

    /// A small schedule with the probe in its texts (an agenda, sections, recipients, a signature).
    static let schedule: Schedule = {
        let yaml = """
            agency: {parent: "UBND \(probe)", name: "SỞ \(probe)", code: KHCN}
            number: 7
            place: Hà Tĩnh
            date: 2025-02-03
            banner: "\(probe)"
            summary: "Công tác \(probe)"
            month: 2025-02
            sections:
              - heading: "MỘT \(probe)"
                items: ["Tổ chức \(probe)"]
                sections:
                  - heading: "Con \(probe)"
                    agenda:
                      days:
                        - day: 3
                          note: "Kỷ niệm \(probe)"
                          items:
                            - {time: Sáng, text: "Họp \(probe)", unit: "VP \(probe)", leader: "Đ/c \(probe)"}
                            - {text: "Tiếp khách", leader: "Đ/c B"}
            recipients: ["UBND tỉnh \(probe)"]
            signature: {authority: KT. GIÁM ĐỐC, position: PHÓ GIÁM ĐỐC, name: "Nguyễn \(probe)"}
            """
        let result = ScheduleLoader(language: .en).load(data: Data(yaml.utf8), name: "probe.yaml")
        guard let schedule = result.renderable else { fatalError("congtac-fuzz: the probe schedule does not load: \(result.diagnostics)") }
        return schedule
    }()

    /// The set an input describes.
    static func templates(_ data: Data) -> TemplateSet {
        var files = TemplateSet.builtIn.files
        let name = Self.files[Int(data.first ?? 0) % Self.files.count]
        files[name] = String(decoding: data.dropFirst(), as: UTF8.self)
        return TemplateSet(files: files, directory: folder)
    }

    /// What one input did: "refused CODE" or "rendered".
    @discardableResult
    static func run(_ data: Data) -> (docx: String, html: String) {
        let set = templates(data)
        var outcome = (docx: "rendered", html: "rendered")
        do {
            let renderer = try DocxRenderer(templates: set)
            let docx = try renderer.render(schedule)
            FuzzTarget.checkZIP(docx)
            for (name, part) in try renderer.parts(schedule) where name.hasSuffix(".xml") || name.hasSuffix(".rels") {
                if let problem = DocxRenderer.wellFormednessProblem(in: part) {
                    fatalError("congtac-fuzz: the agency's DOCX part \(name) is not well-formed: \(problem)")
                }
            }
        } catch {
            outcome.docx = "refused " + checkLocated(error, set: set)
        }
        do {
            let renderer = try HTMLRenderer(templates: set)
            for fragment in [false, true] {
                let html = String(decoding: try renderer.render(schedule, fragment: fragment), as: UTF8.self)
                if html.contains("<x-probe") {
                    fatalError("congtac-fuzz: an agency's HTML template wrote schedule text unescaped (fragment: \(fragment))")
                }
            }
        } catch {
            outcome.html = "refused " + checkLocated(error, set: set)
        }
        return outcome
    }

    /// A refusal is a `RenderError` placed in the set's files: a line and column inside the file
    /// (the whole part, when the error is about its size). Returns its code.
    static func checkLocated(_ error: Error, set: TemplateSet) -> String {
        guard let error = error as? RenderError else { fatalError("congtac-fuzz: not a RenderError: \(error)") }
        let diagnostic = error.diagnostic(.en)
        guard let location = diagnostic.location, location.file.hasPrefix(folder + "/") else {
            fatalError("congtac-fuzz: a template error without a place in the set: \(diagnostic)")
        }
        let relative = String(location.file.dropFirst(folder.count + 1))
        guard let text = set.files[relative] else { fatalError("congtac-fuzz: an error placed in no file of the set: \(diagnostic)") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line >= 1, location.line <= lines.count, location.column >= 1,
              location.column <= lines[location.line - 1].unicodeScalars.count + 1 else {
            fatalError("congtac-fuzz: a template error placed outside its file (\(lines.count) lines): \(diagnostic)")
        }
        return diagnostic.code
    }
}
