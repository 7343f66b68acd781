import CongTacPDF

/// The layout's canvas on a `PDFDocument`: turns the page over (PDF's y grows upwards), keeps the
/// stack of open structure elements, and maps the layout's styles and roles to the file layer's.
final class PDFCanvas: PageCanvas {
    let document: PDFDocument
    private(set) var page: PDFPage?
    private var height = 0.0
    private var elements: [PDFStructureElement]
    /// What `PDFFonts` and the layout need to agree on: the embedded faces' vertical metrics.
    static let metrics: LineMetrics = {
        let ascent = PDFFonts.ascent(face: .regular, size: 1)
        let descent = PDFFonts.descent(face: .regular, size: 1)
        let underline = PDFFonts.underline(face: .regular, size: 1)
        return LineMetrics(ascent: ascent, descent: descent, single: PDFFonts.lineHeight(face: .regular, size: 1),
                           underlinePosition: -underline.position,
                           underlineThickness: underline.thickness)
    }()

    static let measure: TextMeasure = { text, style in
        PDFFonts.advance(of: text, face: face(style.face), size: style.size)
    }

    init(document: PDFDocument) {
        self.document = document
        elements = [document.structureRoot]
    }

    static func face(_ face: TextStyle.Face) -> PDFFontFace {
        switch face {
        case .regular: .regular
        case .bold: .bold
        case .italic: .italic
        case .boldItalic: .boldItalic
        }
    }

    /// The innermost open structure element.
    var currentElement: PDFStructureElement { elements[elements.count - 1] }

    func startPage(width: Double, height: Double) {
        page = document.addPage(width: width, height: height)
        self.height = height
    }

    func text(_ text: String, x: Double, baseline: Double, style: TextStyle, wordSpacing: Double) {
        page?.text(text, x: x, y: height - baseline, face: Self.face(style.face), size: style.size, wordSpacing: wordSpacing)
    }

    func line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double) {
        page?.line(from: PDFPoint(x: x1, y: height - y1), to: PDFPoint(x: x2, y: height - y2), width: width)
    }

    func image(_ image: PDFImage, x: Double, y: Double, width: Double, height: Double) {
        page?.image(image, rect: PDFRect(x: x, y: self.height - y - height, width: width, height: height))
    }

    func signatureField(name: String, tooltip: String, x: Double, y: Double, width: Double, height: Double) {
        guard let page else { return }
        document.addSignatureField(name: name, page: page,
                                   rect: PDFRect(x: x, y: self.height - y - height, width: width, height: height),
                                   parent: currentElement, tooltip: tooltip)
    }

    func openElement(_ role: StructureRole, attributes: [StructureAttribute]) {
        let element = currentElement.child(role: Self.role(role))
        for attribute in attributes {
            switch attribute {
            case .columnScope: element.scope = .column
            case let .rowSpan(n): element.rowSpan = n
            case let .columnSpan(n): element.colSpan = n
            case let .alternateText(text): element.alt = text
            }
        }
        elements.append(element)
    }

    func closeElement() {
        precondition(elements.count > 1, "PDFCanvas.closeElement: no element is open")
        elements.removeLast()
    }

    func beginContent() { page?.beginContent(currentElement) }
    func endContent() { page?.endContent() }
    func beginArtifact(_ kind: ArtifactKind) { page?.beginArtifact(kind == .pageNumber ? .pageHeader : .layout) }
    func endArtifact() { page?.endArtifact() }

    static func role(_ role: StructureRole) -> PDFStructureRole {
        switch role {
        case .document: .document
        case .h1: .h1
        case .h2: .h2
        case .h3: .h3
        case .paragraph: .p
        case .list: .l
        case .listItem: .li
        case .listBody: .lBody
        case .table: .table
        case .row: .tr
        case .headerCell: .th
        case .dataCell: .td
        case .division: .div
        }
    }
}
