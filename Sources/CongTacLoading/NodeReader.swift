import Foundation

/// A name for a place in the file, in both languages, used in messages ("in `agency`").
struct Context {
    var vi: String
    var en: String

    static let root = Context(vi: "phần đầu tệp", en: "the top level")
    static func key(_ key: String) -> Context { Context(vi: "`\(key)`", en: "`\(key)`") }
}

/// The keys of one mapping node, checked against the keys allowed there.
struct Fields {
    var mark: SourceMark?
    private var values: [String: SourceNode] = [:]

    init(mark: SourceMark?) { self.mark = mark }

    subscript(key: String) -> SourceNode? {
        get { values[key] }
        set { values[key] = newValue }
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
        var firstLines: [String: Int] = [:]
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
            if let line = firstLines[key] {
                sink.error(.duplicateKey(key, firstLine: line), at: keyNode.mark)
                continue
            }
            firstLines[key] = keyNode.mark?.line ?? 0
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
        let value = raw.map { Self.normalize($0) } ?? ""
        if value.isEmpty {
            if required { sink.error(.emptyText(name), at: node?.mark ?? fallback) }
            return nil
        }
        // Escapes (`\a` in YAML, `\u0007` in JSON) can make characters the raw text did not show.
        if let control = value.unicodeScalars.first(where: { SourceText.isForbiddenControl($0.value) }) {
            sink.error(.controlCharacter(control), at: node?.mark)
            return nil
        }
        if value.unicodeScalars.count > Self.maxTextLength {
            sink.error(.textTooLong(name, length: value.unicodeScalars.count, limit: Self.maxTextLength), at: node?.mark)
            return nil
        }
        return value
    }

    /// A list of texts; empty entries are errors.
    func texts(_ node: SourceNode?, name: String) -> [String] {
        sequence(node, name: name).compactMap { text($0, name: name, required: true) }
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
