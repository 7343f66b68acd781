import Foundation

/// A name for a place in the file, in both languages, used in messages ("in `agency`").
struct Context {
    var vi: String
    var en: String

    static let root = Context(vi: "phần đầu tệp", en: "the top level")
    static func key(_ key: String) -> Context { Context(vi: "`\(key)`", en: "`\(key)`") }
}

/// The keys of one mapping node, checked against the keys allowed there (a handful: a list is
/// faster than a dictionary).
struct Fields {
    var mark: SourceMark?
    private var values: [(key: String, node: SourceNode)] = []

    init(mark: SourceMark?) { self.mark = mark }

    subscript(key: String) -> SourceNode? {
        get { values.first { $0.key == key }?.node }
        set {
            values.removeAll { $0.key == key }
            if let newValue { values.append((key, newValue)) }
        }
    }
}

/// Walks a file's nodes, reporting type and key problems at the nodes' places.
class NodeReader {
    /// Longest text accepted in one value, in characters.
    static let maxTextLength = 20_000

    let sink: DiagnosticSink

    init(sink: DiagnosticSink) {
        self.sink = sink
    }

    func kind(of node: SourceNode) -> NodeKind {
        switch node {
        case .mapping: return .mapping
        case .sequence: return .sequence
        case .scalar(let scalar): return scalar.isNull ? .null : .scalar
        }
    }

    /// The keys of a mapping; unknown keys get a "did you mean", missing required ones an error.
    func fields(_ node: SourceNode, name: String, in context: Context, allowed: [String], required: [String] = []) -> Fields? {
        guard case .mapping(let mapping, _) = node else {
            sink.error(.wrongType(name, expected: .mapping, found: kind(of: node)), at: node.mark)
            return nil
        }
        var fields = Fields(mark: node.mark)
        var firstLines: [(key: String, line: Int)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                sink.error(.wrongType("key", expected: .scalar, found: kind(of: keyNode)), at: keyNode.mark)
                continue
            }
            guard allowed.contains(key) else {
                let suggestion = EditDistance.closest(to: key, among: allowed)
                sink.error(.unknownKey(key, in: language(context), suggestion: suggestion), at: keyNode.mark)
                continue
            }
            if let first = firstLines.first(where: { $0.key == key }) {
                sink.error(.duplicateKey(key, firstLine: first.line), at: keyNode.mark)
                continue
            }
            firstLines.append((key, keyNode.mark?.line ?? 0))
            fields[key] = value
        }
        for key in required where fields[key] == nil {
            sink.error(.missingKey(key, in: language(context)), at: node.mark)
        }
        return fields
    }

    private func language(_ context: Context) -> String {
        sink.language == .vi ? context.vi : context.en
    }

    /// The elements of a list (an absent or empty value is an empty list).
    func sequence(_ node: SourceNode?, name: String) -> [SourceNode] {
        guard let node else { return [] }
        switch node {
        case .sequence(let sequence, _):
            return sequence
        case .scalar(let scalar) where scalar.isNull:
            return []
        default:
            sink.error(.wrongType(name, expected: .sequence, found: kind(of: node)), at: node.mark)
            return []
        }
    }

    /// The raw scalar string of a value, or nil (with an error for a list or mapping).
    func scalar(_ node: SourceNode?, name: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            sink.error(.wrongType(name, expected: .scalar, found: kind(of: node)), at: node.mark)
            return nil
        }
        return scalar.isNull ? nil : scalar.string
    }

    /// A text value, normalised to NFC with its outer white space trimmed; nil when absent or empty.
    /// A `required` text that is absent or empty is an error at `fallback`.
    func text(_ node: SourceNode?, name: String, required: Bool = false, fallback: SourceMark? = nil) -> String? {
        let raw = scalar(node, name: name)
        let value = raw.map { Self.isPlain($0) ? $0 : Self.normalize($0) } ?? ""
        if value.isEmpty {
            if required { sink.error(.emptyText(name), at: node?.mark ?? fallback) }
            return nil
        }
        // Escapes (`\a` in YAML, `\u0007` in JSON) can make characters the raw text did not show.
        if !Self.isPlain(value), let control = value.unicodeScalars.first(where: { SourceText.isForbiddenControl($0.value) }) {
            sink.error(.controlCharacter(control), at: node?.mark)
            return nil
        }
        if value.utf8.count > Self.maxTextLength, value.unicodeScalars.count > Self.maxTextLength {
            sink.error(.textTooLong(name, length: value.unicodeScalars.count, limit: Self.maxTextLength), at: node?.mark)
            return nil
        }
        return value
    }

    /// A list of texts; empty entries are errors.
    func texts(_ node: SourceNode?, name: String) -> [String] {
        sequence(node, name: name).compactMap { text($0, name: name, required: true) }
    }

    /// Whether `s` needs none of the slower checks: no control characters, no white space at either
    /// end, nothing NFC could change. Precomposed Vietnamese (U+00C0–U+01B0, U+1EA0–U+1EF9) and
    /// ordinary punctuation pass; anything else takes the careful path.
    static func isPlain(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return true }
            if first <= 0x20 || last <= 0x20 { return false }
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if b < 0x20 || b == 0x7F { return false }
                    i += 1
                } else if b < 0xE0 {
                    // Two-byte letters up to U+02FF; U+0300 and above start with 0xCC.
                    if b >= 0xCC || (b == 0xC2 && i + 1 < n && bytes[i + 1] <= 0xA0) { return false }
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
