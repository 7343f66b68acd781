extension FastTemplate {
    /// Text → nodes in one pass over the bytes, without recursion: sections are built on an explicit
    /// stack no deeper than `TemplateLimits.nesting`, and each tag looks only at the blanks around it
    /// for the standalone-line rule, so that a template of n bytes parses in O(n) whatever its shape.
    enum Parser {
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
            /// Where the tag's `{{` is.
            var start: Int
            /// The bytes the tag covers, or its whole line when it stands alone.
            var removed: Range<Int>
            var indentation: [UInt8]
        }

        private struct OpenSection {
            var name: String
            var inverted: Bool
            var nodes: [Node] = []
            var offset: Int
        }

        static func parse(_ bytes: [UInt8], file: String) throws -> [Node] {
            func fail(_ problem: TemplateError.SyntaxProblem, at offset: Int) -> TemplateError {
                TemplateError(.syntax(problem), file: file, offset: offset, in: bytes)
            }
            var stack = [OpenSection(name: "", inverted: false, offset: 0)]
            var position = 0
            var previousEnd = 0
            var i = 0
            while let start = find(0x7B, 0x7B, in: bytes, from: i) {
                let tag = try readTag(at: start, in: bytes, previousEnd: previousEnd, fail: fail)
                previousEnd = tag.removed.upperBound
                i = tag.removed.upperBound
                if tag.removed.lowerBound > position {
                    stack[stack.count - 1].nodes.append(.text(Array(bytes[position..<tag.removed.lowerBound]), offset: position))
                }
                position = max(position, tag.removed.upperBound)
                switch tag.kind {
                case .variable, .raw:
                    stack[stack.count - 1].nodes.append(.variable(path: path(tag.name), escaped: tag.kind == .variable,
                                                                  offset: tag.start))
                case .comment: break
                case .partial:
                    stack[stack.count - 1].nodes.append(.partial(name: tag.name, indentation: tag.indentation, offset: tag.start))
                case .section, .inverted:
                    guard stack.count <= TemplateLimits.nesting else {
                        throw TemplateError(.tooDeep(TemplateLimits.nesting), file: file, offset: tag.start, in: bytes)
                    }
                    stack.append(OpenSection(name: tag.name, inverted: tag.kind == .inverted, offset: tag.start))
                case .close:
                    guard stack.count > 1, stack[stack.count - 1].name == tag.name else {
                        let open = stack.count > 1 ? stack[stack.count - 1] : nil
                        throw fail(.closesNothing("{{/\(tag.name)}}", open: open.map { "{{\($0.inverted ? "^" : "#")\($0.name)}}" }),
                                   at: tag.start)
                    }
                    let section = stack.removeLast()
                    stack[stack.count - 1].nodes.append(.section(path: path(section.name), inverted: section.inverted,
                                                                 body: section.nodes, offset: section.offset))
                }
            }
            if position < bytes.count { stack[stack.count - 1].nodes.append(.text(Array(bytes[position...]), offset: position)) }
            if stack.count > 1 {
                let open = stack[stack.count - 1]
                throw fail(.neverClosed("{{\(open.inverted ? "^" : "#")\(open.name)}}"), at: open.offset)
            }
            return stack[0].nodes
        }

        /// The tag whose `{{` is at `start`; `previousEnd` is where the previous tag's removed bytes end.
        private static func readTag(at start: Int, in bytes: [UInt8], previousEnd: Int,
                                    fail: (TemplateError.SyntaxProblem, Int) -> TemplateError) throws -> Tag {
            var kind = TagKind.variable
            var nameStart = start + 2
            var triple = false
            if nameStart < bytes.count {
                switch bytes[nameStart] {
                case UInt8(ascii: "#"): kind = .section
                case UInt8(ascii: "^"): kind = .inverted
                case UInt8(ascii: "/"): kind = .close
                case UInt8(ascii: "!"): kind = .comment
                case UInt8(ascii: ">"): kind = .partial
                case UInt8(ascii: "&"): kind = .raw
                case UInt8(ascii: "{"): kind = .raw; triple = true
                case UInt8(ascii: "="), UInt8(ascii: "$"), UInt8(ascii: "<"):
                    throw fail(.unsupportedTag(excerpt(bytes, from: start)), start)
                default: break
                }
                if kind != .variable { nameStart += 1 }
            }
            guard let end = triple ? find(0x7D, 0x7D, 0x7D, in: bytes, from: nameStart)
                                   : find(0x7D, 0x7D, in: bytes, from: nameStart) else {
                throw fail(.unclosedTag(excerpt(bytes, from: start)), start)
            }
            let name = String(decoding: bytes[nameStart..<end], as: UTF8.self).trimmingTagSpaces
            if name.isEmpty, kind != .comment { throw fail(.emptyTag(excerpt(bytes, from: start)), start) }
            let tagEnd = end + (triple ? 3 : 2)
            var tag = Tag(kind: kind, name: name, start: start, removed: start..<tagEnd, indentation: [])
            guard kind.canStandAlone else { return tag }
            // Standalone: only blanks between the line's start and the tag, and between the tag and
            // the line's end. Each scan stops at the first other byte, so the work stays linear.
            var lineStart = start
            while lineStart > previousEnd, isBlank(bytes[lineStart - 1]) { lineStart -= 1 }
            guard lineStart == 0 || bytes[lineStart - 1] == 0x0A, lineStart >= previousEnd else { return tag }
            var lineEnd = tagEnd
            while lineEnd < bytes.count, isBlank(bytes[lineEnd]) || bytes[lineEnd] == 0x0D { lineEnd += 1 }
            guard lineEnd == bytes.count || bytes[lineEnd] == 0x0A else { return tag }
            tag.removed = lineStart..<min(bytes.count, lineEnd + 1)
            tag.indentation = Array(bytes[lineStart..<start])
            return tag
        }

        private static func excerpt(_ bytes: [UInt8], from start: Int) -> String {
            String(decoding: bytes[start..<min(bytes.count, start + 12)], as: UTF8.self)
        }

        private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

        /// `a.b.c` as keys; `.` (the current value) is no keys.
        private static func path(_ name: String) -> [TemplateKey] {
            name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false).map { TemplateKey(String($0)) }
        }

        /// The first place at or after `start` where `a b` (and `c`, when given) occur.
        private static func find(_ a: UInt8, _ b: UInt8, _ c: UInt8? = nil, in bytes: [UInt8], from start: Int) -> Int? {
            let length = c == nil ? 2 : 3
            var i = start
            while i + length <= bytes.count {
                if bytes[i] == a, bytes[i + 1] == b, c == nil || bytes[i + 2] == c { return i }
                i += 1
            }
            return nil
        }
    }
}

extension String {
    fileprivate var trimmingTagSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" || c == "\n" || c == "\r\n" || c == "\r" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\n" || c == "\r\n" || c == "\r" { s.removeLast() }
        return String(s)
    }
}
