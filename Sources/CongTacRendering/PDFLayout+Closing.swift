/// The closing block (boxes 7 and 9): `Nơi nhận:` and the recipients on the left, the authority,
/// position and name on the right with room for the signature between them, kept on one page with
/// the blank line above it, as the DOCX's unsplittable row does.
extension PDFLayout {
    /// Where the leader signs: between the position line and the name, in the right column.
    struct SignaturePlace {
        var x: Double
        var top: Double
        var width: Double
        var height: Double
    }

    @discardableResult
    func closing(_ view: DocumentView) -> SignaturePlace? {
        let leftWidth = Self.points(geometry.closingLeft)
        let rightWidth = Self.points(geometry.closingRight)
        let rightX = left + leftWidth

        var leftParagraphs: [([StyledRun], ParagraphFormat)] = []
        var leftTags: [StructureRole] = []
        func list(_ heading: String, _ lines: [String], before: Int) {
            leftParagraphs.append(([StyledRun(heading, style(.boldItalic, sizes.recipientsHeading))],
                                   leftFormat(sizes.recipientsHeading, before: before)))
            leftTags.append(.paragraph)
            for line in lines {
                leftParagraphs.append(([StyledRun(line, style(.regular, sizes.recipient))], leftFormat(sizes.recipient)))
                leftTags.append(.paragraph)
            }
        }
        if !view.recipients.isEmpty { list("Nơi nhận:", view.recipients, before: 0) }
        if !view.electronic.isEmpty { list("Bản điện tử:", view.electronic, before: spacing.electronicBefore) }

        let signatureStyle = style(.bold, sizes.body)
        var rightParagraphs: [([StyledRun], ParagraphFormat)] = []
        let signature = view.signature
        for line in [signature?.authority, signature?.position].compactMap({ $0 }) {
            rightParagraphs.append(([StyledRun(line, signatureStyle)], centred(sizes.body)))
        }
        let titleLines = rightParagraphs.count
        if let signature {
            rightParagraphs.append(([StyledRun(signature.name ?? "", signatureStyle)],
                                    centred(sizes.body, before: spacing.signatureNameBefore)))
        }
        let leftBox = column(width: leftWidth, leftParagraphs)
        let rightBox = column(width: rightWidth, rightParagraphs)

        // The blank line above keeps with the block (keepNext), and the block is one row. The
        // month's is a BodyText paragraph; the week's a TableText one, right below its table.
        let blankFormat = view.week == nil ? bodyFormat : tableFormat(.justified)
        let blank = column(width: textWidth, [([], blankFormat)]).height + max(0, blankFormat.before - lastSpaceAfter) + blankFormat.after
        let height = max(leftBox.height, rightBox.height)
        ensureRoom(blank + height)
        // Kept at the top of a page too, as LibreOffice and Word keep an empty paragraph there.
        flow([], blankFormat, role: .paragraph)
        lastSpaceAfter = 0
        var place: SignaturePlace?
        tagged(.division) {
            var rest = leftBox
            var top = y
            var first = true
            repeat {
                // Only a list of recipients longer than a page is ever cut, between two lines.
                let (head, tail) = rest.split(at: bottom - top)
                let part = head.items.isEmpty && isAtPageTop ? rest : head
                draw(part, x: left, top: top, width: leftWidth, tags: leftTags)
                if first {
                    draw(rightBox, x: rightX, top: top, width: rightWidth, tags: [.paragraph])
                    if signature != nil {
                        place = signaturePlace(rightBox, titleLines: titleLines, x: rightX, top: top, width: rightWidth)
                    }
                    y = top + max(part.height, rightBox.height)
                    first = false
                } else {
                    y = top + part.height
                }
                rest = part.items.count == rest.items.count ? ColumnBox() : tail
                if !rest.items.isEmpty {
                    newPage()
                    top = y
                }
            } while !rest.items.isEmpty
        }
        return place
    }

    /// The gap above the name (its space before), below the position or the column's top.
    private func signaturePlace(_ box: ColumnBox, titleLines: Int, x: Double, top: Double, width: Double) -> SignaturePlace {
        let above = box.items.last(where: { $0.paragraph == titleLines - 1 }).map { $0.top + $0.height } ?? 0
        return SignaturePlace(x: x, top: top + above, width: width, height: Self.points(spacing.signatureNameBefore))
    }
}
