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
/// Built on the first question: the line starts, and the count of scalars before every 1 KiB block,
/// so that each question scans at most one block, in whatever order the questions come.
final class LineIndex {
    private let bytes: [UInt8]
    private var lineStarts: [Int] = []
    private var blockScalars: [Int] = []
    private static let block = 1024

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Unicode scalars that start before `offset`.
    private func scalars(before offset: Int) -> Int {
        let blockIndex = offset / Self.block
        var count = blockScalars[blockIndex]
        var i = blockIndex * Self.block
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// The number of lines (a final line break starts an empty last line) and the column just after
    /// the last line's last character.
    private(set) lazy var end: (line: Int, column: Int) = {
        var lines = 1
        var lastStart = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            lines += 1
            lastStart = i + 1
        }
        var column = 1
        for b in bytes[lastStart...] where b & 0xC0 != 0x80 && b != 0x0D { column += 1 }
        return (lines, column)
    }()

    /// The 1-based column of `offset`, which is on `line`.
    func column(ofOffset offset: Int, line: Int) -> Int {
        if lineStarts.isEmpty {
            lineStarts = [0]
            blockScalars.reserveCapacity(bytes.count / Self.block + 1)
            var count = 0
            for (i, b) in bytes.enumerated() {
                if i % Self.block == 0 { blockScalars.append(count) }
                if b & 0xC0 != 0x80 { count += 1 }
                if b == 0x0A { lineStarts.append(i + 1) }
            }
            blockScalars.append(count)
        }
        let offset = min(max(0, offset), bytes.count)
        let start = min(line - 1 < lineStarts.count ? lineStarts[max(0, line - 1)] : 0, offset)
        return scalars(before: offset) - scalars(before: start) + 1
    }
}
