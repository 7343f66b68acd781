import CongTacCalendar
import CongTacMessages
import CongTacModel

/// Turns a Word document's blocks into a schedule, in the order the decree lays a programme out:
/// the header, the title, the numbered sections with their paragraphs and agenda tables, the
/// closing. Whatever has no place is kept (`kept`) and warned about with its place.
struct WordScheduleReader {
    let document: WordDocument
    let options: ImportOptions
    var warnings: [ImportWarning] = []
    var kept: [KeptText] = []

    var header = HeaderFields()
    var banner: String?
    var titleLines: [String] = []
    var summary: String?
    var recipients: [String] = []
    var electronic: [String] = []
    var signature: Signature?
    /// The open sections, outermost first, each with its level (1 for `I.`).
    var open: [(level: Int, section: Section)] = []
    var sections: [Section] = []
    var month: YearMonth?

    init(document: WordDocument, options: ImportOptions) {
        self.document = document
        self.options = options
    }

    mutating func read() -> ImportResult {
        var blocks = document.blocks[...]
        readHeader(&blocks)
        readTitle(&blocks)
        readBody(&blocks)
        for picture in document.pictures {
            warnings.append(ImportWarning(.importPicture, at: ImportPlace(picture.place)))
            if !picture.text.isEmpty { kept.append(KeptText(place: ImportPlace(picture.place), text: picture.text)) }
        }
        for note in document.notes {
            warnings.append(ImportWarning(.importFootnote, at: ImportPlace(note.place)))
            if let text = document.noteTexts["\(note.part)#\(note.id)"], !text.isEmpty {
                kept.append(KeptText(place: ImportPlace(note.place), text: text))
            }
        }
        let schedule = schedule()
        // In the order of the document; places the document does not hold (the header's) last.
        var order: [ImportPlace: Int] = [:]
        for (place, index) in document.order { order[ImportPlace(place)] = index }
        func rank(_ place: ImportPlace?) -> Int { place.flatMap { order[$0] } ?? Int.max }
        let sortedWarnings = warnings.enumerated().sorted { (rank($0.element.place), $0.offset) < (rank($1.element.place), $1.offset) }
        let sortedKept = kept.enumerated().sorted { (rank($0.element.place), $0.offset) < (rank($1.element.place), $1.offset) }
        return ImportResult(schedule: schedule, warnings: sortedWarnings.map(\.element), kept: sortedKept.map(\.element))
    }

    // MARK: Body

