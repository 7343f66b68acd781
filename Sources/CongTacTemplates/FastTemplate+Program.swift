extension FastTemplate {
    /// The nodes flattened for rendering: operations that point into shared tables of bytes and
    /// keys, so that walking them copies no arrays and retains nothing.
    package struct Program: Sendable {
        enum Op: Sendable {
            /// `count` literal bytes from `start` in `bytes`.
            case text(start: Int, count: Int)
            /// A name of `count` keys from `start` in `keys`; no keys is `.`, the current value.
            case variable(start: Int, count: Int, escaped: Bool)
            /// The body is the operations after this one, up to `end`.
            case section(start: Int, count: Int, inverted: Bool, end: Int)
            case partial(Int)
        }

        private(set) var ops: [Op] = []
        private(set) var bytes: [UInt8] = []
        private(set) var keys: [TemplateKey] = []
        private(set) var partials: [(name: String, indentation: [UInt8])] = []

        init(_ nodes: [Node]) {
            append(nodes)
        }

        private mutating func append(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .text(let text, _):
                    ops.append(.text(start: bytes.count, count: text.count))
                    bytes.append(contentsOf: text)
                case let .variable(path, escaped, _):
                    let (start, count) = add(path)
                    ops.append(.variable(start: start, count: count, escaped: escaped))
                case let .section(path, inverted, body, _):
                    let (start, count) = add(path)
                    let index = ops.count
                    ops.append(.section(start: start, count: count, inverted: inverted, end: 0))
                    append(body)
                    ops[index] = .section(start: start, count: count, inverted: inverted, end: ops.count)
                case let .partial(name, indentation, _):
                    ops.append(.partial(partials.count))
                    partials.append((name, indentation))
                }
            }
        }

        private mutating func add(_ path: [TemplateKey]) -> (start: Int, count: Int) {
            keys.append(contentsOf: path)
            return (keys.count - path.count, path.count)
        }
    }

    /// What one rendering reads and writes, passed down the sections.
    struct Run {
        var stack: [TemplateValue]
        let partials: [String: FastTemplate]
        var xmlCharacters = true
        /// Bodies and partials still allowed to start, and the most bytes to write.
        var steps: Int
        let outputSize: Int
        /// The indentation of the standalone partials being rendered, outermost first.
        var indentation: [UInt8] = []
        /// Whether the next byte written starts a line of an indented partial's text.
        var lineStartPending = false
        /// Set when a limit was reached: the rendering stops and its output is incomplete.
        var exceeded = false

        /// Counts one more body or partial, at the cost of its name lookups (which walk the stack);
        /// false once a limit is reached.
        mutating func mayEnter(_ written: Int) -> Bool {
            steps -= stack.count
            if steps < 0 || written > outputSize { exceeded = true }
            return !exceeded
        }

        /// Literal text inside an indented partial: the indentation goes before each of its lines
        /// (once something is written on the line, so that the partial's last line break adds none).
        mutating func appendIndented(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
            for byte in text {
                if lineStartPending {
                    output.append(contentsOf: indentation)
                    lineStartPending = false
                }
                output.append(byte)
                if byte == 0x0A { lineStartPending = true }
            }
        }

        /// A value that starts a line of an indented partial: the indentation first, if it writes anything.
        mutating func indentBeforeValue(_ value: TemplateValue, in output: inout [UInt8]) {
            switch value {
            case .string(let s) where s.isEmpty: return
            case .list, .object: return
            default: break
            }
            output.append(contentsOf: indentation)
            lineStartPending = false
        }
    }

    /// How a rendering ended.
    package struct Outcome: Sendable {
        /// False when an escaped value held a character that XML 1.0 cannot carry (a C0 control
        /// other than tab, line feed and carriage return, U+FFFE or U+FFFF).
        package var xmlCharacters: Bool
        /// True when the output would pass `RenderLimits.outputSize` or the rendering
        /// `RenderLimits.steps`: the output is cut short and must not be used.
        package var exceeded: Bool
    }

    /// Renders with `context` at the bottom of the stack; partials come from `partials`.
    @discardableResult
    package func render(_ context: TemplateValue, partials: [String: FastTemplate], limits: RenderLimits = RenderLimits(),
                        into output: inout [UInt8]) -> Outcome {
        var run = Run(stack: [context], partials: partials, steps: limits.steps, outputSize: limits.outputSize)
        Self.render(program, into: &output, run: &run)
        if output.count > limits.outputSize { run.exceeded = true }
        return Outcome(xmlCharacters: run.xmlCharacters, exceeded: run.exceeded)
    }

    static func render(_ program: Program, into output: inout [UInt8], run: inout Run) {
        program.ops.withUnsafeBufferPointer { ops in
            program.bytes.withUnsafeBufferPointer { bytes in
                program.keys.withUnsafeBufferPointer { keys in
                    render(ops[...], program: program, ops: ops, bytes: bytes, keys: keys, into: &output, run: &run)
                }
            }
        }
    }

    private static func render(_ range: Slice<UnsafeBufferPointer<Program.Op>>, program: Program,
                               ops: UnsafeBufferPointer<Program.Op>, bytes: UnsafeBufferPointer<UInt8>,
                               keys: UnsafeBufferPointer<TemplateKey>, into output: inout [UInt8], run: inout Run) {
        var i = range.startIndex
        // Past a limit, `mayEnter` refuses every body and partial: what is left is at most the
        // literal ops of the bodies already open.
        while i < range.endIndex {
            switch ops[i] {
            case let .text(start, count):
                let text = UnsafeBufferPointer(rebasing: bytes[start..<(start + count)])
                if run.indentation.isEmpty {
                    output.append(contentsOf: text)
                } else {
                    run.appendIndented(text, to: &output)
                }
                i += 1
            case let .variable(start, count, escaped):
                i += 1
                guard let value = lookup(keys[start..<(start + count)], in: run.stack) else { continue }
                if run.lineStartPending, !run.indentation.isEmpty { run.indentBeforeValue(value, in: &output) }
                switch value {
                case .string(let s):
                    if escaped {
                        if !appendEscaped(s, to: &output) { run.xmlCharacters = false }
                    } else {
                        output.append(contentsOf: s.utf8)
                    }
                case .int(let n): output.append(contentsOf: String(n).utf8)
                case .bool(let b): output.append(contentsOf: (b ? "true" : "false").utf8)
                case .list, .object: break
                }
            case let .section(start, count, inverted, end):
                let body = ops[(i + 1)..<end]
                i = end
                let value = lookup(keys[start..<(start + count)], in: run.stack)
                let truthy = value?.isTruthy ?? false
                if inverted {
                    if !truthy, run.mayEnter(output.count) { render(body, program: program, ops: ops, bytes: bytes, keys: keys, into: &output, run: &run) }
                    continue
                }
                guard truthy, let value else { continue }
                switch value {
                case .list(let items):
                    for item in items {
                        guard run.mayEnter(output.count) else { break }
                        run.stack.append(item)
                        render(body, program: program, ops: ops, bytes: bytes, keys: keys, into: &output, run: &run)
                        run.stack.removeLast()
                    }
                case .bool:
                    guard run.mayEnter(output.count) else { continue }
                    render(body, program: program, ops: ops, bytes: bytes, keys: keys, into: &output, run: &run)
                default:
                    guard run.mayEnter(output.count) else { continue }
                    run.stack.append(value)
                    render(body, program: program, ops: ops, bytes: bytes, keys: keys, into: &output, run: &run)
                    run.stack.removeLast()
                }
            case .partial(let index):
                i += 1
                let (name, indentation) = program.partials[index]
                // Every partial is resolved when the set is loaded (`TemplateBundle`).
                guard let partial = run.partials[name], run.mayEnter(output.count) else { continue }
                if indentation.isEmpty {
                    render(partial.program, into: &output, run: &run)
                } else {
                    // The spec: each line of the partial's text is indented, not the lines of the values in it.
                    let outer = run.indentation
                    run.indentation = outer + indentation
                    run.lineStartPending = true
                    render(partial.program, into: &output, run: &run)
                    run.indentation = outer
                }
            }
        }
    }

    /// Mustache name resolution: the first name is looked up from the top of the stack down, the
    /// rest inside what it found; no names is the top of the stack.
    private static func lookup(_ path: Slice<UnsafeBufferPointer<TemplateKey>>, in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = path.first else { return stack.last }
        var found: TemplateValue?
        var level = stack.count - 1
        while level >= 0 {
            if case .object(let fields) = stack[level], let hit = fields[first] {
                found = hit
                break
            }
            level -= 1
        }
        for key in path.dropFirst() {
            guard case .object(let fields)? = found else { return nil }
            found = fields[key]
        }
        return found
    }
}
