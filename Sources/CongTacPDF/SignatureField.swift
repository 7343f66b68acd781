/// An empty signature field: a merged field and widget annotation, signed later by other software
/// with an incremental update (which is why nothing here may depend on the file's last bytes).
struct SignatureField {
    var name: String
    var page: Int
    var rect: PDFRect
    var tooltip: String
    var element: PDFStructureElement
}
