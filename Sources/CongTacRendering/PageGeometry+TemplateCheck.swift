import CongTacTemplates
import Foundation
import RegexBuilder

/// The load-time check that an agency's DOCX templates still agree with the page geometry where a
/// drawn line depends on it: the type size of the agency's name, the motto and the title, and the width
/// of the header column each line is centred in. Without it, a house style that edits `w:sz="24"` after
/// `templates export` gets lines measured for one size under text of another, and no warning.
///
/// The size of a text is found as Word finds it, in the templates' source so that the message points at
/// the literal to change: the run's `w:sz`, else its character style's, else its paragraph style's (each
/// with its `basedOn` chain in `word/styles.xml`), else the document defaults, else Word's 10 pt. A value
/// written `{{layout.key}}` is the geometry's own; a literal is compared with the geometry; any other
/// variable cannot be known before rendering and is let through. The text checked is the one a line is
/// drawn under: the last interpolation before `{{lines.…}}` in the same template (the same name in a
/// running header has no line to agree with). Limits: a text and its line split across two templates,
/// and a size set by a table style or a theme, are not followed.
extension PageGeometry {
    /// The texts with a drawn line, how to find them in a template, and what the geometry expects.
    struct MeasuredText {
        var element: RenderError.LayoutElement
        /// Where the text is interpolated: a variable's name, optionally only inside a section.
        var variable: String
        var insideSection: String?
        var size: Int
        var column: Int?
        /// The drawn line's indent in the context (`lines.agency`): the text checked is the last one
        /// interpolated before it in the same template, the text the line is drawn under.
        var line: String
    }

    var measuredTexts: [MeasuredText] {
        [
            MeasuredText(element: .agencyName, variable: "header.agencyName", size: sizes.agency, column: headerLeft, line: "agency"),
            MeasuredText(element: .motto, variable: "header.motto", size: sizes.motto, column: headerRight, line: "motto"),
            MeasuredText(element: .title, variable: "text", insideSection: "titleLines", size: sizes.title, line: "title"),
            MeasuredText(element: .title, variable: "summary", size: sizes.title, line: "title"),
        ]
    }

    /// Throws `layoutMismatch` at the first place (by file, then position) where `files` (the `docx/`
    /// templates by relative name) set a measured text at another size or in a column of another width.
    func checkMeasuredTexts(in files: [String: String], displayPath: (String) -> String) throws {
        let styles = StyleSheet(files["word/styles.xml"] ?? "")
        let values = docxContext.layoutValues
        for (name, text) in files.sorted(by: { $0.key < $1.key })
        where name.hasSuffix(".xml") && name != "word/styles.xml" {
            for measured in measuredTexts {
                for place in Self.places(of: measured, in: text) {
                    // Text outside a run (the document's properties, say) has no type size.
                    guard let run = Self.run(around: place, in: text) else { continue }
                    let written = Self.size(at: place, inRunFrom: run, in: text, styles: styles)
                    // Nothing sets a size: Word's own default, 10 pt.
                    if let found = written == nil ? 20 : written?.resolve(values), found != measured.size {
                        let inStyles = written?.file == .styles
                        let (line, column) = Self.lineAndColumn(of: written?.index ?? place, in: inStyles ? styles.text : text)
                        throw RenderError.layoutMismatch(file: displayPath(inStyles ? "word/styles.xml" : name), line: line,
                                                         column: column, element: measured.element, quantity: .size,
                                                         expected: measured.size, found: found)
                    }
                    if let width = measured.column, let cell = Self.cellWidth(at: place, in: text),
                       let found = cell.resolve(values), found != width {
                        let (line, column) = Self.lineAndColumn(of: cell.index, in: text)
                        throw RenderError.layoutMismatch(file: displayPath(name), line: line, column: column,
                                                         element: measured.element, quantity: .width,
                                                         expected: width, found: found)
                    }
                }
            }
        }
    }

    /// A size or width as a template writes it: a number, `{{layout.key}}`, or something unknowable.
    struct WrittenValue {
        enum File { case template, styles }
        var raw: Substring
        var file: File
        var index: String.Index

        /// The number it stands for; nil when it cannot be known before rendering.
        func resolve(_ layout: [String: Int]) -> Int? {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if let number = Int(trimmed) { return number }
            guard let match = trimmed.wholeMatch(of: /\{\{\s*layout\.(\w+)\s*\}\}/) else { return nil }
            return layout[String(match.1)]
        }
    }

    /// Where `measured` is interpolated in `text` under a drawn line: its last place before each use of
    /// the line's indent. The same name elsewhere (a running header, the document's properties) has no
    /// line to agree with.
    static func places(of measured: MeasuredText, in text: String) -> [String.Index] {
        let lines = text.matches(of: tag(named: "lines." + measured.line)).map(\.range.lowerBound)
        guard !lines.isEmpty else { return [] }
        let all = interpolations(of: measured, in: text)
        return Array(Set(lines.compactMap { line in all.last(where: { $0 < line }) })).sorted()
    }

