/// A place in a schedule file. The line is always known; the column is counted in Unicode scalars
/// only when a message needs it (`column == 0` means "from `offset`"), because counting it for
/// every node of a one-line JSON file would cost as much as reading the file again.
struct SourceMark: Sendable, Equatable {
    var line: Int
    var column: Int
    /// Byte offset of the node in the decoded text, when the column is not known yet.
    var offset: Int

    static func located(line: Int, column: Int) -> SourceMark { SourceMark(line: line, column: column, offset: -1) }
}

/// A node of a schedule file, whatever syntax it was written in (YAML through Yams, or JSON through
/// `JSONTree`): the reader checks and builds the schedule from these.
indirect enum SourceNode: Sendable {
    case scalar(Scalar)
    case mapping([(SourceNode, SourceNode)], SourceMark)
    case sequence([SourceNode], SourceMark)

    struct Scalar: Sendable {
        var string: String
        /// `null` in JSON; an empty or `~`/`null` plain scalar in YAML.
        var isNull: Bool
        var mark: SourceMark
    }

    var mark: SourceMark? {
        switch self {
        case .scalar(let s): s.mark
        case .mapping(_, let m), .sequence(_, let m): m
        }
    }

    var scalar: Scalar? {
        if case .scalar(let s) = self { return s }
        return nil
    }
}

/// Line starts of a text, to turn a byte offset into a line and a column in Unicode scalars.
/// Queries in file order cost linear time overall: each resumes from the previous one on its line.
final class LineIndex {
    private let bytes: [UInt8]
    private var lineStarts: [Int] = []
    private var checkpoint: (offset: Int, column: Int, line: Int) = (0, 1, 1)

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The 1-based column of `offset`, which is on `line`.
    func column(ofOffset offset: Int, line: Int) -> Int {
        if lineStarts.isEmpty {
            lineStarts = [0]
            for (i, b) in bytes.enumerated() where b == 0x0A { lineStarts.append(i + 1) }
        }
        let start = line - 1 < lineStarts.count ? lineStarts[line - 1] : 0
        var from = start
        var column = 1
        if checkpoint.line == line, checkpoint.offset <= offset, checkpoint.offset >= start {
            from = checkpoint.offset
            column = checkpoint.column
        }
        var i = from
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        checkpoint = (offset, column, line)
        return column
    }
}
