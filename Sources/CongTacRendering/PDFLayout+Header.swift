/// The first page's top: the two-column national header with its drawn lines, the number and date
/// line, the banner, the title and subject with the short line under them (document.xml's header
/// table and Title paragraphs).
extension PDFLayout {
    func header(_ view: DocumentView) {
        if page == 0 { newPage() }
        let header = view.header
        let leftWidth = Self.points(geometry.headerLeft)
        let rightWidth = Self.points(geometry.headerRight)
        let rightX = left + leftWidth
        let lines = geometry.drawnLineIndents(agencyName: header.agencyName, motto: header.motto,
                                              subject: view.summary ?? view.titleLines.last ?? "")
        let rule = drawnLine

        var leftParagraphs: [([StyledRun], ParagraphFormat)] = []
        if let parent = header.parentBody {
            leftParagraphs.append(([StyledRun(parent, style(.regular, sizes.parentBody))], centred(sizes.parentBody)))
        }
        leftParagraphs.append(([StyledRun(header.agencyName, style(.bold, sizes.agency))], centred(sizes.agency)))
        let leftBox = column(width: leftWidth, leftParagraphs)
        let rightBox = column(width: rightWidth, [
            ([StyledRun(header.nationalTitle, style(.bold, sizes.nationalTitle))], centred(sizes.nationalTitle)),
            ([StyledRun(header.motto, style(.bold, sizes.motto))], centred(sizes.motto)),
        ])
        tagged(.division) {
            draw(leftBox, x: left, top: y, width: leftWidth, tags: [.paragraph])
            draw(rightBox, x: rightX, top: y, width: rightWidth, tags: [.paragraph])
            // The lines under the agency's name and under the motto, centred in their columns.
            let agencyLine = y + leftBox.height + rule.offset
            let mottoLine = y + rightBox.height + rule.offset
            artifact {
                canvas.line(x1: left + Self.points(lines.agency), y1: agencyLine,
                            x2: left + leftWidth - Self.points(lines.agency), y2: agencyLine, width: rule.weight)
                canvas.line(x1: rightX + Self.points(lines.motto), y1: mottoLine,
                            x2: rightX + rightWidth - Self.points(lines.motto), y2: mottoLine, width: rule.weight)
            }
            y += max(leftBox.height, rightBox.height) + rule.height

            let numberBox = column(width: leftWidth, [([StyledRun(header.numberLine, style(.regular, sizes.header))],
                                                       centred(sizes.header, before: spacing.numberLineBefore))])
            let dateBox = column(width: rightWidth, [([StyledRun(header.dateLine, style(.italic, sizes.dateLine))],
                                                      centred(sizes.dateLine, before: spacing.numberLineBefore))])
            draw(numberBox, x: left, top: y, width: leftWidth, tags: [.paragraph])
            draw(dateBox, x: rightX, top: y, width: rightWidth, tags: [.paragraph])
            y += max(numberBox.height, dateBox.height)
            lastSpaceAfter = 0
        }
        title(view, subjectLineIndent: Self.points(lines.title))
    }

    /// Banner, title lines and subject, centred and bold, 18 pt below the header; the short line.
    private func title(_ view: DocumentView, subjectLineIndent: Double) {
        let titleStyle = style(.bold, sizes.title)
        if let banner = view.banner {
            flow([StyledRun(banner, titleStyle)], centred(sizes.title, before: spacing.titleBefore), role: .paragraph)
        }
        let before = view.week == nil ? spacing.titleBefore : spacing.weekTitleBefore
        for (index, line) in view.titleLines.enumerated() {
            flow([StyledRun(line, titleStyle)], centred(sizes.title, before: index == 0 ? before : 0), role: .paragraph)
        }
        if let summary = view.summary {
            flow([StyledRun(summary, titleStyle)], centred(sizes.title), role: .paragraph)
        }
        let rule = drawnLine
        ensureRoom(rule.height)
        let at = y + rule.offset
        artifact {
            canvas.line(x1: left + subjectLineIndent, y1: at, x2: left + textWidth - subjectLineIndent, y2: at, width: rule.weight)
        }
        y += rule.height
        lastSpaceAfter = 0
        if view.week == nil {
            flow([], bodyFormat, role: .paragraph)
        } else {
            y += Self.points(spacing.weekTableGap)
        }
    }
}
