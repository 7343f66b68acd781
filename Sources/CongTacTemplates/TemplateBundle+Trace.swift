extension TemplateBundle {
    /// A rendering of the templates as written (not minified) that remembers which template bytes
    /// produced which output bytes: when a rendered part is not well-formed, the parser's place in
    /// this output leads back to the template's file, line and column. Slow, and only run then.
    package struct Trace {
        struct Segment {
            /// Where in the output the segment starts.
            var start: Int
            var template: String
            /// The template offset of the segment's first byte; `exact` when the bytes after it
            /// follow the template's bytes one for one (literal text), not a value.
            var offset: Int
            var exact: Bool
        }

        package private(set) var output: [UInt8] = []
        var segments: [Segment] = []
        fileprivate var indentation: [UInt8] = []
        fileprivate var lineStartPending = false
        fileprivate var steps = TemplateLimits.steps

        /// The template, line and column behind output line `line`, column `column` (1-based,
        /// columns in Unicode scalars, as libxml2 counts them).
        package func place(line: Int, column: Int, in bundle: TemplateBundle) -> (file: String, line: Int, column: Int)? {
            var offset = 0
            var currentLine = 1
            while currentLine < line, offset < output.count {
                if output[offset] == 0x0A { currentLine += 1 }
                offset += 1
            }
            var remaining = column - 1
            while remaining > 0, offset < output.count, output[offset] != 0x0A {
                offset += 1
                while offset < output.count, output[offset] & 0xC0 == 0x80 { offset += 1 }
                remaining -= 1
            }
            // The segment that holds the byte, or the last one before it (the parser may point just
            // past the end of the text it complains about).
            var low = 0
            var high = segments.count
            while low < high {
                let middle = (low + high) / 2
                if segments[middle].start <= offset { low = middle + 1 } else { high = middle }
            }
            guard low > 0 else { return nil }
            let segment = segments[low - 1]
            guard let template = bundle.parsed[segment.template] else { return nil }
            let end = low < segments.count ? segments[low].start : output.count
            let source = segment.exact ? segment.offset + max(0, min(offset, end - 1) - segment.start) : segment.offset
            let (sourceLine, sourceColumn) = FastTemplate.position(of: min(source, template.source.count), in: template.source)
            return (bundle.files[segment.template] ?? segment.template, sourceLine, sourceColumn)
        }

        fileprivate mutating func emit(_ bytes: some Collection<UInt8>, template: String, offset: Int, exact: Bool) {
            guard !bytes.isEmpty else { return }
            if indentation.isEmpty {
                segments.append(Segment(start: output.count, template: template, offset: offset, exact: exact))
                output.append(contentsOf: bytes)
                return
            }
            // As the compiled program does: each line of an indented partial's text starts with the
            // indentation; line breaks inside values (`exact` false) start no line.
            var index = 0
            var newSegment = true
            for byte in bytes {
                if lineStartPending {
                    output.append(contentsOf: indentation)
                    lineStartPending = false
                    newSegment = true
                }
                if newSegment {
                    segments.append(Segment(start: output.count, template: template, offset: exact ? offset + index : offset, exact: exact))
                    newSegment = false
                }
                output.append(byte)
                if exact, byte == 0x0A { lineStartPending = true }
                index += 1
            }
        }
    }

    /// Renders `name` as `trace` describes.
    package func trace(_ name: String, _ context: TemplateValue) -> Trace {
        var trace = Trace()
        var stack = [context]
        if let template = parsed[name] { walk(template.nodes, of: template, stack: &stack, trace: &trace) }
        return trace
    }

    private func walk(_ nodes: [FastTemplate.Node], of template: FastTemplate, stack: inout [TemplateValue], trace: inout Trace) {
        for node in nodes {
            trace.steps -= 1
            guard trace.steps > 0, trace.output.count <= 2 * TemplateLimits.outputSize else { return }
            switch node {
            case let .text(bytes, offset):
                trace.emit(bytes, template: template.name, offset: offset, exact: true)
            case let .variable(path, escaped, offset):
                var bytes: [UInt8] = []
                switch Self.lookup(path, in: stack) {
                case .string(let s)?:
                    if escaped { _ = FastTemplate.appendEscaped(s, to: &bytes) } else { bytes.append(contentsOf: s.utf8) }
                case .int(let n)?: bytes.append(contentsOf: String(n).utf8)
                case .bool(let b)?: bytes.append(contentsOf: (b ? "true" : "false").utf8)
                default: break
                }
                trace.emit(bytes, template: template.name, offset: offset, exact: false)
            case let .section(path, inverted, body, _):
                let value = Self.lookup(path, in: stack)
                let truthy = value?.isTruthy ?? false
                if inverted {
                    if !truthy { walk(body, of: template, stack: &stack, trace: &trace) }
                    continue
                }
                guard truthy, let value else { continue }
                switch value {
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        walk(body, of: template, stack: &stack, trace: &trace)
                        stack.removeLast()
                    }
                case .bool:
                    walk(body, of: template, stack: &stack, trace: &trace)
                default:
                    stack.append(value)
                    walk(body, of: template, stack: &stack, trace: &trace)
                    stack.removeLast()
                }
            case let .partial(name, indentation, _):
                guard let partial = parsed[name] else { continue }
                let outer = trace.indentation
                if !indentation.isEmpty {
                    trace.indentation = outer + indentation
                    trace.lineStartPending = true
                }
                walk(partial.nodes, of: partial, stack: &stack, trace: &trace)
                trace.indentation = outer
            }
        }
    }

    /// Mustache's name resolution, as the compiled program does it.
    private static func lookup(_ path: [TemplateKey], in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = path.first else { return stack.last }
        var found: TemplateValue?
        for value in stack.reversed() {
            if case .object(let fields) = value, let hit = fields[first] {
                found = hit
                break
            }
        }
        for key in path.dropFirst() {
            guard case .object(let fields)? = found else { return nil }
            found = fields[key]
        }
        return found
    }
}
