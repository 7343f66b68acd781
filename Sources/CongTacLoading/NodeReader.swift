import CongTacMessages
import Foundation

/// A name for a place in the file, in both languages, used in messages ("in `agency`").
typealias Context = Phrase

extension Phrase {
    /// "in `agency`": a key of the format, named as the file writes it.
    static func key(_ key: ScheduleKey) -> Phrase { .key(key.rawValue) }
}

/// The keys allowed in one kind of mapping, with their UTF-8 bytes: a key in the file is matched
/// without making a `String` of it. (A key canonically equivalent to one of these lowercase ASCII
/// names is that name byte for byte.)
struct KeySet {
    let keys: [ScheduleKey]
    let names: [String]
    private let utf8: [[UInt8]]

    init(_ keys: [ScheduleKey]) {
        self.keys = keys
        self.names = keys.map(\.rawValue)
        self.utf8 = names.map { Array($0.utf8) }
    }

    func index(of key: ScheduleKey) -> Int? { keys.firstIndex(of: key) }

    func index(ofUTF8 key: UnsafeBufferPointer<UInt8>) -> Int? {
        for (k, name) in utf8.enumerated() where name.count == key.count {
            if name.withUnsafeBufferPointer({ memcmp($0.baseAddress!, key.baseAddress!, key.count) == 0 }) { return k }
        }
        return nil
    }
}

/// The keys of one mapping node, checked against the keys allowed there.
struct Fields {
    var mark: SourceMark?
    let keys: KeySet
    /// The key node of each allowed key given (its value is the next node), -1 for none: at most
    /// 32 keys, kept inline.
    private var keyNodes = SIMD32<Int32>(repeating: -1)

    init(mark: SourceMark?, keys: KeySet) {
        precondition(keys.names.count <= 32)
        self.mark = mark
        self.keys = keys
    }

    subscript(key: ScheduleKey) -> SourceNode? {
        guard let k = keys.index(of: key), keyNodes[k] >= 0 else { return nil }
        return SourceNode(index: Int(keyNodes[k]) + 1)
    }

    /// The key node of key `k`'s first occurrence, if it has one.
    func keyNode(_ k: Int) -> SourceNode? { keyNodes[k] >= 0 ? SourceNode(index: Int(keyNodes[k])) : nil }

    /// Key `k` is given at `keyNode`, a scalar followed by its value.
    mutating func set(_ k: Int, keyNode: SourceNode) { keyNodes[k] = Int32(keyNode.index) }
}

/// Walks a file's nodes, reporting type and key problems at the nodes' places.
class NodeReader {
    /// Longest text accepted in one value, in characters.
    static let maxTextLength = 20_000

    let sink: DiagnosticSink
    let tree: SourceTree

    init(sink: DiagnosticSink, tree: SourceTree) {
        self.sink = sink
        self.tree = tree
    }

    func kind(of node: SourceNode) -> NodeKind {
        switch tree.kind(node) {
        case .mapping: return .mapping
        case .sequence: return .sequence
        case .scalar: return .scalar
        case .null: return .null
        }
    }

    func mark(_ node: SourceNode?) -> SourceMark? {
        node.map(tree.mark)
    }

    /// The keys of a mapping; unknown keys get a "did you mean", missing required ones an error.
    /// `name` is the key the mapping stands under (`nil`: the whole file, called `schedule`).
    func fields(_ node: SourceNode, name: ScheduleKey?, in context: Context, keys: KeySet, required: [ScheduleKey] = []) -> Fields? {
        guard tree.kind(node) == .mapping else {
            sink.error(.wrongType(name?.rawValue ?? "schedule", expected: .mapping, found: kind(of: node)), at: tree.mark(node))
            return nil
        }
        var fields = Fields(mark: tree.mark(node), keys: keys)
        var keyNode: SourceNode?
        tree.forEachChild(node) { child in
            guard let key = keyNode else {
                keyNode = child
                return
            }
            keyNode = nil
            guard tree.isScalar(key) else {
                sink.error(.wrongType("key", expected: .scalar, found: kind(of: key)), at: tree.mark(key))
                return
            }
            guard let k = tree.withBytes(key, keys.index(ofUTF8:)) else {
                let name = tree.string(key)
                let suggestion = EditDistance.closest(to: name, among: keys.names)
                sink.error(.unknownKey(name, in: language(context), suggestion: suggestion), at: tree.mark(key))
                return
            }
            if let first = fields.keyNode(k) {
                sink.error(.duplicateKey(keys.names[k], firstLine: sink.otherLine(tree.mark(first).line)), at: tree.mark(key))
                return
            }
            fields.set(k, keyNode: key)
        }
        for key in required where fields[key] == nil {
            sink.error(.missingKey(key.rawValue, in: language(context)), at: tree.mark(node))
        }
        return fields
    }

