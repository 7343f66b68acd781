import Foundation

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
    /// The number of lines (a final line break starts an empty last line).
    let lineCount: Int

    /// `lineCount` is the text's line feeds + 1, when the caller has counted them.
    init(_ bytes: [UInt8], lineCount: Int? = nil) {
        self.bytes = bytes
        self.lineCount = lineCount ?? bytes.withUnsafeBufferPointer { buffer in
            var count = 1
            for b in buffer where b == 0x0A { count += 1 }
            return count
        }
    }

    /// Unicode scalars (bytes that are not UTF-8 continuation bytes) in `range` of `buffer`, 8 bytes at a time.
    private static func scalars(in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var count = 0
        var i = range.lowerBound
        while i + 8 <= range.upperBound {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // A continuation byte is 10xxxxxx: its high bit set, the next one clear.
            count &+= 8 &- (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < range.upperBound {
            if base[i] & 0xC0 != 0x80 { count &+= 1 }
            i += 1
        }
        return count
    }

    /// Unicode scalars that start before `offset`.
    private func scalars(before offset: Int) -> Int {
        let blockIndex = offset / Self.block
        return blockScalars[blockIndex] + bytes.withUnsafeBufferPointer {
            Self.scalars(in: $0, blockIndex * Self.block..<offset)
        }
    }

    /// The line and the column just after the last line's last character (carriage returns not counted).
    private(set) lazy var end: (line: Int, column: Int) = bytes.withUnsafeBufferPointer { buffer in
        var lastStart = buffer.count
        while lastStart > 0, buffer[lastStart - 1] != 0x0A { lastStart -= 1 }
        var column = 1
        for b in buffer[lastStart...] where b & 0xC0 != 0x80 && b != 0x0D { column += 1 }
        return (lineCount, column)
    }

    /// The 1-based column of `offset`, which is on `line`.
    func column(ofOffset offset: Int, line: Int) -> Int {
        if lineStarts.isEmpty { buildIndex() }
        let offset = min(max(0, offset), bytes.count)
        let start = min(line - 1 < lineStarts.count ? lineStarts[max(0, line - 1)] : 0, offset)
        return scalars(before: offset) - scalars(before: start) + 1
    }

    private func buildIndex() {
        bytes.withUnsafeBufferPointer { buffer in
            var starts = [0]
            starts.reserveCapacity(lineCount)
            if let base = buffer.baseAddress {
                var from = 0
                while from < buffer.count, let found = memchr(base + from, 0x0A, buffer.count - from) {
                    from = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                    starts.append(from)
                }
            }
            lineStarts = starts
            var counts: [Int] = []
            counts.reserveCapacity(buffer.count / Self.block + 2)
            var count = 0
            var from = 0
            while from < buffer.count {
                counts.append(count)
                let to = min(from + Self.block, buffer.count)
                count += Self.scalars(in: buffer, from..<to)
                from = to
            }
            counts.append(count)
            blockScalars = counts
        }
    }
}
