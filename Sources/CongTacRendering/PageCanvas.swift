import CongTacPDF

/// What the page layout draws on: pages, text, lines, images, the signature field and the tags.
/// The seam between the layout (pure, tested with a recording canvas) and the PDF file layer
/// (`PDFCanvas`). Coordinates are in points from the page's top-left corner, y downwards, as the
/// layout measures; the PDF canvas turns them over.
protocol PageCanvas: AnyObject {
    /// Starts a page; the previous one is finished.
    func startPage(width: Double, height: Double)
    /// Text in one style, its baseline at `baseline`; `wordSpacing` is added to each space (justified lines).
    func text(_ text: String, x: Double, baseline: Double, style: TextStyle, wordSpacing: Double)
    /// A straight line (drawn lines, borders, underlines) `width` points thick.
    func line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double)
    /// A decoded PNG drawn in the rectangle (its top-left corner at `x`, `y`).
    func image(_ image: PDFImage, x: Double, y: Double, width: Double, height: Double)
    /// An empty signature field on the current page; `tooltip` is what a screen reader says of it.
    func signatureField(name: String, tooltip: String, x: Double, y: Double, width: Double, height: Double)

    /// Opens a structure element as a child of the innermost open one.
    func openElement(_ role: StructureRole, attributes: [StructureAttribute])
    func closeElement()
    /// Marks what follows on the current page as content of the innermost open element.
    func beginContent()
    func endContent()
    /// Marks what follows as an artifact: page numbers, drawn lines, borders, repeated headers.
    func beginArtifact(_ kind: ArtifactKind)
    func endArtifact()
}

/// Page numbers are pagination artifacts; lines, borders and repeated headers are layout.
enum ArtifactKind: Sendable {
    case layout, pageNumber
}

/// The roles of the tagged PDF's structure tree that the page uses.
enum StructureRole: String, Sendable, CaseIterable {
    case document = "Document"
    case h1 = "H1", h2 = "H2", h3 = "H3"
    case paragraph = "P"
    case list = "L", listItem = "LI", listBody = "LBody"
    case table = "Table", row = "TR", headerCell = "TH", dataCell = "TD"
    case division = "Div"
}

/// Attributes of structure elements (PDF 32000-1, 14.8.5.7).
enum StructureAttribute: Sendable, Equatable {
    /// A header cell's scope: `Column`.
    case columnScope
    case rowSpan(Int)
    case columnSpan(Int)
    /// The text a screen reader speaks for an element with no text of its own (a figure).
    case alternateText(String)
}
