/// The DOCX styles as paragraph formats and text styles, with their sizes and spacing from the
/// geometry (styles.xml names in the comments).
extension PDFLayout {
    var spacing: PageGeometry.Spacing { geometry.spacing }
    var sizes: PageGeometry.TypeSizes { geometry.sizes }

    func style(_ face: TextStyle.Face, _ halfPoints: Int, underline: Bool = false) -> TextStyle {
        TextStyle(face, Self.size(halfPoints), underline: underline)
    }

    /// BodyText: justified, 1 cm first-line indent, 3 pt before and after, 1.1 lines.
    var bodyFormat: ParagraphFormat {
        ParagraphFormat(alignment: .justified, firstLineIndent: Self.points(geometry.firstLineIndent),
                        before: Self.points(spacing.bodyBefore), after: Self.points(spacing.bodyAfter),
                        lineSpacing: Double(spacing.bodyLine) / 240, size: Self.size(sizes.body))
    }

    /// Heading1–3: the body's paragraph, 6 pt before the first level.
    func headingFormat(level: Int) -> ParagraphFormat {
        var format = bodyFormat
        if level == 1 { format.before = Self.points(spacing.heading1Before) }
        return format
    }

    /// Heading1 and Heading2 bold, Heading3 bold italic.
    func headingStyle(level: Int) -> TextStyle {
        style(level >= 3 ? .boldItalic : .bold, sizes.body)
    }

    /// HeaderText and the title: centred single lines.
    func centred(_ halfPoints: Int, before: Int = 0) -> ParagraphFormat {
        ParagraphFormat(alignment: .center, before: Self.points(before), size: Self.size(halfPoints))
    }

    /// TableText (justified), TableHeading and DayCell (centred), and the cells' left-aligned unit
    /// and leader: 1 pt before and after, single lines.
    func tableFormat(_ alignment: Alignment) -> ParagraphFormat {
        ParagraphFormat(alignment: alignment, before: Self.points(spacing.tableBefore), after: Self.points(spacing.tableAfter),
                        size: Self.size(sizes.table))
    }

    /// Recipient and RecipientsHeading: left-aligned single lines.
    func leftFormat(_ halfPoints: Int, before: Int = 0) -> ParagraphFormat {
        ParagraphFormat(alignment: .left, before: Self.points(before), size: Self.size(halfPoints))
    }

    /// The height of a DrawnLine paragraph with its border, and the border's place below its top.
    var drawnLine: (height: Double, offset: Double, weight: Double) {
        let weight = Double(geometry.lineWeight) / 8
        let offset = Self.points(spacing.drawnLineHeight) + Self.points(spacing.drawnLineSpace) + weight / 2
        return (offset + weight / 2, offset, weight)
    }
}
