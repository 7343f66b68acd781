import Foundation

/// A place in a schedule file. The line is always known; the column is counted in Unicode scalars
/// only when a message needs it (`column == 0` means "from `offset`"), because counting it for
/// every node of a one-line JSON file would cost as much as reading the file again.
struct SourceMark: Sendable, Equatable {
    var line: Int
    var column: Int
    /// Byte offset of the node in the decoded text, when the column is not known yet.
    var offset: Int
    /// The node of the `SourceTree` this mark was taken from (`SourceTree.mark(_:)`), -1 if none:
    /// a diagnostic at the mark names that node's field (`SourceTree.path(to:)`).
    var node: Int = -1

    init(line: Int, column: Int, offset: Int, node: Int = -1) {
        self.line = line
        self.column = column
        self.offset = offset
        self.node = node
    }

    static func located(line: Int, column: Int) -> SourceMark { SourceMark(line: line, column: column, offset: -1) }
}

/// A node of a schedule file: its place in a `SourceTree`.
struct SourceNode: Equatable {
    var index: Int
}

/// The nodes of a schedule file, whatever syntax it was written in (YAML through Yams, or JSON through
/// `JSONTree`): the reader checks and builds the schedule from these.
///
/// One flat array in document order: a node's children follow it, and each node knows where its
/// subtree ends. A scalar is a range of bytes, of the source text (JSON strings without escapes,
/// numbers, literals) or of `extra` (escaped JSON strings, YAML scalars): nothing is allocated per node.
struct SourceTree {
    enum Kind: UInt8 {
        case scalar
        /// `null` in JSON; an empty or `~`/`null` plain scalar (or an alias) in YAML. Its bytes are
        /// the scalar as written, which a key still uses.
        case null
        case mapping
        case sequence
    }

    /// 28 bytes: a file has at most 32 MiB, so 32 bits hold every place and count.
    struct Node {
        /// The node's `SourceMark`.
        var line: Int32
        var column: Int32
        var offset: Int32
        /// Scalars: the first byte, in `source` or (if `inExtra`) in `extra`.
        var start: Int32
        /// Scalars: the byte count; collections: the children (keys and values alike in a mapping).
        var count: Int32
        /// The index just past this node's subtree.
        var end: Int32
        var kind: Kind
        var inExtra: Bool

        init(mark: SourceMark, start: Int32, count: Int32, end: Int32, kind: Kind, inExtra: Bool) {
            line = Int32(mark.line)
            column = Int32(mark.column)
            offset = Int32(mark.offset)
            self.start = start
            self.count = count
            self.end = end
            self.kind = kind
            self.inExtra = inExtra
        }

        var mark: SourceMark { SourceMark(line: Int(line), column: Int(column), offset: Int(offset)) }
    }

    /// The decoded text the byte ranges point into.
    let source: [UInt8]
    /// `SourceText.Decoded.irregular` of `source`: its texts need no byte-by-byte look.
    private let irregular: [Int32]?
    private(set) var nodes: [Node] = []
    private(set) var extra: [UInt8] = []

    /// `capacity`: the nodes expected, to reserve their storage at once.
    init(source: [UInt8], irregular: [Int32]? = nil, capacity: Int = 0) {
        self.source = source
        self.irregular = irregular
        nodes.reserveCapacity(capacity)
    }

    // MARK: Building, in document order

    /// Adds a scalar whose bytes are `range` of the source.
    mutating func addScalar(_ kind: Kind, source range: Range<Int>, mark: SourceMark) {
        let index = Int32(nodes.count)
        nodes.append(Node(mark: mark, start: Int32(range.lowerBound), count: Int32(range.count), end: index + 1,
                          kind: kind, inExtra: false))
    }

    /// Adds a scalar whose bytes are `extra` from `start` on.
    mutating func addScalar(_ kind: Kind, extraFrom start: Int, mark: SourceMark) {
        let index = Int32(nodes.count)
        nodes.append(Node(mark: mark, start: Int32(start), count: Int32(extra.count - start), end: index + 1,
                          kind: kind, inExtra: true))
    }

    /// Adds a scalar with the bytes of `string`.
    mutating func addScalar(_ kind: Kind, string: String, mark: SourceMark) {
        let start = extra.count
        var string = string
        string.withUTF8 { extra.append(contentsOf: $0) }
        addScalar(kind, extraFrom: start, mark: mark)
    }

    /// Bytes of `extra` for the scalar being read.
    mutating func appendExtra(_ byte: UInt8) { extra.append(byte) }
    mutating func appendExtra(contentsOf bytes: ArraySlice<UInt8>) { extra.append(contentsOf: bytes) }
    var extraCount: Int { extra.count }

    /// Opens a mapping or a sequence; `close` it after its children.
    mutating func open(_ kind: Kind, mark: SourceMark) -> Int {
        nodes.append(Node(mark: mark, start: 0, count: 0, end: 0, kind: kind, inExtra: false))
        return nodes.count - 1
    }

