/// Lays a `DocumentView` out on A4 pages as the DOCX templates set it, and draws it on a
/// `PageCanvas` as it goes: page by page, so that a month of twenty thousand items needs the
/// memory of one page, not of the whole document (what the canvas keeps is its own affair).
///
/// Every length comes from the `PageGeometry` (twips, half-points) and its `Spacing`, the DOCX
/// styles' numbers; y grows downwards from the paper's top edge.
final class PDFLayout {
    let geometry: PageGeometry
    let canvas: PageCanvas
    let breaker: LineBreaker
    let metrics: LineMetrics

    /// The current page, from 1; 0 before the first.
    private(set) var page = 0
    /// Where the next thing goes on the current page.
    var y = 0.0
    /// The space after the last flowed paragraph, already below `y`; anything else drawn resets it.
    var lastSpaceAfter = 0.0
    /// Whether marked content of the innermost open element is open on this page.
    private var contentOpen = false

    init(geometry: PageGeometry, canvas: PageCanvas, measure: @escaping TextMeasure, metrics: LineMetrics) {
        self.geometry = geometry
        self.canvas = canvas
        self.breaker = LineBreaker(measure: measure)
        self.metrics = metrics
    }

    // MARK: - The page

    static func points(_ twips: Int) -> Double { Double(twips) / 20 }
    static func size(_ halfPoints: Int) -> Double { Double(halfPoints) / 2 }

    var left: Double { Self.points(geometry.marginLeft) }
    var textWidth: Double { Self.points(geometry.textWidth) }
    var top: Double { Self.points(geometry.marginTop) }
    var bottom: Double { Self.points(geometry.pageHeight - geometry.marginBottom) }
    var pageHeight: Double { Self.points(geometry.pageHeight) }
    var isAtPageTop: Bool { y <= top + LineBreaker.tolerance }

    /// Finishes the page and starts the next, with its number centred in the top margin from page 2.
    func newPage() {
        endContentIfOpen()
        page += 1
        canvas.startPage(width: Self.points(geometry.pageWidth), height: pageHeight)
        y = top
        lastSpaceAfter = 0
        if page > 1 {
            let size = Self.size(geometry.sizes.pageNumber)
            var column = ColumnBox()
            column.append([StyledRun(String(page), TextStyle(.regular, size))], ParagraphFormat(alignment: .center, size: size),
                          width: textWidth, breaker: breaker, metrics: metrics)
            artifact(.pageNumber) { draw(column, x: left, top: Self.points(geometry.headerDistance), width: textWidth, asArtifact: true) }
        }
    }

    /// Starts a new page unless `height` still fits below `y`.
    func ensureRoom(_ height: Double) {
        if page == 0 || (y + height > bottom + LineBreaker.tolerance && !isAtPageTop) { newPage() }
    }

    // MARK: - Tags

    func open(_ role: StructureRole, _ attributes: [StructureAttribute] = []) {
        endContentIfOpen()
        canvas.openElement(role, attributes: attributes)
    }

    func close() {
        endContentIfOpen()
        canvas.closeElement()
    }

    func tagged(_ role: StructureRole, _ attributes: [StructureAttribute] = [], _ body: () -> Void) {
        open(role, attributes)
        body()
        close()
    }

    /// Draws what `body` draws as an artifact, outside any element's content.
    func artifact(_ kind: ArtifactKind = .layout, _ body: () -> Void) {
        endContentIfOpen()
        canvas.beginArtifact(kind)
        body()
        canvas.endArtifact()
    }

    private func endContentIfOpen() {
        if contentOpen {
            canvas.endContent()
            contentOpen = false
        }
    }

    private func beginContentIfClosed() {
        if !contentOpen {
            canvas.beginContent()
            contentOpen = true
        }
    }

    // MARK: - Text

    /// A column of paragraphs laid out in `width`.
    func column(width: Double, _ paragraphs: [([StyledRun], ParagraphFormat)]) -> ColumnBox {
        var box = ColumnBox()
        for paragraph in paragraphs {
            box.append(paragraph.0, paragraph.1, width: width, breaker: breaker, metrics: metrics)
        }
        return box
    }

