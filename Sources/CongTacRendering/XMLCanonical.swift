import CLibXML2

extension XMLCheck {
    /// The canonical form (C14N 1.0) of `xml` without ignorable white space between elements, so that
    /// two parts compare equal as XML whatever their formatting and attribute order.
    static func canonical(_ xml: String) -> String? {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue)
        let document: xmlDocPtr? = xml.utf8CString.withUnsafeBufferPointer { buffer in
            xmlReadMemory(buffer.baseAddress, Int32(buffer.count - 1), "part.xml", "UTF-8", options)
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        var output: UnsafeMutablePointer<xmlChar>?
        let length = xmlC14NDocDumpMemory(document, nil, 0, nil, 0, &output)
        guard length >= 0, let output else { return nil }
        defer { congtac_xmlFree(output) }
        return String(decoding: UnsafeBufferPointer(start: output, count: Int(length)), as: UTF8.self)
    }
}
