/// The structure tree's objects: each element with its kids (child elements, marked content by MCID,
/// or an MCR when the content is on another page than the element's, and OBJR for annotations) and
/// its Table attributes.
extension PDFDocument {
    func collect(_ element: PDFStructureElement, into list: inout [PDFStructureElement]) {
        list.append(element)
        for kid in element.kids {
            if case .element(let child) = kid { collect(child, into: &list) }
        }
    }

    func elementBody(_ element: PDFStructureElement, parent: String, reference: (PDFStructureElement) -> String,
                             page: (Int) -> String, widget: (Int) -> String) -> String {
        // The element's page is that of its first content; content on other pages is an MCR.
        let home: Int? = element.kids.lazy.compactMap { kid -> Int? in
            switch kid {
            case .content(let page, _), .annotation(let page, _): page
            case .element: nil
            }
        }.first
        var kids: [String] = []
        for kid in element.kids {
            switch kid {
            case .element(let child): kids.append(reference(child))
            case .content(let onPage, let mcid):
                kids.append(onPage == home ? "\(mcid)" : "<</Type /MCR /Pg \(page(onPage)) /MCID \(mcid)>>")
            case .annotation(let onPage, let index):
                kids.append("<</Type /OBJR /Pg \(page(onPage)) /Obj \(widget(index))>>")
            }
        }
        var body = "<</Type /StructElem /S /\(element.role.rawValue) /P \(parent)"
        if let home { body += " /Pg \(page(home))" }
        if !kids.isEmpty { body += kids.count == 1 ? " /K \(kids[0])" : " /K [\(kids.joined(separator: " "))]" }
        var attributes: [String] = []
        if let scope = element.scope { attributes.append("/Scope /\(scope.rawValue)") }
        if element.rowSpan > 1 { attributes.append("/RowSpan \(element.rowSpan)") }
        if element.colSpan > 1 { attributes.append("/ColSpan \(element.colSpan)") }
        if !attributes.isEmpty { body += " /A <</O /Table \(attributes.joined(separator: " "))>>" }
        if let alt = element.alt { body += " /Alt \(PDFString.text(alt))" }
        if let actualText = element.actualText { body += " /ActualText \(PDFString.text(actualText))" }
        if let language = element.language { body += " /Lang \(PDFString.text(language))" }
        return body + ">>"
    }
}
