/// A compiled Mustache template for the subset congtac's templates use — variables (escaped, or raw
/// with `{{{ }}}`/`{{& }}`), sections, inverted sections, comments and partials, with the spec's
/// standalone-line rules — rendered straight into UTF-8 bytes over a `TemplateValue` tree.
///
/// swift-mustache parses and checks every template first (its errors carry file, line and column)
/// and stays the reference: a test renders the examples with both and compares the bytes. This
/// engine exists for speed: no reflection, no dynamic casts, no intermediate strings.
struct FastTemplate: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(path: [TemplateKey], escaped: Bool)
        case section(path: [TemplateKey], inverted: Bool, body: [Node])
        case partial(name: String, indentation: [UInt8])
    }

    enum ParseError: Error, Equatable {
        case unsupported(String, offset: Int)
        case unclosed(String, offset: Int)
        case unexpectedClose(String, offset: Int)
    }

    let nodes: [Node]
    /// The nodes as rendering walks them.
    let program: Program

    init(_ text: String) throws {
        nodes = try Self.parse(Array(text.utf8))
        program = Program(nodes)
    }

    // MARK: Parsing

    private enum TagKind {
        case variable, raw, section, inverted, close, comment, partial
        var canStandAlone: Bool {
            switch self {
            case .section, .inverted, .close, .comment, .partial: true
            case .variable, .raw: false
            }
        }
    }

    private struct Tag {
        var kind: TagKind
        var name: String
        /// The bytes the tag covers, or its whole line when it stands alone.
        var removed: Range<Int>
        var indentation: [UInt8]
    }

    private static func parse(_ bytes: [UInt8]) throws -> [Node] {
        let open: [UInt8] = Array("{{".utf8)
        var tags: [Tag] = []
        var i = 0
        while let start = find(open, in: bytes, from: i) {
            var kind = TagKind.variable
            var nameStart = start + 2
            var closer: [UInt8] = Array("}}".utf8)
            if nameStart < bytes.count {
                switch bytes[nameStart] {
                case UInt8(ascii: "#"): kind = .section
                case UInt8(ascii: "^"): kind = .inverted
                case UInt8(ascii: "/"): kind = .close
                case UInt8(ascii: "!"): kind = .comment
                case UInt8(ascii: ">"): kind = .partial
                case UInt8(ascii: "&"): kind = .raw
                case UInt8(ascii: "{"): kind = .raw; closer = Array("}}}".utf8)
                case UInt8(ascii: "="), UInt8(ascii: "$"), UInt8(ascii: "<"):
                    throw ParseError.unsupported(String(decoding: bytes[start..<min(bytes.count, start + 12)], as: UTF8.self), offset: start)
                default: break
                }
                if kind != .variable { nameStart += 1 }
            }
            guard let end = find(closer, in: bytes, from: nameStart) else {
                throw ParseError.unclosed(String(decoding: bytes[start..<min(bytes.count, start + 12)], as: UTF8.self), offset: start)
            }
            let name = String(decoding: bytes[nameStart..<end], as: UTF8.self).trimmingSpaces
            let tagEnd = end + closer.count
            var tag = Tag(kind: kind, name: name, removed: start..<tagEnd, indentation: [])
            if kind.canStandAlone {
                var lineStart = start
                while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
                var lineEnd = tagEnd
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                let before = bytes[lineStart..<start]
                let after = bytes[tagEnd..<lineEnd]
                if before.allSatisfy(isBlank), after.allSatisfy({ isBlank($0) || $0 == 0x0D }),
                   tags.last.map({ $0.removed.upperBound <= lineStart }) ?? true {
                    tag.removed = lineStart..<min(bytes.count, lineEnd + 1)
                    tag.indentation = Array(before)
                }
            }
            tags.append(tag)
            i = tagEnd
        }
        // Build the tree: text between the removed ranges, and the tags as nodes.
        var stack: [(name: String, inverted: Bool, nodes: [Node], offset: Int)] = [("", false, [], 0)]
        var position = 0
        for tag in tags {
            if tag.removed.lowerBound > position {
                stack[stack.count - 1].nodes.append(.text(Array(bytes[position..<tag.removed.lowerBound])))
            }
            position = max(position, tag.removed.upperBound)
            let path = Self.path(tag.name)
            switch tag.kind {
            case .variable: stack[stack.count - 1].nodes.append(.variable(path: path, escaped: true))
            case .raw: stack[stack.count - 1].nodes.append(.variable(path: path, escaped: false))
            case .comment: break
            case .partial: stack[stack.count - 1].nodes.append(.partial(name: tag.name, indentation: tag.indentation))
            case .section, .inverted: stack.append((tag.name, tag.kind == .inverted, [], tag.removed.lowerBound))
            case .close:
                guard stack.count > 1, stack[stack.count - 1].name == tag.name else {
                    throw ParseError.unexpectedClose(tag.name, offset: tag.removed.lowerBound)
                }
                let section = stack.removeLast()
                stack[stack.count - 1].nodes.append(.section(path: Self.path(section.name), inverted: section.inverted,
                                                             body: section.nodes))
            }
        }
        if position < bytes.count { stack[stack.count - 1].nodes.append(.text(Array(bytes[position...]))) }
        if stack.count > 1 { throw ParseError.unclosed(stack[stack.count - 1].name, offset: stack[stack.count - 1].offset) }
        return stack[0].nodes
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// `a.b.c` as keys; `.` (the current value) stays whole.
    private static func path(_ name: String) -> [TemplateKey] {
        name == "." ? [TemplateKey(".")] : name.split(separator: ".").map { TemplateKey(String($0)) }
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = start
        let first = needle[0]
        while i + needle.count <= bytes.count {
            if bytes[i] == first {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    // MARK: Rendering

    /// Renders with `context` at the bottom of the stack; partials come from `partials`. Returns
    /// false when an escaped value held a character that XML 1.0 cannot carry (a C0 control other
    /// than tab, line feed and carriage return, U+FFFE or U+FFFF).
    @discardableResult
    func render(_ context: TemplateValue, partials: [String: FastTemplate], into output: inout [UInt8]) -> Bool {
        var run = Run(stack: [context], partials: partials)
        Self.render(program, into: &output, run: &run)
        return run.xmlCharacters
    }

    /// Escapes `& < > " '` as swift-mustache does, copying the runs between them whole. Returns
    /// false when `s` holds a character XML 1.0 cannot carry (it is copied all the same).
    static func appendEscaped(_ s: String, to output: inout [UInt8]) -> Bool {
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

extension String {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" || c == "\n" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\n" { s.removeLast() }
        return String(s)
    }
}

extension FastTemplate {
    /// The template without the line breaks and indentation between tags: every run of white space
    /// that holds a line break goes. Meaningful spaces in WordprocessingML sit inside `<w:t>` on one line.
    func minifiedXML() -> FastTemplate {
        FastTemplate(nodes: Self.minify(nodes))
    }

    private init(nodes: [Node]) {
        self.nodes = nodes
        program = Program(nodes)
    }

    private static func minify(_ nodes: [Node]) -> [Node] {
        nodes.compactMap { node in
            switch node {
            case .text(let bytes):
                var result: [UInt8] = []
                result.reserveCapacity(bytes.count)
                var i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                        var j = i
                        var hasBreak = false
                        while j < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[j]) {
                            if bytes[j] == 0x0A { hasBreak = true }
                            j += 1
                        }
                        // Also dropped: white space at either end of the text that only separates
                        // it from a tag ("      <w:p>" after a section tag's line was removed).
                        let atStart = i == 0 && j < bytes.count && bytes[j] == UInt8(ascii: "<")
                        let atEnd = j == bytes.count && i > 0 && bytes[i - 1] == UInt8(ascii: ">")
                        if !hasBreak && !atStart && !atEnd { result.append(contentsOf: bytes[i..<j]) }
                        i = j
                    } else {
                        result.append(b)
                        i += 1
                    }
                }
                return result.isEmpty ? nil : .text(result)
            case let .section(path, inverted, body):
                return .section(path: path, inverted: inverted, body: minify(body))
            default:
                return node
            }
        }
    }
}
