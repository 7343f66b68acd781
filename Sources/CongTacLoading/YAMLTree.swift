import CongTacMessages
import Yams

/// Yams' composed nodes as a `SourceTree`. Aliases are expanded here, under a budget: a file without
/// aliases has at most about one node per byte, so a budget a few times the size stops alias bombs
/// long before they cost time or memory.
struct YAMLTree {
    let sink: DiagnosticSink
    private(set) var budget: Int
    private(set) var exhausted = false
    private(set) var tree: SourceTree

    init(sink: DiagnosticSink, budget: Int, source: [UInt8]) {
        self.sink = sink
        self.budget = budget
        self.tree = SourceTree(source: source)
    }

    /// Adds `node` and its children to `tree`; false once the budget is spent.
    mutating func convert(_ node: Yams.Node) -> Bool {
        guard !exhausted else { return false }
        budget -= 1
        if budget < 0 {
            exhausted = true
            sink.error(.aliasExpansion, at: node.mark.map(Self.mark))
            return false
        }
        switch node {
        case .scalar(let scalar):
            tree.addScalar(Self.isNull(scalar) ? .null : .scalar, string: scalar.string, mark: Self.mark(scalar.mark))
        case .mapping(let mapping):
            let index = tree.open(.mapping, mark: Self.mark(node.mark))
            for (key, value) in mapping {
                guard convert(key), convert(value) else { return false }
            }
            tree.close(index, children: 2 * mapping.count)
        case .sequence(let sequence):
            let index = tree.open(.sequence, mark: Self.mark(node.mark))
            for element in sequence {
                guard convert(element) else { return false }
            }
            tree.close(index, children: sequence.count)
        case .alias(let alias):
            tree.addScalar(.null, string: "", mark: Self.mark(alias.mark))
        }
        return true
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
