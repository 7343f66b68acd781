/// The focus tasks: numbered headings (H1–H3, kept with what follows them), bullet items as a
/// list, and each section's agenda.
extension PDFLayout {
    func sections(_ sections: [SectionView]) {
        for (index, section) in sections.enumerated() {
            let headingRuns = [StyledRun("\(section.label) \(section.heading)", headingStyle(level: section.level))]
            let format = headingFormat(level: section.level)
            // A heading never ends a page: it keeps its own lines and the first line of what follows.
            // A section without a heading (a leader's month) is its content alone.
            if !section.heading.isEmpty {
                let headingHeight = column(width: textWidth, [(headingRuns, format)]).height
                ensureRoom(headingHeight + followingHeight(section, next: index + 1 < sections.count ? sections[index + 1] : nil))
                flow(headingRuns, format, role: section.level == 1 ? .h1 : section.level == 2 ? .h2 : .h3)
            }
            if !section.items.isEmpty {
                tagged(.list) {
                    for item in section.items {
                        tagged(.listItem) {
                            flow([StyledRun(item, style(.regular, sizes.body))], bodyFormat, role: .listBody)
                        }
                    }
                }
            }
            if let agenda = section.agenda { self.agenda(agenda) }
        }
    }

    /// The height a heading must find below itself on its page: the first line of its first item,
    /// or its table's header and first row, or the next heading's first line.
    private func followingHeight(_ section: SectionView, next: SectionView?) -> Double {
        if let item = section.items.first {
            return firstLineHeight([StyledRun(item, style(.regular, sizes.body))], bodyFormat)
        }
        if let agenda = section.agenda { return agendaOpeningHeight(agenda) }
        if let next {
            return firstLineHeight([StyledRun("\(next.label) \(next.heading)", headingStyle(level: next.level))],
                                   headingFormat(level: next.level))
        }
        return 0
    }
}
