/// Breaks a paragraph into lines as a word processor does: greedily, at spaces, and after a hyphen
/// that joins two words (`TT-TKKHCN`, as LibreOffice and Word do). Never inside a syllable: a
/// Vietnamese syllable is written without spaces, and a character (grapheme cluster) is never split.
/// Only a word wider than the whole column is broken, between characters, so that no text leaves
/// its column.
///
/// Spaces are kept as typed (`Số:      /CTr-KHCN` keeps its gap); the spaces where a line breaks
/// vanish, as they do in a word processor.
struct LineBreaker: Sendable {
    let measure: TextMeasure

    /// A piece of a line in one style: `x` from the line's start before alignment, `width` without
    /// the spaces that follow it.
    struct Piece: Sendable, Equatable {
        var text: String
        var style: TextStyle
        var x: Double
        var width: Double
        /// Spaces between this piece and the one before it on the line.
        var spacesBefore: Int
    }

    struct Line: Sendable, Equatable {
        var pieces: [Piece]
        /// From the line's start to the end of its last piece.
        var width: Double
        /// The largest size on the line: its height follows it.
        var size: Double
        /// The space characters between pieces: where justification adds room.
        var spaces: Int { pieces.dropFirst().reduce(0) { $0 + $1.spacesBefore } }
    }

    /// Lines of `runs` in a column `width` points wide, the first one shortened by `firstLineIndent`.
    func lines(_ runs: [StyledRun], width: Double, firstLineIndent: Double = 0) -> [Line] {
        var lines: [Line] = []
        var current: [Piece] = []
        var end = 0.0
        var available: Double { lines.isEmpty ? width - firstLineIndent : width }
        func finishLine() {
            guard !current.isEmpty else { return }
            lines.append(Line(pieces: current, width: end, size: current.map(\.style.size).max() ?? 0))
            current = []
            end = 0
        }
        for var cluster in clusters(runs) {
            if !current.isEmpty, end + cluster.gap + cluster.width > available + Self.tolerance {
                finishLine()
            }
            // A word wider than the column: as many characters as fit, on lines of their own.
            while current.isEmpty, cluster.width > available + Self.tolerance {
                let (head, rest) = split(cluster, toFit: available)
                current = head.pieces
                end = head.width
                finishLine()
                cluster = rest
            }
            let start = current.isEmpty ? 0 : end + cluster.gap
            for (index, box) in cluster.boxes.enumerated() {
                current.append(Piece(text: box.text, style: box.style, x: start + box.x, width: box.width,
                                     spacesBefore: current.isEmpty || index > 0 ? 0 : cluster.spaces))
            }
            end = start + cluster.width
        }
        finishLine()
        return lines
    }

    static let tolerance = 0.001

    // MARK: - Clusters: what may not be broken

    /// A run of text between two break opportunities, possibly in several styles.
    struct Cluster {
        struct Box {
            var text: String
            var style: TextStyle
            var x: Double
            var width: Double
        }
        var boxes: [Box] = []
        var width = 0.0
        /// The spaces before the cluster and their width (dropped at a line's start).
        var spaces = 0
        var gap = 0.0

        var pieces: [Piece] { boxes.map { Piece(text: $0.text, style: $0.style, x: $0.x, width: $0.width, spacesBefore: 0) } }

        mutating func append(_ text: String, _ style: TextStyle, width boxWidth: Double) {
            if var last = boxes.last, last.style == style {
                last.text += text
                last.width += boxWidth
                boxes[boxes.count - 1] = last
            } else {
                boxes.append(Box(text: text, style: style, x: width, width: boxWidth))
            }
            width += boxWidth
        }
    }

    /// The paragraph as clusters: split at spaces and after word-joining hyphens.
    func clusters(_ runs: [StyledRun]) -> [Cluster] {
        var builder = ClusterBuilder(measure: measure)
        for run in runs {
            builder.style = run.style
            let text = run.text[...]
            if Self.splitsOnBytes(text.utf8) {
                Self.splitBytes(text, into: &builder)
            } else {
                Self.splitCharacters(text, into: &builder)
            }
        }
        builder.close()
        return builder.result
    }

    /// What the two ways of splitting a text report, in order.
    protocol TokenSink {
        mutating func spaces(_ count: Int)
        mutating func word(_ word: Substring, breakAfterHyphen: Bool)
    }

    /// Clusters from a paragraph's spaces and words (a value with mutating methods, not closures
    /// over local variables, which would pay for a run-time exclusivity check on every word).
    struct ClusterBuilder: TokenSink {
        let measure: TextMeasure
        var style = TextStyle(.regular, 12)
        var result: [Cluster] = []
        var current = Cluster()
        var pendingSpaces = 0
        var pendingGap = 0.0

        mutating func close() {
            if !current.boxes.isEmpty { result.append(current) }
            current = Cluster()
        }

        mutating func spaces(_ count: Int) {
            close()
            pendingSpaces += count
            pendingGap += measure(String(repeating: " ", count: count)[...], style)
        }

        mutating func word(_ word: Substring, breakAfterHyphen: Bool) {
            if current.boxes.isEmpty {
                current.spaces = pendingSpaces
                current.gap = pendingGap
                pendingSpaces = 0
                pendingGap = 0
            }
            current.append(String(word), style, width: measure(word, style))
            if breakAfterHyphen { close() }
        }
    }

