/// A compiled Mustache template for the subset congtac's templates use — variables (escaped, or raw
/// with `{{{ }}}`/`{{& }}`), sections, inverted sections, comments and partials, with the spec's
/// standalone-line rules — rendered straight into UTF-8 bytes over a `TemplateValue` tree.
///
/// The only template engine the program runs: it parses the text itself (`FastTemplate+Parser`), and
/// every node keeps the byte offset of its source, so that checks and errors name the template's
/// file, line and column. It exists for speed: no reflection, no dynamic casts, no intermediate
/// strings. swift-mustache is the tests' reference.
package struct FastTemplate: Sendable {
    package indirect enum Node: Sendable {
        /// Literal bytes; `offset` is where they start in the template's text.
        case text([UInt8], offset: Int)
        /// `offset` is that of the tag's `{{`.
        case variable(path: [TemplateKey], escaped: Bool, offset: Int)
        case section(path: [TemplateKey], inverted: Bool, body: [Node], offset: Int)
        case partial(name: String, indentation: [UInt8], offset: Int)
    }

    /// The template's name in its set (`word/document.xml`, `_partials/agenda.xml`).
    package let name: String
    /// The nodes as parsed, with their sources.
    package let nodes: [Node]
    /// The nodes as rendering walks them.
    package let program: Program
    /// The template's text, for turning offsets into lines and columns.
    package let source: [UInt8]

    /// Parses `text`; a syntax error, or sections nested deeper than `Limits.nesting`, throws a
    /// `TemplateError` placed in the text (`file` is the name errors give).
    package init(_ text: String, name: String = "", file: String = "") throws {
        self.name = name
        source = Array(text.utf8)
        nodes = try Parser.parse(source, file: file)
        program = Program(nodes)
    }

    package init(name: String, nodes: [Node], source: [UInt8]) {
        self.name = name
        self.nodes = nodes
        self.source = source
        program = Program(nodes)
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset of `bytes`.
    package static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// Escapes `& < > " '` as swift-mustache does, copying the runs between them whole. Returns
    /// false when `s` holds a character XML 1.0 cannot carry (it is copied all the same).
    package static func appendEscaped(_ s: String, to output: inout [UInt8]) -> Bool {
        var s = s
        return s.withUTF8 { buffer in
            var runStart = 0
            var xmlCharacters = true
            for index in 0..<buffer.count {
                let replacement: StaticString
                switch buffer[index] {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22: replacement = "&quot;"
                case 0x27: replacement = "&#39;"
                case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F:
                    xmlCharacters = false
                    continue
                case 0xEF:
                    // U+FFFE and U+FFFF: EF BF BE, EF BF BF.
                    if index + 2 < buffer.count, buffer[index + 1] == 0xBF, buffer[index + 2] >= 0xBE { xmlCharacters = false }
                    continue
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
            return xmlCharacters
        }
    }
}

extension FastTemplate.Node {
    /// The dotted name a tag uses, for messages.
    package static func dotted(_ path: [TemplateKey]) -> String {
        path.isEmpty ? "." : path.map(\.name).joined(separator: ".")
    }
}