    /// Draws a column's lines with their tops below `top`, as content of the open element (or,
    /// inside `artifact`, as an artifact). With `tags`, each paragraph is its own element.
    func draw(_ box: ColumnBox, x: Double, top: Double, width: Double, tags: [StructureRole]? = nil, asArtifact: Bool = false) {
        var openParagraph: Int?
        for item in box.items {
            if let tags, openParagraph != item.paragraph {
                if openParagraph != nil { close() }
                open(tags[min(item.paragraph, tags.count - 1)])
                openParagraph = item.paragraph
            }
            drawLine(item, x: x, top: top + item.top, width: width, asArtifact: asArtifact)
        }
        if openParagraph != nil { close() }
    }

    /// One line: runs of words in one style as one string each (a justified line's spaces widened by
    /// the canvas), and the underlines of underlined words as artifacts.
    func drawLine(_ item: ColumnBox.Item, x: Double, top: Double, width: Double, asArtifact: Bool) {
        let (pieces, extra) = item.line.aligned(item.alignment, width: width, indent: item.indent, isLast: item.isLast)
        let baseline = top + item.baseline
        var index = 0
        var underlines: [(x1: Double, x2: Double, style: TextStyle)] = []
        if !asArtifact { beginContentIfClosed() }
        while index < pieces.count {
            var text = pieces[index].text
            let style = pieces[index].style
            let start = pieces[index].x
            var end = start + pieces[index].width
            var next = index + 1
            while next < pieces.count, pieces[next].style == style {
                text += String(repeating: " ", count: pieces[next].spacesBefore) + pieces[next].text
                end = pieces[next].x + pieces[next].width
                next += 1
            }
            // A space after a run keeps the words apart for a reader that copies the text.
            if next < pieces.count, pieces[next].spacesBefore > 0 { text += " " }
            canvas.text(text, x: x + start, baseline: baseline, style: style, wordSpacing: extra)
            if style.underline { underlines.append((x + start, x + end, style)) }
            index = next
        }
        if !underlines.isEmpty {
            let draw = {
                for underline in underlines {
                    let y = baseline + self.metrics.underlinePosition * underline.style.size
                    self.canvas.line(x1: underline.x1, y1: y, x2: underline.x2, y2: y,
                                     width: self.metrics.underlineThickness * underline.style.size)
                }
            }
            if asArtifact { draw() } else { artifact(.layout, draw) }
        }
    }

    // MARK: - Flowing paragraphs

    /// A body paragraph flowed down the page, breaking between lines where the page ends; its space
    /// before is dropped at the top of a page, as word processors do.
    func flow(_ runs: [StyledRun], _ format: ParagraphFormat, role: StructureRole) {
        var box = column(width: textWidth, [(runs, ParagraphFormat(alignment: format.alignment,
                                                                 firstLineIndent: format.firstLineIndent,
                                                                 lineSpacing: format.lineSpacing, size: format.size))])
        if page == 0 { newPage() }
        // Between two paragraphs the larger of the space after and the space before, as
        // LibreOffice spaces our DOCX (measured on its PDF).
        if !isAtPageTop { y += max(0, format.before - lastSpaceAfter) }
        // An empty paragraph is room, not content: no element for it.
        if box.items.isEmpty {
            ensureRoom(box.height)
            y += box.height + format.after
            lastSpaceAfter = format.after
            return
        }
        open(role)
        while !box.items.isEmpty || box.height > 0 {
            if y + (box.items.first?.height ?? box.height) > bottom + LineBreaker.tolerance, !isAtPageTop {
                newPage()
            }
            let (head, tail) = box.split(at: bottom - y)
            // Nothing fits even on a fresh page: a line taller than the page cannot happen at these sizes.
            let part = head.items.isEmpty && isAtPageTop ? box : head
            draw(part, x: left, top: y, width: textWidth)
            y += part.height
            box = head.items.isEmpty && isAtPageTop ? ColumnBox() : tail
            if box.items.isEmpty { break }
        }
        close()
        y += format.after
        lastSpaceAfter = format.after
    }

    /// The height of a paragraph's first line with its space before: what a heading needs below it.
    func firstLineHeight(_ runs: [StyledRun], _ format: ParagraphFormat) -> Double {
        let box = column(width: textWidth, [(runs, format)])
        return box.items.first.map { $0.top + $0.height } ?? box.height
    }
}