    /// Spaces and words of `text`, character by character: the rule, for any text.
    static func splitCharacters<Sink: TokenSink>(_ text: Substring, into sink: inout Sink) {
        var index = text.startIndex
        while index < text.endIndex {
            if isSpace(text[index]) {
                var spaceEnd = index
                while spaceEnd < text.endIndex, isSpace(text[spaceEnd]) { spaceEnd = text.index(after: spaceEnd) }
                sink.spaces(text.distance(from: index, to: spaceEnd))
                index = spaceEnd
                continue
            }
            var wordEnd = index
            var breakAfterHyphen = false
            while wordEnd < text.endIndex, !isSpace(text[wordEnd]) {
                let character = text[wordEnd]
                wordEnd = text.index(after: wordEnd)
                if character.utf8.first == 0x2D, character == "-", wordEnd < text.endIndex, mayBreakAfterHyphen(before: text[wordEnd]),
                   wordEnd > text.index(after: index) {
                    breakAfterHyphen = true
                    break
                }
            }
            sink.word(text[index..<wordEnd], breakAfterHyphen: breakAfterHyphen)
            index = wordEnd
        }
    }

    // MARK: - The byte path (speed)

    /// Whether `splitBytes` splits `text` exactly as `splitCharacters` does, which saves most of a
    /// paragraph's layout time (grapheme breaking is the costly part of walking characters). It does
    /// when every space, tab, line feed and hyphen stands alone as a character: no CR (CR LF is one
    /// character), no script with prepended marks, which join the character after them (U+0600–U+0FFF,
    /// lead bytes 0xD8–0xE0, and everything beyond the BMP), and right after each of them a character
    /// known not to join it (`startsAlone`), not a combining mark, joiner or variation selector.
    /// Vietnamese, with its quotes and dashes, takes this path.
    /// `LineBreakerPathTests` compares both paths on every text of the examples and on random texts.
    static func splitsOnBytes(_ utf8: Substring.UTF8View) -> Bool {
        var index = utf8.startIndex
        var afterBreak = false
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0D || (0xD8...0xE0).contains(byte) || byte >= 0xF0 { return false }
            if afterBreak, byte >= 0x80 {
                let rest = utf8[index...].prefix(3)
                guard startsAlone(rest) else { return false }
            }
            afterBreak = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x2D
            index = utf8.index(after: index)
        }
        return true
    }

    /// Whether the character whose UTF-8 starts `bytes` never joins what stands before it: a letter
    /// up to U+02FF, a letter of U+1E00–U+1EFF (Vietnamese), or general punctuation (U+2000–U+203F:
    /// quotes, dashes) other than the joiners U+200C and U+200D.
    static func startsAlone<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var iterator = bytes.makeIterator()
        guard let lead = iterator.next() else { return true }
        if lead < 0x80 || (0xC2...0xCB).contains(lead) { return true }
        let second = iterator.next() ?? 0
        if lead == 0xE1 { return (0xB8...0xBB).contains(second) }
        if lead == 0xE2, second == 0x80 {
            let third = iterator.next() ?? 0
            return third != 0x8C && third != 0x8D
        }
        return false
    }

    /// Spaces and words of `text` found on its UTF-8 bytes (only where `splitsOnBytes`).
    static func splitBytes<Sink: TokenSink>(_ text: Substring, into sink: inout Sink) {
        let utf8 = text.utf8
        func isSpaceByte(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 }
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if isSpaceByte(utf8[index]) {
                var count = 0
                while index < utf8.endIndex, isSpaceByte(utf8[index]) {
                    count += 1
                    index = utf8.index(after: index)
                }
                sink.spaces(count)
                continue
            }
            let start = index
            var breakAfterHyphen = false
            while index < utf8.endIndex, !isSpaceByte(utf8[index]) {
                let byte = utf8[index]
                index = utf8.index(after: index)
                if byte == 0x2D, index < utf8.endIndex, start < utf8.index(before: index), mayBreakAfterHyphen(before: text[index]) {
                    breakAfterHyphen = true
                    break
                }
            }
            sink.word(text[start..<index], breakAfterHyphen: breakAfterHyphen)
        }
    }

    /// A line break or tab in a text is a space, as Word shows one typed into a `w:t`.
    /// Every such character starts with one of their four bytes, so the first byte rejects the rest
    /// (most characters) without a `Character` comparison, which is a string comparison.
    static func isSpace(_ character: Character) -> Bool {
        switch character.utf8.first {
        case 0x20, 0x0A, 0x09, 0x0D:
            character == " " || character == "\n" || character == "\t" || character == "\r\n" || character == "\r"
        default: false
        }
    }

    /// After `-`, a line may break before a letter (`TT-|TKKHCN`), not before a digit or another
    /// sign (`-5`, `2025--2030`), as in Unicode's line breaking rules.
    static func mayBreakAfterHyphen(before next: Character) -> Bool {
        next.isLetter
    }

    /// The longest head of `cluster` that fits `width` (at least one character), and the rest.
    func split(_ cluster: Cluster, toFit width: Double) -> (head: (pieces: [Piece], width: Double), rest: Cluster) {
        var head = Cluster()
        var rest = Cluster()
        var full = false
        for box in cluster.boxes {
            for character in box.text {
                let piece = String(character)
                let pieceWidth = measure(piece[...], box.style)
                if !full, head.boxes.isEmpty || head.width + pieceWidth <= width + Self.tolerance {
                    head.append(piece, box.style, width: pieceWidth)
                } else {
                    full = true
                    rest.append(piece, box.style, width: pieceWidth)
                }
            }
        }
        return ((head.pieces, head.width), rest)
    }
}
