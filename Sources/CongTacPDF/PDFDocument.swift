/// A PDF/A-2b, tagged PDF written by congtac's own code.
///
/// Why our own writer: congtac must make the electronic document without LibreOffice, Chromium or
/// Ghostscript on the server (issue #12), and the file needs what a generic library rarely gives
/// together: font subsets with ToUnicode for Vietnamese, a structure tree, PDF/A metadata and an
/// empty signature field, all byte-for-byte deterministic; and the common Swift PDF libraries
/// (PDFKit, TPPDF) draw through Apple's frameworks, which Linux servers lack. What checks it
/// (Tests/CongTacPDFTests, .ci/check_pdf.py): qpdf --check; poppler (pdfinfo with the structure tree's
/// text, pdffonts, pdftotext, pdfsig); page-validation (PDF/A-2b, PDF/UA-1); fontTools (each font
/// program and its /W); pikepdf (structure tree, AcroForm); pyHanko, which signs the empty field
/// and validates the signature.
///
/// Use: add pages, draw on them, mark content with structure elements, then `write()`.
public final class PDFDocument {
    public let metadata: PDFMetadata
    public private(set) var pages: [PDFPage] = []
    /// The root of the structure tree, a `Document` element.
    public let structureRoot = PDFStructureElement(role: .document, parent: nil)
    let fontUsage: [PDFFontUsage] = PDFFontFace.allCases.map(PDFFontUsage.init)
    var images: [PDFImage] = []
    var signatureFields: [SignatureField] = []
    /// The first character drawn that the fonts lack: `write()` refuses the document.
    var firstMissingCharacter: Character?

    /// Objects other than streams go into compressed object streams with a cross-reference stream
    /// (smaller: the structure tree is thousands of small dictionaries). False writes a classic xref
    /// table and every dictionary in the clear, to read the file in a text editor.
    public var packsObjects = true

    public init(metadata: PDFMetadata) {
        self.metadata = metadata
    }

    /// A new last page, `width` × `height` points (A4 is 595.276 × 841.89). The previous page's
    /// content is compressed now, to keep a long document small in memory (drawing on it later works).
    public func addPage(width: Double, height: Double) -> PDFPage {
        pages.last?.finish()
        let page = PDFPage(document: self, index: pages.count, width: width, height: height)
        pages.append(page)
        return page
    }

    /// An empty signature field (`/FT /Sig`) on `page` at `rect`, where signing software puts the
    /// signature. It is tagged as a `Form` element, a child of `parent` (the root when nil);
    /// `tooltip` (`/TU`, what a screen reader says) defaults to the name. A period in `name` becomes
    /// "_": field names may not hold one (ISO 32000-1, 12.7.3.2, it separates a field's parts).
    public func addSignatureField(name: String, page: PDFPage, rect: PDFRect,
                                  parent: PDFStructureElement? = nil, tooltip: String? = nil) {
        let index = signatureFields.count
        let form = (parent ?? structureRoot).child(role: .form)
        form.kids.append(.annotation(page: page.index, index: index))
        let fieldName = name.replacingPeriods()
        signatureFields.append(SignatureField(name: fieldName, page: page.index, rect: rect,
                                              tooltip: tooltip ?? fieldName, element: form))
        page.annotations.append(index)
    }

    /// The same image drawn twice is embedded once.
    func register(_ image: PDFImage) -> Int {
        if let index = images.firstIndex(of: image) { return index }
        images.append(image)
        return images.count - 1
    }
}

extension String {
    fileprivate func replacingPeriods() -> String {
        String(map { $0 == "." ? "_" : $0 })
    }
}
