import CongTacLoading
import CongTacModel
import CongTacRendering
import Foundation

/// The built-in DOCX renderer, made once for every input (its templates are parsed once).
let docxRenderer: DocxRenderer = {
    do {
        return try DocxRenderer()
    } catch {
        fatalError("congtac-fuzz: the built-in DOCX templates do not load: \(error)")
    }
}()

/// The built-in HTML renderer, made once.
let htmlRenderer: HTMLRenderer = {
    do {
        return try HTMLRenderer()
    } catch {
        fatalError("congtac-fuzz: the built-in HTML templates do not load: \(error)")
    }
}()

/// What one input did, for the replayer's summary.
struct FuzzOutcome {
    /// The loader's diagnostics, in English.
    var diagnostics: [Diagnostic] = []
    /// Errors and warnings the loader reported.
    var errors = 0
    var warnings = 0
    /// Whether the schedule was renderable (loaded without errors) and so was rendered.
    var rendered = false
    /// Sizes of the outputs, when rendered.
    var docxBytes = 0
    var pageBytes = 0
    var fragmentBytes = 0
    /// Known findings (Fuzz/README.md) this input ran into; tolerated until they are fixed.
    var knownFindings: Set<String> = []
}

/// One input through load → validate → render DOCX, HTML page and HTML fragment, with the invariants
/// that must hold for any bytes whatsoever. A broken invariant is a `fatalError`, which libFuzzer
/// reports as a crash and saves the input for.
///
/// The invariants:
/// - loading never traps, in either message language;
/// - both languages report the same diagnostics (codes, severities, places); only the words differ;
/// - every diagnostic has a code, a message and a place inside the file (lines counted as libyaml
///   counts them), and one about a character points at that character (or at the quote of the string
///   that writes it as an escape);
/// - a file without errors gives a schedule (no silent failure);
/// - what looks like JSON is also read as `.json`; when both readings have no errors, they are equal;
/// - a renderable schedule, written by `ScheduleWriter`, reads back as the same schedule without errors;
/// - a renderable schedule renders to DOCX, HTML page and HTML fragment without throwing;
/// - the DOCX is a sound ZIP archive: headers, offsets, sizes and names agree, the parts Word needs are there;
/// - no HTML output contains `<script` (in any letter case): user text is always escaped;
/// - no HTML output holds a character HTML forbids (C0 controls but tab, LF, FF and CR; DEL; C1
///   controls; U+FFFE, U+FFFF).
///
/// Known findings that are reported but not fixed yet are tolerated and counted (`FuzzOutcome.knownFindings`).
enum FuzzTarget {
    /// The names diagnostics give the input: the loader reads a `.json` file with its JSON parser and
    /// anything else as YAML.
    static let yamlName = "fuzz.yaml"
    static let jsonName = "fuzz.json"

    static func run(_ data: Data) -> FuzzOutcome {
        var outcome = FuzzOutcome()
        let result = load(data, name: yamlName, outcome: &outcome)
        outcome.diagnostics = result.diagnostics
        outcome.errors = result.diagnostics.filter { $0.severity == .error }.count
        outcome.warnings = result.diagnostics.count - outcome.errors
        var renderable = result.renderable
        // What looks like JSON is read both ways; where both readings succeed they must agree.
        if looksLikeJSON(data) {
            let json = load(data, name: jsonName, outcome: &outcome)
            // (Finding F5, fixed: U+2028 and U+2029 are read as spaces by both.)
            if let yamlSchedule = renderable, let jsonSchedule = json.renderable, yamlSchedule != jsonSchedule {
                violation("the file reads differently as JSON and as YAML:\nYAML: \(yamlSchedule)\nJSON: \(jsonSchedule)",
                          json.diagnostics)
            }
            renderable = renderable ?? json.renderable
        }
        guard let schedule = renderable else { return outcome }
        outcome.rendered = true
        checkWriterReadsBack(schedule)

        do {
            let docx = try docxRenderer.render(schedule)
            checkZIP(docx)
            outcome.docxBytes = docx.count
            // The parts are proven well-formed rather than parsed (XMLTemplateProof): parse them here.
            for (name, part) in try docxRenderer.parts(schedule) where name.hasSuffix(".xml") || name.hasSuffix(".rels") {
                if let problem = DocxRenderer.wellFormednessProblem(in: part) {
                    violation("the DOCX part \(name) is not well-formed: \(problem)", result.diagnostics)
                }
            }
        } catch {
            violation("a schedule without errors does not render to DOCX: \(error)", result.diagnostics)
        }

        for fragment in [false, true] {
            let html: [UInt8]
            do {
                html = [UInt8](try htmlRenderer.render(schedule, fragment: fragment))
            } catch {
                violation("a schedule without errors does not render to HTML (fragment: \(fragment)): \(error)",
                          result.diagnostics)
            }
            checkNoScript(html, fragment: fragment)
            if let offset = forbiddenCharacterOffset(in: html) {
                let context = String(decoding: html[max(0, offset - 60)..<min(html.count, offset + 20)], as: UTF8.self)
                violation("the HTML \(fragment ? "fragment" : "page") holds a control character at byte \(offset): "
                          + "…\(context.debugDescription)…", result.diagnostics)
            }
            if fragment { outcome.fragmentBytes = html.count } else { outcome.pageBytes = html.count }
        }

        // The PDF: a character its fonts lack is refused (the loader reports it when PDF is asked
        // for); anything else a schedule without errors holds must lay out and be written.
        do {
            let pdf = try PDFRenderer().renderBytes(schedule)
            if !pdf.starts(with: Array("%PDF-".utf8)) { violation("the PDF does not start with %PDF-", result.diagnostics) }
        } catch RenderError.unsupportedCharacter {
        } catch {
            violation("a schedule without errors does not render to PDF: \(error)", result.diagnostics)
        }
        checkCalendar(schedule, result.diagnostics)
        return outcome
    }

