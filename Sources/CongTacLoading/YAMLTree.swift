import Yams

/// Yams' composed nodes as `SourceNode`s. Aliases are expanded here, under a budget: a file without
/// aliases has at most about one node per byte, so a budget a few times the size stops alias bombs
/// long before they cost time or memory.
struct YAMLTree {
    let sink: DiagnosticSink
    private(set) var budget: Int
    private(set) var exhausted = false

    init(sink: DiagnosticSink, budget: Int) {
        self.sink = sink
        self.budget = budget
    }

    mutating func convert(_ node: Yams.Node) -> SourceNode? {
        guard !exhausted else { return nil }
        budget -= 1
        if budget < 0 {
            exhausted = true
            sink.error(.aliasExpansion, at: node.mark.map(Self.mark))
            return nil
        }
        switch node {
        case .scalar(let scalar):
            return .scalar(SourceNode.Scalar(string: scalar.string, isNull: Self.isNull(scalar),
                                             mark: Self.mark(scalar.mark)))
        case .mapping(let mapping):
            var pairs: [(SourceNode, SourceNode)] = []
            pairs.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard let k = convert(key), let v = convert(value) else { return nil }
                pairs.append((k, v))
            }
            return .mapping(pairs, Self.mark(node.mark))
        case .sequence(let sequence):
            var items: [SourceNode] = []
            items.reserveCapacity(sequence.count)
            for element in sequence {
                guard let item = convert(element) else { return nil }
                items.append(item)
            }
            return .sequence(items, Self.mark(node.mark))
        case .alias(let alias):
            return .scalar(SourceNode.Scalar(string: "", isNull: true, mark: Self.mark(alias.mark)))
        }
    }

    static func mark(_ mark: Yams.Mark?) -> SourceMark {
        .located(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    static func isNull(_ scalar: Yams.Node.Scalar) -> Bool {
        guard scalar.style == .plain || scalar.style == .any else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}
