/// The XMP packet of the catalog's `/Metadata` (PDF/A-2, ISO 19005-2, 6.6): the same facts as the
/// Info dictionary, in the properties the standard pairs them with, and the PDF/A identification.
extension PDFMetadata {
    func xmp(producer: String) -> [UInt8] {
        let date = xmpDate(self.date)
        var description = ""
        if let subject {
            description = """
                  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">\(escape(subject))</rdf:li></rdf:Alt></dc:description>

            """
        }
        let keywordsLine = keywords.map { "      <pdf:Keywords>\(escape($0))</pdf:Keywords>\n" } ?? ""
        let accessibility = claimsPDFUA ? Self.pdfUAIdentification : ""
        let packet = """
        <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about=""
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
              <dc:format>application/pdf</dc:format>
              <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(escape(title))</rdf:li></rdf:Alt></dc:title>
              <dc:creator><rdf:Seq><rdf:li>\(escape(author))</rdf:li></rdf:Seq></dc:creator>
        \(description)      <dc:language><rdf:Bag><rdf:li>\(escape(language))</rdf:li></rdf:Bag></dc:language>
              <xmp:CreateDate>\(date)</xmp:CreateDate>
              <xmp:ModifyDate>\(date)</xmp:ModifyDate>
              <xmp:MetadataDate>\(date)</xmp:MetadataDate>
              <xmp:CreatorTool>\(escape(creatorTool))</xmp:CreatorTool>
              <pdf:Producer>\(escape(producer))</pdf:Producer>
        \(keywordsLine)      <pdfaid:part>2</pdfaid:part>
              <pdfaid:conformance>B</pdfaid:conformance>
            </rdf:Description>
        \(accessibility)  </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """
        return Array(packet.utf8)
    }

    private func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// ISO 8601 with the offset, as XMP writes dates: 2025-02-03T00:00:00+07:00.
    private func xmpDate(_ date: PDFDate) -> String {
        let offset = abs(date.utcOffsetMinutes)
        let sign = date.utcOffsetMinutes < 0 ? "-" : "+"
        let pad = PDFString.pad
        return pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2) + "T" + pad(date.hour, 2) + ":"
            + pad(date.minute, 2) + ":" + pad(date.second, 2) + sign + pad(offset / 60, 2) + ":" + pad(offset % 60, 2)
    }

    /// `pdfuaid:part` 1, and its description: PDF/A-2 admits a property outside its predefined
    /// schemas only when the packet describes it (ISO 19005-2, 6.6.2.3.2).
    private static let pdfUAIdentification = """
        <rdf:Description rdf:about=""
                xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
              <pdfaExtension:schemas>
                <rdf:Bag>
                  <rdf:li rdf:parseType="Resource">
                    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                    <pdfaSchema:property>
                      <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                          <pdfaProperty:name>part</pdfaProperty:name>
                          <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                          <pdfaProperty:category>internal</pdfaProperty:category>
                          <pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>
                        </rdf:li>
                      </rdf:Seq>
                    </pdfaSchema:property>
                  </rdf:li>
                </rdf:Bag>
              </pdfaExtension:schemas>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
              <pdfuaid:part>1</pdfuaid:part>
            </rdf:Description>

    """
}