    /// The iCalendar feed, the agency's and each leader's: CRLF lines of at most 75 octets, valid
    /// UTF-8, no control character but the line ends, unique UIDs.
    static func checkCalendar(_ schedule: Schedule, _ diagnostics: [Diagnostic]) {
        let feed = CalendarFeed()
        for leader in [nil] + schedule.namedLeaders.prefix(3).map(Optional.some) {
            let bytes = feed.render(schedule, leader: leader)
            guard String(validating: bytes, as: UTF8.self) != nil else { violation("the .ics is not UTF-8", diagnostics) }
            var start = 0
            for i in bytes.indices where bytes[i] == 0x0A {
                guard i > 0, bytes[i - 1] == 0x0D, i - 1 - start <= 75 else {
                    violation("the .ics has a line that is not CRLF-ended or longer than 75 octets at byte \(i)", diagnostics)
                }
                if bytes[start..<(i - 1)].contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) {
                    violation("the .ics holds a control character in the line at byte \(start)", diagnostics)
                }
                start = i + 1
            }
            let uids = feed.events(schedule, leader: leader).map(\.uid)
            if Set(uids).count != uids.count { violation("the .ics repeats a UID", diagnostics) }
        }
    }

    /// The writer and the reader are a pair: a schedule written as YAML reads back, without errors,
    /// as the same schedule.
    static func checkWriterReadsBack(_ schedule: Schedule) {
        let written = ScheduleWriter().text(schedule)
        let reread = ScheduleLoader(language: .en).load(data: Data(written.utf8), name: yamlName)
        if reread.diagnostics.hasErrors || reread.schedule != schedule {
            violation("the schedule written by ScheduleWriter reads back differently:\n\(written)", reread.diagnostics)
        }
    }

    /// The offset of the first character HTML must not carry (a parse error for browsers and the Nu
    /// checker): C0 controls other than tab, line feed, form feed and carriage return; DEL; the C1
    /// controls; the non-characters U+FFFE and U+FFFF.
    static func forbiddenCharacterOffset(in bytes: [UInt8]) -> Int? {
        for i in bytes.indices {
            let b = bytes[i]
            if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D) || b == 0x7F { return i }
            if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) { return i }
            if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF { return i }
        }
        return nil
    }

    /// Loads `data` in both message languages and checks the diagnostics.
    static func load(_ data: Data, name: String, outcome: inout FuzzOutcome) -> LoadResult {
        let result = ScheduleLoader(language: .en).load(data: data, name: name)
        let resultVI = ScheduleLoader(language: .vi).load(data: data, name: name)
        outcome.knownFindings.formUnion(checkDiagnostics(result.diagnostics, vietnamese: resultVI.diagnostics,
                                                         data: data, name: name))
        if !result.diagnostics.hasErrors && result.schedule == nil {
            violation("the file loads as \(name) without errors but gives no schedule", result.diagnostics)
        }
        return result
    }

    /// Whether the first character after white space (and a byte-order mark) opens a JSON object or array.
    static func looksLikeJSON(_ data: Data) -> Bool {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let first = bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }


    /// Codes and places are the same in both languages; each diagnostic is complete and inside the
    /// file; a diagnostic about one character (`control-character`, `invisible-character`) points at
    /// that character. Returns the known findings met on the way.
    static func checkDiagnostics(_ english: [Diagnostic], vietnamese: [Diagnostic], data: Data,
                                 name: String) -> Set<String> {
        let known: Set<String> = []  // none open now (Fuzz/README.md)
        func key(_ d: Diagnostic) -> String {
            "\(d.location?.line ?? 0):\(d.location?.column ?? 0) \(d.severity.rawValue) \(d.code)"
        }
        if english.map(key) != vietnamese.map(key) {
            violation("the diagnostics differ between English \(english.map(key)) and Vietnamese \(vietnamese.map(key))",
                      english)
        }
        let lines = SourceLines(data)
        for (d, dVI) in zip(english, vietnamese) {
            if d.code.isEmpty || d.message.isEmpty || dVI.message.isEmpty {
                violation("a diagnostic without a code or a message: \(d) / \(dVI)", english)
            }
            guard let location = d.location else {
                violation("a diagnostic without a place: \(d)", english)
            }
            if location.file != name || location.line < 1 || location.column < 1 {
                violation("a diagnostic with a bad place: \(d)", english)
            }
            if location.line > lines.count {
                violation("a diagnostic below the last line (\(lines.count) lines): \(d)", english)
            }
            let line = lines.scalars[location.line - 1]
            if location.column > line.count + 1 {
                violation("a diagnostic right of the end of its line (\(line.count) characters): \(d)", english)
            }
            if d.code == "control-character" || d.code == "invisible-character" {
                let named = d.message.range(of: #"U\+[0-9A-F]{4,6}"#, options: .regularExpression)
                    .flatMap { UInt32(d.message[$0].dropFirst(2), radix: 16) }
                let found = location.column <= line.count ? line[location.column - 1].value : nil
                // A control character written as an escape (`"\b"`, `"\u0008"`) is placed at its string's
                // quote; an invisible one (`"\L"`, `"\u202E"`) at the escape that writes it.
                let escaped = found == 0x5C ? escapeValue(line, at: location.column - 1) : nil
                if named == nil || (named != found && found != 0x22 && named != escaped) {
                    violation("a character diagnostic that does not point at its character "
                              + "(found \(found.map { String($0, radix: 16) } ?? "the end of the line")): \(d)", english)
                }
            }
        }
        return known
    }

    /// The character a YAML or JSON escape starting at `line[index]` (a backslash) writes, if it names one.
    static func escapeValue(_ line: [Unicode.Scalar], at index: Int) -> UInt32? {
        guard index + 1 < line.count else { return nil }
        func hex(_ count: Int) -> UInt32? {
            guard index + 2 + count <= line.count else { return nil }
            return UInt32(String(String.UnicodeScalarView(line[(index + 2)..<(index + 2 + count)])), radix: 16)
        }
        switch line[index + 1] {
        case "u": return hex(4)
        case "U": return hex(8)
        case "x": return hex(2)
        case "L": return 0x2028
        case "P": return 0x2029
        default: return nil
        }
    }

    /// The DOCX must be a sound ZIP archive with the parts Word needs (`ZIPCheck`).
    static func checkZIP(_ docx: Data) {
        if let problem = ZIPCheck.problem(in: docx) {
            fatalError("congtac-fuzz: the DOCX is not a sound ZIP archive (\(docx.count) bytes): \(problem)")
        }
    }

    /// User text must come out escaped: no script element, whatever the file holds.
    static func checkNoScript(_ bytes: [UInt8], fragment: Bool) {
        let needle = Array("<script".utf8)
        guard bytes.count >= needle.count else { return }
        for start in 0...(bytes.count - needle.count) where bytes[start] == 0x3C {
            var matches = true
            for (offset, expected) in needle.enumerated().dropFirst() where bytes[start + offset] | 0x20 != expected {
                matches = false
                break
            }
            if matches {
                let context = String(decoding: bytes[max(0, start - 80)..<min(bytes.count, start + 80)], as: UTF8.self)
                fatalError("congtac-fuzz: the HTML \(fragment ? "fragment" : "page") holds `<script`: …\(context)…")
            }
        }
    }

    /// Stops with the broken invariant and the loader's diagnostics, so that the crash report says why.
    static func violation(_ problem: String, _ diagnostics: [Diagnostic]) -> Never {
        let listed = diagnostics.prefix(20).map { "  \($0)" }.joined(separator: "\n")
        fatalError("congtac-fuzz: \(problem)\ndiagnostics:\n\(listed)")
    }
}

/// Whether inputs are agency template sets (`CONGTAC_FUZZ_MODE=templates`, TemplateFuzzTarget)
/// rather than schedule files.
let templateMode = ProcessInfo.processInfo.environment["CONGTAC_FUZZ_MODE"] == "templates"
