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
        var result: [Cluster] = []
        var current = Cluster()
        var pendingSpaces = 0
        var pendingGap = 0.0
        func close() {
            if !current.boxes.isEmpty { result.append(current) }
            current = Cluster()
        }
        for run in runs {
            let text = run.text[...]
            var index = text.startIndex
            while index < text.endIndex {
                if Self.isSpace(text[index]) {
                    var spaceEnd = index
                    while spaceEnd < text.endIndex, Self.isSpace(text[spaceEnd]) { spaceEnd = text.index(after: spaceEnd) }
                    close()
                    let spaces = text.distance(from: index, to: spaceEnd)
                    pendingSpaces += spaces
                    pendingGap += measure(String(repeating: " ", count: spaces)[...], run.style)
                    index = spaceEnd
                    continue
                }
                var wordEnd = index
                var breakAfterHyphen = false
                while wordEnd < text.endIndex, !Self.isSpace(text[wordEnd]) {
                    let character = text[wordEnd]
                    wordEnd = text.index(after: wordEnd)
                    if character.utf8.first == 0x2D, character == "-", wordEnd < text.endIndex, Self.mayBreakAfterHyphen(before: text[wordEnd]),
                       wordEnd > text.index(after: index) {
                        breakAfterHyphen = true
                        break
                    }
                }
                let word = text[index..<wordEnd]
                if current.boxes.isEmpty {
                    current.spaces = pendingSpaces
                    current.gap = pendingGap
                    pendingSpaces = 0
                    pendingGap = 0
                }
                current.append(String(word), run.style, width: measure(word, run.style))
                if breakAfterHyphen { close() }
                index = wordEnd
            }
        }
        close()
        return result
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