    /// A `{{name}}` (or `{{{name}}}`, `{{& name}}`) tag.
    static func tag(named name: String) -> some RegexComponent {
        Regex { "{{"; Optionally { ChoiceOf { "{"; "&" } }; ZeroOrMore(.whitespace); Regex<Substring>(verbatim: name); ZeroOrMore(.whitespace); "}" }
    }

    /// Every place `measured`'s variable is interpolated in `text`, in order.
    static func interpolations(of measured: MeasuredText, in text: String) -> [String.Index] {
        let tag = tag(named: measured.variable)
        var ranges = [text.startIndex..<text.endIndex]
        if let section = measured.insideSection {
            let open = Regex { "{{#"; ZeroOrMore(.whitespace); Regex<Substring>(verbatim: section); ZeroOrMore(.whitespace); "}}" }
            let close = Regex { "{{/"; ZeroOrMore(.whitespace); Regex<Substring>(verbatim: section); ZeroOrMore(.whitespace); "}}" }
            ranges = text.matches(of: open).compactMap { start in
                text[start.range.upperBound...].firstMatch(of: close).map { start.range.upperBound..<$0.range.lowerBound }
            }
        }
        return ranges.flatMap { text[$0].matches(of: tag).map(\.range.lowerBound) }
    }

    /// The size the run starting at `run` is set at, as written; nil when nothing sets one (Word's 10 pt).
    static func size(at place: String.Index, inRunFrom run: String.Index, in text: String, styles: StyleSheet) -> WrittenValue? {
        let runProperties = text[run..<place]
        if let size = runProperties.matches(of: /<w:sz\s+w:val="([^"]*)"/).last {
            return WrittenValue(raw: size.1, file: .template, index: size.1.startIndex)
        }
        if let style = runProperties.firstMatch(of: /<w:rStyle\s+w:val="([^"]*)"/), let size = styles.size(of: String(style.1)) {
            return size
        }
        let paragraph = text[..<run].matches(of: /<w:p[\s>]/).last?.range.lowerBound ?? text.startIndex
        let style = text[paragraph..<run].firstMatch(of: /<w:pStyle\s+w:val="([^"]*)"/).map { String($0.1) } ?? styles.defaultParagraphStyle
        return styles.size(of: style) ?? styles.defaultSize
    }

    /// Where the `w:r` around `place` starts; nil when `place` is in no run.
    static func run(around place: String.Index, in text: String) -> String.Index? {
        guard let run = text[..<place].matches(of: /<w:r[\s>]/).last?.range.lowerBound,
              !text[run..<place].contains("</w:r>") else { return nil }
        return run
    }

    /// The width written in the `w:tcW` of the table cell around `place`.
    static func cellWidth(at place: String.Index, in text: String) -> WrittenValue? {
        guard let cell = text[..<place].matches(of: /<w:tc[\s>]/).last?.range.lowerBound,
              !text[cell..<place].contains("</w:tc>"),
              let width = text[cell..<place].firstMatch(of: /<w:tcW\s+w:w="([^"]*)"/) else { return nil }
        return WrittenValue(raw: width.1, file: .template, index: width.1.startIndex)
    }

    static func lineAndColumn(of index: String.Index, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars[..<index] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// The styles of `word/styles.xml` by id, as far as sizes go.
    struct StyleSheet {
        let text: String
        private var blocks: [String: Substring] = [:]
        var defaultParagraphStyle = "Normal"
        var defaultSize: WrittenValue?

        init(_ text: String) {
            self.text = text
            for match in text.matches(of: /<w:style\b([^>]*)>/) {
                guard let id = match.1.firstMatch(of: /w:styleId="([^"]*)"/) else { continue }
                let end = text[match.range.upperBound...].firstRange(of: "</w:style>")?.lowerBound ?? text.endIndex
                blocks[String(id.1)] = text[match.range.upperBound..<end]
                if match.1.contains(#"w:type="paragraph""#), match.1.contains(#"w:default="1""#) {
                    defaultParagraphStyle = String(id.1)
                }
            }
            if let defaults = text.firstMatch(of: /<w:rPrDefault>(?s:.)*?<\/w:rPrDefault>/),
               let size = text[defaults.range].firstMatch(of: /<w:sz\s+w:val="([^"]*)"/) {
                defaultSize = WrittenValue(raw: size.1, file: .styles, index: size.1.startIndex)
            }
        }

        /// The size a style sets, itself or through the styles it is based on.
        func size(of id: String) -> WrittenValue? {
            var id = id
            var seen: Set<String> = []
            while let block = blocks[id], seen.insert(id).inserted {
                if let size = block.firstMatch(of: /<w:sz\s+w:val="([^"]*)"/) {
                    return WrittenValue(raw: size.1, file: .styles, index: size.1.startIndex)
                }
                guard let base = block.firstMatch(of: /<w:basedOn\s+w:val="([^"]*)"/) else { return nil }
                id = String(base.1)
            }
            return nil
        }
    }
}

extension TemplateValue {
    /// The integers of a `layout` object, by key.
    var layoutValues: [String: Int] {
        guard case .object(let fields) = self else { return [:] }
        var values: [String: Int] = [:]
        for (key, value) in fields {
            if case .int(let number) = value { values[key] = number }
        }
        return values
    }
}
