/// The standard structure types congtac's documents use (ISO 32000-1, 14.8.4): what a screen reader
/// announces. No role map is needed since every role is a standard one.
public enum PDFStructureRole: String, Sendable, CaseIterable {
    case document = "Document", part = "Part", sect = "Sect", div = "Div"
    case h1 = "H1", h2 = "H2", h3 = "H3", p = "P", span = "Span"
    case l = "L", li = "LI", lbl = "Lbl", lBody = "LBody"
    case table = "Table", tHead = "THead", tBody = "TBody", tr = "TR", th = "TH", td = "TD"
    case figure = "Figure", caption = "Caption", form = "Form"
}

/// Which cells a header cell heads (the Table attribute `/Scope`).
public enum PDFTableScope: String, Sendable {
    case row = "Row", column = "Column", both = "Both"
}

/// One node of the structure tree. Create them with `PDFDocument.structureRoot.child(role:)` and mark
/// page content with `PDFPage.beginContent(_:)`; the tree keeps the order children were made in,
/// which is the reading order.
public final class PDFStructureElement {
    public let role: PDFStructureRole
    /// Header cells: which cells they head.
    public var scope: PDFTableScope?
    /// Table cells spanning more than one row or column (1 is not written).
    public var rowSpan: Int = 1
    public var colSpan: Int = 1
    /// Alternate description (a figure's).
    public var alt: String?
    /// Replacement text, for content whose glyphs do not read as its meaning.
    public var actualText: String?
    /// Language of this element, when it differs from the document's.
    public var language: String?

    weak var parent: PDFStructureElement?
    /// Children in reading order: elements, marked-content pieces and annotation references.
    var kids: [Kid] = []

    enum Kid {
        case element(PDFStructureElement)
        /// Marked content `mcid` on page `page` (the page's index).
        case content(page: Int, mcid: Int)
        /// An annotation (the signature widget), by its index in the document's annotation list.
        case annotation(page: Int, index: Int)
    }

    init(role: PDFStructureRole, parent: PDFStructureElement?) {
        self.role = role
        self.parent = parent
    }

    /// A new last child of this element.
    @discardableResult
    public func child(role: PDFStructureRole) -> PDFStructureElement {
        let element = PDFStructureElement(role: role, parent: self)
        kids.append(.element(element))
        return element
    }
}