    private mutating func readBody(_ blocks: inout ArraySlice<WordBlock>) {
        var closingByParagraphs = false
        while let block = blocks.popFirst() {
            switch block {
            case .paragraph(let paragraph):
                let text = ImportText.clean(paragraph.text)
                if text.isEmpty { continue }
                if ClosingReader.isRecipientsHeading(text) { closingByParagraphs = true }
                if closingByParagraphs {
                    var closing = ClosingReader(agencyName: header.name)
                    closing.read(([paragraph] + blocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }).flatMap(\.lines))
                    take(closing)
                    blocks = blocks[blocks.endIndex...]
                    continue
                }
                readParagraph(paragraph, text: text)
            case .table(let table):
                if ClosingReader.isClosing(table) {
                    var closing = ClosingReader(agencyName: header.name)
                    closing.read(table.rows.flatMap { $0.cells.flatMap(\.paragraphs) }.flatMap(\.lines), byColumn: table)
                    take(closing)
                } else if let (columns, headerRows) = Self.agendaColumns(table) {
                    readAgenda(table, columns: columns, headerRows: headerRows)
                } else {
                    keepTable(table)
                }
            }
        }
        closeSections(downTo: 0)
    }

    private mutating func take(_ closing: ClosingReader) {
        recipients += closing.recipients
        electronic += closing.electronic
        if signature == nil { signature = closing.signature }
        for text in closing.unplaced {
            kept.append(KeptText(place: ImportPlace(text.place), text: text.text))
            warnings.append(ImportWarning(.importUnplaced(ImportText.excerpt(text.text)), at: ImportPlace(text.place)))
        }
    }

    private mutating func readParagraph(_ paragraph: WordParagraph, text: String) {
        // Word's own numbering: "I.", "1.", "a)" are not in the text, the list's format says the level.
        if let numbering = paragraph.numbering,
           let level = SectionHeading.level(numberFormat: document.numberFormats["\(numbering.list)#\(numbering.level)"]) {
            closeSections(downTo: level)
            open.append((level, Section(heading: text)))
            return
        }
        if let (level, heading) = SectionHeading.parse(text, style: paragraph.style) {
            closeSections(downTo: level)
            open.append((level, Section(heading: heading)))
            return
        }
        guard !open.isEmpty else {
            kept.append(KeptText(place: ImportPlace(paragraph.place), text: text))
            warnings.append(ImportWarning(.importUnplaced(ImportText.excerpt(text)), at: ImportPlace(paragraph.place)))
            return
        }
        let item = ImportText.strippingDash(text)
        if !item.isEmpty { open[open.count - 1].section.items.append(item) }
    }

    /// Closes the open sections of `level` and deeper into their parents; 0 closes them all.
    private mutating func closeSections(downTo level: Int) {
        while let last = open.last, level == 0 || last.level >= level {
            open.removeLast()
            if open.isEmpty {
                sections.append(last.section)
            } else {
                open[open.count - 1].section.sections.append(last.section)
            }
        }
    }

    private mutating func readAgenda(_ table: WordTable, columns: AgendaColumns, headerRows: Int) {
        let month = agendaMonth(table)
        var reader = AgendaTableReader(table: table, columns: columns, headerRows: headerRows, month: month,
                                       holidays: options.previous?.holidays ?? HolidayCalendar())
        let agenda = reader.read()
        warnings += reader.warnings
        kept += reader.kept
        self.month = self.month ?? month
        if open.isEmpty {
            // A table with no section above it: it gets one, so that the file has a place for it.
            open.append((1, Section(heading: Phrase.importAgendaHeading.vi)))
            warnings.append(ImportWarning(.importAgendaWithoutSection, at: ImportPlace(.cell(table: table.number, row: 1, column: 1))))
        }
        if open[open.count - 1].section.agenda == nil {
            open[open.count - 1].section.agenda = agenda
        } else {
            open[open.count - 1].section.agenda!.days += agenda.days
        }
    }

    /// The table's first rows that name an agenda's columns.
    private static func agendaColumns(_ table: WordTable) -> (AgendaColumns, Int)? {
        for (index, row) in table.rows.prefix(3).enumerated() {
            if let columns = AgendaColumns(headerRow: row) { return (columns, index + 1) }
        }
        return nil
    }

    /// A table that is neither an agenda nor the closing: its texts are kept, row by row.
    private mutating func keepTable(_ table: WordTable) {
        for row in table.rows {
            let texts = row.cells.map { ImportText.clean($0.text) }.filter { !$0.isEmpty }
            guard let first = row.cells.first, !texts.isEmpty else { continue }
            kept.append(KeptText(place: ImportPlace(first.place), text: texts.joined(separator: " | ")))
        }
        warnings.append(ImportWarning(.importUnknownTable, at: ImportPlace(.cell(table: table.number, row: 1, column: 1))))
    }

    // MARK: The month

    /// `--month`, else the table's caption (congtac's), else the title's "THÁNG 7 NĂM 2023", else a
    /// full date in a day cell, else the document's date.
    private mutating func agendaMonth(_ table: WordTable) -> YearMonth {
        if let month = options.month ?? self.month { return month }
        if let caption = table.caption, let month = Self.month(in: caption) { return month }
        if let month = Self.month(in: (titleLines + [summary ?? ""]).joined(separator: " ")) { return month }
        for row in table.rows {
            for cell in row.cells {
                if let day = DayCell(cell.text), let m = day.first.month, let y = day.first.year, (1...12).contains(m),
                   (1900...2100).contains(y) {
                    return YearMonth(year: y, month: m)
                }
            }
        }
        let date = documentDate()
        warnings.append(ImportWarning(.importMonthGuessed("\(DateLine.month(date.month))/\(date.year)"),
                                      at: ImportPlace(.cell(table: table.number, row: 1, column: 1))))
        return date.yearMonth
    }

    /// `tháng 02 năm 2025` anywhere in `text`.
    static func month(in text: String) -> YearMonth? {
        guard let month = ImportText.number(after: "THÁNG", in: text), (1...12).contains(month),
              let year = ImportText.number(after: "NĂM", in: text), (1900...2100).contains(year) else { return nil }
        return YearMonth(year: year, month: month)
    }
}
