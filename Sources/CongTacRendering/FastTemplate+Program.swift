extension FastTemplate {
    /// The nodes flattened for rendering: operations that point into shared tables of bytes and
    /// keys, so that walking them copies no arrays and retains nothing.
    struct Program: Sendable {
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
                case .text(let text):
                    ops.append(.text(start: bytes.count, count: text.count))
                    bytes.append(contentsOf: text)
                case let .variable(path, escaped):
                    let (start, count) = add(path)
                    ops.append(.variable(start: start, count: count, escaped: escaped))
                case let .section(path, inverted, body):
                    let (start, count) = add(path)
                    let index = ops.count
                    ops.append(.section(start: start, count: count, inverted: inverted, end: 0))
                    append(body)
                    ops[index] = .section(start: start, count: count, inverted: inverted, end: ops.count)
                case let .partial(name, indentation):
                    ops.append(.partial(partials.count))
                    partials.append((name, indentation))
                }
            }
        }

        private mutating func add(_ path: [TemplateKey]) -> (start: Int, count: Int) {
            if path.count == 1, path[0].name == "." { return (keys.count, 0) }
            keys.append(contentsOf: path)
            return (keys.count - path.count, path.count)
        }
    }

    /// What one rendering reads and writes, passed down the sections.
    struct Run {
        var stack: [TemplateValue]
        let partials: [String: FastTemplate]
        var xmlCharacters = true
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
        while i < range.endIndex {
            switch ops[i] {
            case let .text(start, count):
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<(start + count)]))
                i += 1
            case let .variable(start, count, escaped):
                i += 1
                guard let value = lookup(keys[start..<(start + count)], in: run.stack) else { continue }
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
                    if !truthy { render(body, program: program, ops: ops, bytes: bytes, keys: keys, into: &output, run: &run) }
                    continue
                }
                guard truthy, let value else { continue }
                switch value {
                case .list(let items):
                    for item in items {
                        run.stack.append(item)
                        render(body, program: program, ops: ops, bytes: bytes, keys: keys, into: &output, run: &run)
                        run.stack.removeLast()
                    }
                case .bool:
                    render(body, program: program, ops: ops, bytes: bytes, keys: keys, into: &output, run: &run)
                default:
                    run.stack.append(value)
                    render(body, program: program, ops: ops, bytes: bytes, keys: keys, into: &output, run: &run)
                    run.stack.removeLast()
                }
            case .partial(let index):
                i += 1
                let (name, indentation) = program.partials[index]
                guard let partial = run.partials[name] else { continue }
                if indentation.isEmpty {
                    render(partial.program, into: &output, run: &run)
                } else {
                    var inner: [UInt8] = []
                    render(partial.program, into: &inner, run: &run)
                    var atLineStart = true
                    for byte in inner {
                        if atLineStart { output.append(contentsOf: indentation) }
                        output.append(byte)
                        atLineStart = byte == 0x0A
                    }
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
