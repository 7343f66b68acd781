extension PDFDocument {
    /// What `/Producer` and `pdf:Producer` say.
    static let producer = "congtac"

    /// The output intent's ICC profile, decoded and deflated once per process: it is the same in
    /// every document, so each one only copies the bytes.
    static let outputProfile: [UInt8] = {
        guard let deflated = try? Deflate.compress(Base64.decode(EmbeddedResources.sRGBProfile)) else {
            fatalError("zlib could not deflate the 7 KB sRGB profile")
        }
        return deflated
    }()

    /// The file's bytes: the same document gives the same bytes (no clock, no random numbers; the
    /// file identifier is a digest of the content; objects are numbered in a fixed order).
    public func write() throws(PDFWriteError) -> [UInt8] {
        if let character = firstMissingCharacter { throw .unsupportedCharacter(character) }
        var writer = PDFObjectWriter(packsObjects: packsObjects)
        let catalog = writer.allocate(), pageTree = writer.allocate(), structTreeRoot = writer.allocate()
        let parentTree = writer.allocate(), metadataStream = writer.allocate(), outputProfile = writer.allocate()
        let info = writer.allocate()
        let pageNumbers = pages.map { _ in (page: writer.allocate(), content: writer.allocate()) }
        let fontNumbers = fontUsage.map { usage in
            usage.isUsed ? (font: writer.allocate(), cidFont: writer.allocate(), descriptor: writer.allocate(),
                            file: writer.allocate(), toUnicode: writer.allocate()) : nil
        }
        let imageNumbers = images.map { image in (image: writer.allocate(), mask: image.alpha == nil ? nil : writer.allocate()) }
        let fieldNumbers = signatureFields.map { _ in (widget: writer.allocate(), appearance: writer.allocate()) }
        var elements: [PDFStructureElement] = []
        collect(structureRoot, into: &elements)
        var elementNumbers: [ObjectIdentifier: Int] = [:]
        for element in elements { elementNumbers[ObjectIdentifier(element)] = writer.allocate() }

        // Catalog, page tree, pages.
        var catalogBody = "<</Type /Catalog /Pages \(pageTree) 0 R /Metadata \(metadataStream) 0 R"
        catalogBody += " /OutputIntents [<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1)"
        catalogBody += " /RegistryName (http://www.color.org) /Info (sRGB IEC61966-2.1) /DestOutputProfile \(outputProfile) 0 R>>]"
        catalogBody += " /MarkInfo <</Marked true>> /StructTreeRoot \(structTreeRoot) 0 R /Lang \(PDFString.text(metadata.language))"
        catalogBody += " /ViewerPreferences <</DisplayDocTitle true>>"
        if !fieldNumbers.isEmpty {
            // No /SigFlags: its SignaturesExist bit is for a signed document, and the signing software
            // sets it in its incremental update. No /NeedAppearances (PDF/A forbids it).
            catalogBody += " /AcroForm <</Fields [\(fieldNumbers.map { "\($0.widget) 0 R" }.joined(separator: " "))]>>"
        }
        writer.object(catalog, catalogBody + ">>")
        writer.object(pageTree, "<</Type /Pages /Kids [\(pageNumbers.map { "\($0.page) 0 R" }.joined(separator: " "))] /Count \(pages.count)>>")
        for (page, numbers) in zip(pages, pageNumbers) {
            var resources = ""
            if !page.faces.isEmpty {
                resources += "/Font <<" + page.faces.sorted().map { "/F\($0 + 1) \(fontNumbers[$0]!.font) 0 R" }.joined(separator: " ") + ">>"
            }
            if !page.images.isEmpty {
                resources += " /XObject <<" + page.images.sorted().map { "/Im\($0 + 1) \(imageNumbers[$0].image) 0 R" }.joined(separator: " ") + ">>"
            }
            var body = "<</Type /Page /Parent \(pageTree) 0 R /MediaBox [0 0 \(format(page.width)) \(format(page.height))]"
            body += " /Resources <<\(resources)>> /Contents \(numbers.content) 0 R /StructParents \(page.index)"
            if !page.annotations.isEmpty {
                body += " /Annots [\(page.annotations.map { "\(fieldNumbers[$0].widget) 0 R" }.joined(separator: " "))] /Tabs /S"
            }
            if page.hasTransparency {
                body += " /Group <</Type /Group /S /Transparency /CS /DeviceRGB>>"
            }
            writer.object(numbers.page, body + ">>")
            if let compressed = page.compressedContent {
                try writer.stream(numbers.content, bytes: compressed, deflated: true)
            } else {
                try writer.stream(numbers.content, data: page.content)
            }
        }

        // Fonts.
        for (usage, numbers) in zip(fontUsage, fontNumbers) {
            guard let numbers else { continue }
            try writeFont(usage, numbers: numbers, into: &writer)
        }

        // Images: colour and soft mask, each row PNG-Up-filtered so that deflate finds the runs.
        for (image, numbers) in zip(images, imageNumbers) {
            let colorSpace = image.components == 3 ? "/DeviceRGB" : "/DeviceGray"
            var dictionary = "/Type /XObject /Subtype /Image /Width \(image.width) /Height \(image.height)"
            dictionary += " /ColorSpace \(colorSpace) /BitsPerComponent 8"
            dictionary += " /DecodeParms <</Predictor 12 /Colors \(image.components) /Columns \(image.width)>>"
            if let mask = numbers.mask { dictionary += " /SMask \(mask) 0 R" }
            try writer.stream(numbers.image, dictionary: dictionary,
                              data: upFiltered(image.color, rowLength: image.width * image.components))
            if let mask = numbers.mask, let alpha = image.alpha {
                let maskDictionary = "/Type /XObject /Subtype /Image /Width \(image.width) /Height \(image.height)"
                    + " /ColorSpace /DeviceGray /BitsPerComponent 8 /DecodeParms <</Predictor 12 /Colors 1 /Columns \(image.width)>>"
                try writer.stream(mask, dictionary: maskDictionary, data: upFiltered(alpha, rowLength: image.width))
            }
        }

        // Signature fields: field and widget in one dictionary, with an empty appearance (PDF/A
        // wants one on every visible annotation) that the signing software replaces.
        for (index, (field, numbers)) in zip(signatureFields, fieldNumbers).enumerated() {
            let rect = field.rect
            var body = "<</Type /Annot /Subtype /Widget /FT /Sig /T \(PDFString.text(field.name)) /TU \(PDFString.text(field.tooltip))"
            body += " /Rect [\(format(rect.x)) \(format(rect.y)) \(format(rect.x + rect.width)) \(format(rect.y + rect.height))]"
            body += " /F 4 /P \(pageNumbers[field.page].page) 0 R /StructParent \(pages.count + index)"
            body += " /AP <</N \(numbers.appearance) 0 R>>>>"
            writer.object(numbers.widget, body)
            try writer.stream(numbers.appearance,
                              dictionary: "/Type /XObject /Subtype /Form /BBox [0 0 \(format(rect.width)) \(format(rect.height))] /Resources <<>>",
                              data: [], compress: false)
        }

        // Structure tree.
        func reference(_ element: PDFStructureElement) -> String { "\(elementNumbers[ObjectIdentifier(element)]!) 0 R" }
        writer.object(structTreeRoot, "<</Type /StructTreeRoot /K \(reference(structureRoot)) /ParentTree \(parentTree) 0 R /ParentTreeNextKey \(pages.count + signatureFields.count)>>")
        var nums: [String] = []
        for page in pages {
            nums.append("\(page.index) [\(page.markedElements.map(reference).joined(separator: " "))]")
        }
        for (index, field) in signatureFields.enumerated() {
            nums.append("\(pages.count + index) \(reference(field.element))")
        }
        writer.object(parentTree, "<</Nums [\(nums.joined(separator: " "))]>>")
        for element in elements {
            writer.object(elementNumbers[ObjectIdentifier(element)]!,
                          elementBody(element, parent: element.parent.map(reference) ?? "\(structTreeRoot) 0 R",
                                      reference: reference, page: { "\(pageNumbers[$0].page) 0 R" },
                                      widget: { "\(fieldNumbers[$0].widget) 0 R" }))
        }

        // Metadata: XMP (not compressed, as PDF/A asks), the output intent's profile, Info.
        try writer.stream(metadataStream, dictionary: "/Type /Metadata /Subtype /XML",
                          data: metadata.xmp(producer: Self.producer), compress: false)
        try writer.stream(outputProfile, dictionary: "/N 3", bytes: Self.outputProfile, deflated: true)
        var infoBody = "<</Title \(PDFString.text(metadata.title)) /Author \(PDFString.text(metadata.author))"
        if let subject = metadata.subject { infoBody += " /Subject \(PDFString.text(subject))" }
        if let keywords = metadata.keywords { infoBody += " /Keywords \(PDFString.text(keywords))" }
        infoBody += " /Creator \(PDFString.text(metadata.creatorTool)) /Producer \(PDFString.text(Self.producer))"
        infoBody += " /CreationDate \(PDFString.date(metadata.date)) /ModDate \(PDFString.date(metadata.date))>>"
        writer.object(info, infoBody)
        return try writer.finish(root: catalog, info: info)
    }

    /// PNG "Up" filtering (predictor 12): each row as its difference from the row above.
    private func upFiltered(_ samples: [UInt8], rowLength: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(samples.count + samples.count / max(rowLength, 1))
        for start in stride(from: 0, to: samples.count, by: rowLength) {
            out.append(2)
            for index in start..<start + rowLength {
                out.append(start == 0 ? samples[index] : samples[index] &- samples[index - rowLength])
            }
        }
        return out
    }
}

/// Why a document was not written.
public enum PDFWriteError: Error, Sendable, Equatable {
    /// zlib failed (it could not allocate memory).
    case compression(String)
    /// Text drawn with a character the embedded fonts lack (the layout should have refused it first).
    case unsupportedCharacter(Character)
}