    mutating func close(_ index: Int, children: Int) {
        nodes[index].count = Int32(children)
        nodes[index].end = Int32(nodes.count)
    }

    // MARK: Reading

    static let root = SourceNode(index: 0)

    func kind(_ node: SourceNode) -> Kind { nodes[node.index].kind }
    func mark(_ node: SourceNode) -> SourceMark {
        var mark = nodes[node.index].mark
        mark.node = node.index
        return mark
    }
    /// A scalar's bytes, or a collection's children.
    func count(_ node: SourceNode) -> Int { Int(nodes[node.index].count) }
    func isScalar(_ node: SourceNode) -> Bool { nodes[node.index].kind.rawValue <= Kind.null.rawValue }

    /// The children of a collection (keys and values in turn for a mapping).
    func children(_ node: SourceNode) -> [SourceNode] {
        var result: [SourceNode] = []
        result.reserveCapacity(Int(nodes[node.index].count))
        forEachChild(node) { result.append($0) }
        return result
    }

    func forEachChild(_ node: SourceNode, _ body: (SourceNode) -> Void) {
        let end = Int(nodes[node.index].end)
        var child = node.index + 1
        while child < end {
            body(SourceNode(index: child))
            child = Int(nodes[child].end)
        }
    }

    /// The field a node is, or is in, as the server's editor names it: `sections[1].agenda.days[3].items[0].leader`
    /// (a key names its value's field; the root is ""). Walks down from the root: a few steps per level.
    func path(to index: Int) -> String {
        var path = ""
        var node = 0
        while node != index, index < nodes.count {
            let kind = nodes[node].kind
            guard kind == .mapping || kind == .sequence else { break }
            var child = node + 1
            var position = 0
            var key: Int?
            let end = Int(nodes[node].end)
            var next: Int?
            while child < end {
                let childEnd = Int(nodes[child].end)
                if kind == .mapping, position % 2 == 0 { key = child }
                if index >= child && index < childEnd {
                    if kind == .sequence {
                        path += "[\(position)]"
                    } else if let key {
                        path += (path.isEmpty ? "" : ".") + string(SourceNode(index: key))
                    }
                    // A key is its field: stop there.
                    next = kind == .mapping && position % 2 == 0 ? index : child
                    break
                }
                child = childEnd
                position += 1
            }
            guard let next else { break }
            if next == index, kind == .mapping, position % 2 == 0 { break }
            node = next
        }
        return path
    }

    /// The last scalar that starts at or before a place (line and column, or the byte offset for marks
    /// that only know theirs): the text a place inside a string belongs to.
    func scalar(atOrBefore line: Int, _ column: Int, offset: Int?) -> Int? {
        var found: Int?
        for (index, node) in nodes.enumerated() where node.kind.rawValue <= Kind.null.rawValue {
            let before: Bool
            if node.column > 0 {
                before = Int(node.line) < line || (Int(node.line) == line && Int(node.column) <= column)
            } else if let offset {
                before = Int(node.offset) <= offset
            } else {
                before = Int(node.line) <= line
            }
            if before { found = index } else { break }
        }
        return found
    }

    /// Calls `body` with a scalar's bytes.
    func withBytes<R>(_ node: SourceNode, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let n = nodes[node.index]
        let range = Int(n.start)..<Int(n.start + n.count)
        return (n.inExtra ? extra : source).withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// A scalar's text.
    func string(_ node: SourceNode) -> String {
        withBytes(node) { String(decoding: $0, as: UTF8.self) }
    }

    /// A scalar's text if it is plain (`NodeReader.isPlain`), else nil.
    func plainString(_ node: SourceNode) -> String? {
        let n = nodes[node.index]
        guard !n.inExtra, n.count > 0, let irregular else {
            return withBytes(node) { NodeReader.isPlain($0) ? String(decoding: $0, as: UTF8.self) : nil }
        }
        let start = Int(n.start)
        let end = start + Int(n.count)
        guard source[start] > 0x20, source[end - 1] > 0x20 else { return nil }
        // The first irregular character at or after `start`, by binary search.
        var low = 0
        var high = irregular.count
        while low < high {
            let middle = (low + high) / 2
            if Int(irregular[middle]) < start { low = middle + 1 } else { high = middle }
        }
        if low < irregular.count, Int(irregular[low]) < end { return nil }
        return string(node)
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

    /// The byte offset of the 1-based `column` (in Unicode scalars) of `line`; the line's end if it is shorter.
    func offset(line: Int, column: Int) -> Int {
        if lineStarts.isEmpty { buildIndex() }
        guard line >= 1, line - 1 < lineStarts.count else { return bytes.count }
        var i = lineStarts[line - 1]
        var current = 1
        while current < column, i < bytes.count, bytes[i] != 0x0A {
            i += 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            current += 1
        }
        return i
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
