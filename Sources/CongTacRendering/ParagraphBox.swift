/// A paragraph's format, as the DOCX style it mirrors: alignment, first-line indent, spacing.
struct ParagraphFormat: Sendable {
    var alignment: Alignment
    var firstLineIndent = 0.0
    var before = 0.0
    var after = 0.0
    /// A multiple of single spacing (`w:line` / 240).
    var lineSpacing = 1.0
    /// The size that sets an empty paragraph's height.
    var size: Double
}

/// The vertical metrics of the embedded serif, per point of size: single line spacing is the
/// font's (ascent, descent and line gap, as Word and LibreOffice take it from the OS/2 table), the
/// baseline a descent above the line's bottom.
struct LineMetrics: Sendable {
    var ascent: Double
    var descent: Double
    var single: Double
    /// The underline's place below the baseline and its thickness.
    var underlinePosition: Double
    var underlineThickness: Double

    /// A multiple of the font's single spacing (BodyText's 1.1), as LibreOffice sets our DOCX.
    func lineHeight(_ size: Double, spacing: Double) -> Double { single * size * spacing }
}

/// A column of laid-out lines (one cell, or one column of the header or closing block), each with
/// its place from the box's top: what a row needs to measure itself, draw itself, or be cut in two
/// at a line when it is taller than a page.
struct ColumnBox: Sendable {
    struct Item: Sendable {
        var line: LineBreaker.Line
        var alignment: Alignment
        /// Whether the line is its paragraph's last (left-aligned when justified).
        var isLast: Bool
        var indent: Double
        var top: Double
        var height: Double
        /// The line's baseline below its top.
        var baseline: Double
        /// The paragraph the line belongs to, counted from 0 in the box: one tag per paragraph.
        var paragraph: Int
    }

    var items: [Item] = []
    var height = 0.0
    var paragraphs = 0

    /// Appends a paragraph laid out in `width`; an empty one takes one line of its size.
    mutating func append(_ runs: [StyledRun], _ format: ParagraphFormat, width: Double, breaker: LineBreaker,
                         metrics: LineMetrics) {
        height += format.before
        let lines = runs.allSatisfy({ $0.text.isEmpty }) ? [] : breaker.lines(runs, width: width, firstLineIndent: format.firstLineIndent)
        if lines.isEmpty {
            height += metrics.lineHeight(format.size, spacing: format.lineSpacing)
        }
        for (index, line) in lines.enumerated() {
            let size = max(line.size, format.size)
            let lineHeight = metrics.lineHeight(size, spacing: format.lineSpacing)
            items.append(Item(line: line, alignment: format.alignment, isLast: index == lines.count - 1,
                              indent: index == 0 ? format.firstLineIndent : 0, top: height, height: lineHeight,
                              baseline: lineHeight - metrics.descent * size, paragraph: paragraphs))
            height += lineHeight
        }
        height += format.after
        paragraphs += 1
    }

    /// Space added above everything (a cell's top margin, a row's offset).
    mutating func shift(by offset: Double) {
        for index in items.indices { items[index].top += offset }
        height += offset
    }

    /// The lines that end above `limit`, and the rest moved up to start at 0.
    func split(at limit: Double) -> (head: ColumnBox, tail: ColumnBox) {
        var head = ColumnBox()
        var tail = ColumnBox()
        let cut = items.first(where: { $0.top + $0.height > limit + LineBreaker.tolerance })?.top ?? height
        for item in items {
            if item.top < cut {
                head.items.append(item)
            } else {
                var moved = item
                moved.top -= cut
                tail.items.append(moved)
            }
        }
        head.height = min(cut, height)
        tail.height = max(0, height - cut)
        head.paragraphs = paragraphs
        tail.paragraphs = paragraphs
        return (head, tail)
    }
}

extension LineBreaker.Line {
    /// The pieces placed in a column `width` wide: centred, or justified by widening the spaces
    /// (not on a paragraph's last line, as a word processor does), or left as they are; and the room
    /// added to each space.
    func aligned(_ alignment: Alignment, width: Double, indent: Double, isLast: Bool) -> (pieces: [LineBreaker.Piece], extra: Double) {
        let room = width - indent - self.width
        switch alignment {
        case .left:
            return (pieces.map { var piece = $0; piece.x += indent; return piece }, 0)
        case .center:
            return (pieces.map { var piece = $0; piece.x += indent + max(0, room) / 2; return piece }, 0)
        case .justified:
            let spaces = self.spaces
            guard !isLast, spaces > 0, room > 0 else { return aligned(.left, width: width, indent: indent, isLast: isLast) }
            let extra = room / Double(spaces)
            var seen = 0
            let placed = pieces.map { piece in
                var piece = piece
                seen += piece.spacesBefore
                piece.x += indent + extra * Double(seen)
                return piece
            }
            return (placed, extra)
        }
    }
}