    private func language(_ context: Context) -> String {
        context.text(sink.language)
    }

    /// The elements of a list (an absent or empty value is an empty list).
    func sequence(_ node: SourceNode?, name: ScheduleKey) -> [SourceNode] {
        guard let node else { return [] }
        switch tree.kind(node) {
        case .sequence:
            return tree.children(node)
        case .null:
            return []
        default:
            sink.error(.wrongType(name.rawValue, expected: .sequence, found: kind(of: node)), at: tree.mark(node))
            return []
        }
    }

    /// The raw scalar string of a value, or nil (with an error for a list or mapping).
    func scalar(_ node: SourceNode?, name: ScheduleKey) -> String? {
        guard let node else { return nil }
        switch tree.kind(node) {
        case .scalar:
            return tree.string(node)
        case .null:
            return nil
        default:
            sink.error(.wrongType(name.rawValue, expected: .scalar, found: kind(of: node)), at: tree.mark(node))
            return nil
        }
    }

    /// A text value, normalised to NFC with its outer white space trimmed; nil when absent or empty.
    /// A `required` text that is absent or empty is an error at `fallback`.
    func text(_ node: SourceNode?, name: ScheduleKey, required: Bool = false, fallback: SourceMark? = nil) -> String? {
        var value = ""
        var plain = false
        if let node, tree.kind(node) == .scalar {
            // Most values are plain: found so without a look at their bytes, and made a `String` once.
            if let string = tree.plainString(node) {
                (value, plain) = (string, true)
            } else {
                value = Self.normalize(tree.string(node))
            }
        } else {
            _ = scalar(node, name: name)  // an error for a list or a mapping
        }
        if value.isEmpty {
            if required { sink.error(.emptyText(name.rawValue), at: mark(node) ?? fallback) }
            return nil
        }
        // Escapes (`\a` in YAML, `\u0007` in JSON) can make characters the raw text did not show.
        if !plain, let node, !Self.isPlain(value) {
            if let control = value.unicodeScalars.first(where: { SourceText.isForbiddenControl($0.value) }) {
                // At the string's quote, past a tag or an anchor.
                var at = tree.mark(node)
                if let start = textStart(node) { (at.line, at.column, at.offset) = (start.line, start.column, -1) }
                sink.error(.controlCharacter(control), at: at)
                return nil
            }
            if value.unicodeScalars.contains(where: { Self.isInvisible($0.value) }) {
                reportEscapedInvisibles(node)
                // As for the raw character: a line separator reads as a space whatever the syntax.
                if value.unicodeScalars.contains(where: { SourceText.isLineSeparator($0.value) }) {
                    value = String(String.UnicodeScalarView(value.unicodeScalars.map {
                        SourceText.isLineSeparator($0.value) ? " " : $0
                    }))
                }
            }
        }
        if value.utf8.count > Self.maxTextLength, value.unicodeScalars.count > Self.maxTextLength {
            sink.error(.textTooLong(name.rawValue, length: value.unicodeScalars.count, limit: Self.maxTextLength), at: mark(node))
            return nil
        }
        return value
    }

    /// Characters `SourceText.checkCharacters` warns of when they are written out.
    static func isInvisible(_ v: UInt32) -> Bool {
        SourceText.isLineSeparator(v) || SourceText.invisibleKind(v) != nil
    }

