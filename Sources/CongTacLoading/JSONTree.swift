import CongTacMessages

/// A strict JSON (RFC 8259) parser that builds a `SourceTree` with the nodes' lines, for schedule files
/// named `*.json`: several times faster than going through YAML, and its errors speak of JSON.
/// Stops at the first error: after a JSON syntax error, everything else would be noise.
struct JSONTree {
    private let bytes: [UInt8]
    private var tree: SourceTree
    private var i = 0
    private var line = 1
    private var depth = 0
    private let maxDepth: Int
    private(set) var error: (message: Message, mark: SourceMark)?

    /// `irregular`: see `SourceText.Decoded`.
    init(_ bytes: [UInt8], irregular: [Int32]? = nil, maxDepth: Int) {
        self.bytes = bytes
        self.tree = SourceTree(source: bytes, irregular: irregular, capacity: bytes.count / 16)
        self.maxDepth = maxDepth
    }

    /// The document's nodes (its root is `SourceTree.root`), or nil with `error` set.
    mutating func parse() -> SourceTree? {
        skipSpace()
        guard value() else { return nil }
        skipSpace()
        if i < bytes.count {
            fail(.jsonTrailingContent)
            return nil
        }
        return tree
    }

    private var mark: SourceMark { SourceMark(line: line, column: 0, offset: i) }

    private mutating func fail(_ problem: Phrase) {
        if error == nil {
            error = (.jsonSyntax(problem), mark)
        }
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A: i += 1; line += 1
            default: return
            }
        }
    }

    /// Reads one value into the tree; false on an error.
    private mutating func value() -> Bool {
        guard i < bytes.count else {
            fail(.jsonEndsBeforeValue)
            return false
        }
        switch bytes[i] {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "\""): return string()
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
        default:
            fail(.jsonCannotStartValue(bytes[i]))
            return false
        }
    }

    private mutating func enter() -> Bool {
        depth += 1
        if depth > maxDepth {
            error = (.tooDeep(limit: maxDepth), mark)
            return false
        }
        return true
    }

    private mutating func object() -> Bool {
        let start = mark
        guard enter() else { return false }
        defer { depth -= 1 }
        i += 1
        let node = tree.open(.mapping, mark: start)
        var children = 0
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
            tree.close(node, children: 0)
            return true
        }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                    fail(.jsonCommaBeforeBrace)
                } else {
                    fail(.jsonKeyExpected)
                }
                return false
            }
            guard string() else { return false }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                let key = tree.string(SourceNode(index: tree.nodes.count - 1))
                fail(.jsonColonMissing(key: key))
                return false
            }
            i += 1
            skipSpace()
            guard value() else { return false }
            children += 2
            skipSpace()
            guard i < bytes.count else {
                fail(.jsonBraceMissing)
                return false
            }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") {
                i += 1
                tree.close(node, children: children)
                return true
            }
            fail(.jsonCommaOrBraceExpected)
            return false
        }
    }

    private mutating func array() -> Bool {
        let start = mark
        guard enter() else { return false }
        defer { depth -= 1 }
        i += 1
        let node = tree.open(.sequence, mark: start)
        var children = 0
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
            i += 1
            tree.close(node, children: 0)
            return true
        }
        while true {
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                fail(.jsonCommaBeforeBracket)
                return false
            }
            guard value() else { return false }
            children += 1
            skipSpace()
            guard i < bytes.count else {
                fail(.jsonBracketMissing)
                return false
            }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") {
                i += 1
                tree.close(node, children: children)
                return true
            }
            fail(.jsonCommaOrBracketExpected)
            return false
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let start = mark
        let matches = word.withUTF8Buffer { text in
            i + text.count <= bytes.count && bytes[i..<(i + text.count)].elementsEqual(text)
        }
        guard matches else {
            fail(.jsonInvalidValue)
            return false
        }
        let from = i
        i += word.utf8CodeUnitCount
        if bytes[from] == UInt8(ascii: "n") {
            tree.addScalar(.null, source: from..<from, mark: start)
        } else {
            tree.addScalar(.scalar, source: from..<i, mark: start)
        }
        return true
    }

    private mutating func number() -> Bool {
        let start = mark
        let from = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        var digits = 0
        while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1; digits += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
        }
        guard digits > 0 else {
            fail(.jsonInvalidNumber)
            return false
        }
        tree.addScalar(.scalar, source: from..<i, mark: start)
        return true
    }

    /// A string starting at `"`, added as a scalar node; escapes decoded (into the tree's extra
    /// bytes), raw control characters and lone surrogates refused.
    private mutating func string() -> Bool {
        let start = mark
        i += 1
        let from = i
        i = Self.stringRunEnd(bytes, from: i)
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                tree.addScalar(.scalar, source: from..<i, mark: start)
                i += 1
                return true
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 {
                fail(.jsonControlInString)
                return false
            }
            i += 1
        }
        let extraStart = tree.extraCount
        tree.appendExtra(contentsOf: bytes[from..<i])
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                tree.addScalar(.scalar, extraFrom: extraStart, mark: start)
                return true
            }
            if b < 0x20 {
                fail(.jsonControlInString)
                return false
            }
            guard b == UInt8(ascii: "\\") else {
                tree.appendExtra(b)
                i += 1
                continue
            }
            guard i + 1 < bytes.count else { break }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""): tree.appendExtra(0x22)
            case UInt8(ascii: "\\"): tree.appendExtra(0x5C)
            case UInt8(ascii: "/"): tree.appendExtra(0x2F)
            case UInt8(ascii: "b"): tree.appendExtra(0x08)
            case UInt8(ascii: "f"): tree.appendExtra(0x0C)
            case UInt8(ascii: "n"): tree.appendExtra(0x0A)
            case UInt8(ascii: "r"): tree.appendExtra(0x0D)
            case UInt8(ascii: "t"): tree.appendExtra(0x09)
            case UInt8(ascii: "u"):
                guard var code = hex4() else { return false }
                if (0xD800...0xDBFF).contains(code) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                        fail(.jsonLoneSurrogate(String(code, radix: 16, uppercase: true)))
                        return false
                    }
                    i += 2
                    guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else {
                        fail(.jsonInvalidSurrogatePair)
                        return false
                    }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(code) {
                    fail(.jsonLoneSurrogate(String(code, radix: 16, uppercase: true)))
                    return false
                }
                UTF8.encode(Unicode.Scalar(code)!) { tree.appendExtra($0) }
            default:
                i -= 2
                fail(.jsonInvalidEscape)
                return false
            }
        }
        fail(.jsonUnclosedString)
        return false
    }

    /// The first index from `from` on of a `"`, a `\\` or a control character (or the end), 8 bytes at a time.
    static func stringRunEnd(_ bytes: [UInt8], from: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return from }
            let raw = UnsafeRawPointer(base)
            let n = buffer.count
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            var i = from
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // A byte below 0x20, or equal to `"` or `\\` (a zero byte after the XOR).
                let quote = w ^ (ones &* 0x22)
                let backslash = w ^ (ones &* 0x5C)
                let found = ((w &- ones &* 0x20) & ~w) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
                if found & high != 0 { break }
                i += 8
            }
            while i < n {
                let b = base[i]
                if b == 0x22 || b == 0x5C || b < 0x20 { break }
                i += 1
            }
            return i
        }
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else {
            fail(.jsonHexDigitsExpected)
            return nil
        }
        i += 4
        return code
    }
}