    /// Where a scalar's own text starts (its quote, if any), with its byte offset, line and column: past
    /// the tag (`!!str`) and anchor (`&a`) that Yams' mark of the node includes (fuzz finding F14).
    func textStart(_ node: SourceNode) -> (offset: Int, line: Int, column: Int)? {
        let source = tree.source
        let mark = tree.mark(node)
        var i: Int
        if mark.column > 0 {
            guard let offset = sink.lineIndex?.offset(line: mark.line, column: mark.column) else { return nil }
            i = offset
        } else {
            i = mark.offset
        }
        var line = mark.line
        var column = mark.column > 0 ? mark.column : (sink.lineIndex?.column(ofOffset: i, line: line) ?? 1)
        while i < source.count, source[i] == UInt8(ascii: "!") || source[i] == UInt8(ascii: "&") {
            while i < source.count, ![0x20, 0x09, 0x0A, 0x0D].contains(source[i]) {
                if source[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            while i < source.count, [0x20, 0x09, 0x0A, 0x0D].contains(source[i]) {
                if source[i] == 0x0A {
                    (line, column) = (line + 1, 1)
                } else if source[i] != 0x0D {
                    column += 1
                }
                i += 1
            }
        }
        return (i, line, column)
    }

    /// Warns of each escape in a double-quoted scalar (YAML or JSON) that makes an invisible character,
    /// at the escape: the pass over the file's bytes saw only `\u202E`. Characters written out were
    /// reported by that pass, and are skipped here.
    func reportEscapedInvisibles(_ node: SourceNode) {
        let source = tree.source
        guard let start = textStart(node) else { return }
        var i = start.offset
        guard i < source.count, source[i] == UInt8(ascii: "\"") else { return }  // only "…" has escapes
        var line = start.line
        var column = start.column
        i += 1
        column += 1
        func hex(_ from: Int, _ count: Int) -> UInt32? {
            guard from + count <= source.count else { return nil }
            return UInt32(String(decoding: source[from..<(from + count)], as: UTF8.self), radix: 16)
        }
        while i < source.count, source[i] != UInt8(ascii: "\"") {
            let b = source[i]
            if b == 0x0A {
                (line, column, i) = (line + 1, 1, i + 1)
                continue
            }
            guard b == UInt8(ascii: "\\"), i + 1 < source.count else {
                i += 1
                if b & 0xC0 != 0x80 && b != 0x0D { column += 1 }
                continue
            }
            let value: UInt32?
            let length: Int
            switch source[i + 1] {
            case UInt8(ascii: "u"): (value, length) = (hex(i + 2, 4), 6)
            case UInt8(ascii: "U"): (value, length) = (hex(i + 2, 8), 10)
            case UInt8(ascii: "x"): (value, length) = (hex(i + 2, 2), 4)
            case UInt8(ascii: "L"): (value, length) = (0x2028, 2)
            case UInt8(ascii: "P"): (value, length) = (0x2029, 2)
            case 0x0A: (value, length) = (nil, 1)  // a line continuation: the break is counted above
            default: (value, length) = (nil, 2)
            }
            if let value, let scalar = Unicode.Scalar(value), Self.isInvisible(value) {
                let kind = SourceText.isLineSeparator(value) ? Phrase.lineSeparator : SourceText.invisibleKind(value)!
                sink.warning("invisible-character", line: line, column: column, .invisibleCharacter(scalar, kind: kind))
            }
            i += length
            column += length
        }
    }

    /// A list of texts; empty entries are errors.
    func texts(_ node: SourceNode?, name: ScheduleKey) -> [String] {
        sequence(node, name: name).compactMap { text($0, name: name, required: true) }
    }

    /// Whether `s` needs none of the slower checks: no control characters, no white space at either
    /// end, nothing NFC could change. Precomposed Vietnamese (U+00C0–U+01B0, U+1EA0–U+1EF9) and
    /// ordinary punctuation pass; anything else takes the careful path.
    static func isPlain(_ s: String) -> Bool {
        var s = s
        return s.withUTF8(isPlain)
    }

    /// The same for UTF-8 bytes.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        if first <= 0x20 || last <= 0x20 { return false }
        var i = 0
        let n = bytes.count
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        while i < n {
            // Printable ASCII, 8 bytes at a time: no high bit, nothing below 0x20, no DEL.
            if i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                if (w | (w &+ 0x0101_0101_0101_0101)) & high == 0, (w &- 0x2020_2020_2020_2020) & ~w & high == 0 {
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                if b < 0x20 || b == 0x7F { return false }
                i += 1
            } else if b < 0xE0 {
                // Two-byte letters up to U+02FF; U+0300 and above start with 0xCC.
                // … and neither is a soft hyphen (C2 AD), which an escape can make.
                if b >= 0xCC || (b == 0xC2 && i + 1 < n && (bytes[i + 1] <= 0xA0 || bytes[i + 1] == 0xAD)) { return false }
                i += 2
            } else if b == 0xE1, i + 1 < n, bytes[i + 1] == 0xBA || bytes[i + 1] == 0xBB {
                i += 3  // U+1E80–U+1EFF: Vietnamese letters
            } else if b == 0xE2, i + 1 < n, bytes[i + 1] == 0x80 {
                // U+2000–U+203F: dashes and quotes are plain; spaces and invisible marks are not.
                if i + 2 < n, bytes[i + 2] <= 0x8F || (0xA8...0xAF).contains(bytes[i + 2]) { return false }
                i += 3
            } else {
                return false
            }
        }
        // A last byte above 0x80 is part of a letter checked above; a trailing NBSP was refused.
        return true
    }

    /// `s` without white space at either end (Foundation's trimming bridges through NSString: slow).
    static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return s }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return s }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// NFC with trimmed outer white space; Foundation is called only when the text may change.
    static func normalize(_ s: String) -> String {
        let trimmed = trimmed(s)
        let mayChange = trimmed.unicodeScalars.contains { v in
            v.value >= 0x0300 && !(0x1EA0...0x1EF9).contains(v.value) && !(0x2000...0x206F).contains(v.value)
        }
        return mayChange ? trimmed.precomposedStringWithCanonicalMapping : trimmed
    }
}
