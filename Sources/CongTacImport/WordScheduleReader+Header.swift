import CongTacCalendar
import CongTacMessages
import CongTacModel

/// What the national header gives (boxes 1–4): the bodies, the number line and the date line.
struct HeaderFields {
    var parent: String?
    var name: String?
    var number: Int?
    var code: String?
    var place: String?
    var date: DocumentDate?
}

extension WordScheduleReader {
    /// The header: congtac's and most offices' borderless two-column table, or its lines as
    /// paragraphs before the title.
    mutating func readHeader(_ blocks: inout ArraySlice<WordBlock>) {
        var lines: [WordParagraph] = []
        if case .table(let table)? = blocks.first, Self.isHeader(table) {
            blocks.removeFirst()
            // The left column first (the bodies and the number), then the right.
            let maxColumn = table.rows.flatMap(\.cells).count
            for column in 1...max(1, maxColumn) {
                for row in table.rows {
                    for cell in row.cells {
                        if case .cell(_, _, let c) = cell.place, c == column { lines += cell.paragraphs.flatMap(\.lines) }
                    }
                }
            }
        } else {
            while case .paragraph(let paragraph)? = blocks.first, !Self.isTitleStart(ImportText.clean(paragraph.text)),
                  SectionHeading.parse(ImportText.clean(paragraph.text), style: paragraph.style) == nil {
                blocks.removeFirst()
                lines += paragraph.lines
            }
        }
        var bodies: [WordParagraph] = []
        var pastNumber = false
        for paragraph in lines {
            let text = ImportText.clean(paragraph.text)
            let key = ImportText.key(text)
            if text.isEmpty || text.allSatisfy({ $0 == "-" || $0 == "_" || $0 == "–" }) { continue }
            if key.hasPrefix("CỘNG HÒA") || key.hasPrefix("CỘNG HOÀ") || key.hasPrefix("ĐỘC LẬP") { continue }
            if key.hasPrefix("SỐ") && text.contains("/") {
                readNumberLine(text)
                pastNumber = true
            } else if key.contains("NGÀY") && key.contains("THÁNG") && key.contains("NĂM") && text.contains(",") {
                readDateLine(text, at: paragraph.place)
            } else if !pastNumber {
                bodies.append(paragraph)
            } else {
                kept.append(KeptText(place: ImportPlace(paragraph.place), text: text))
                warnings.append(ImportWarning(.importUnplaced(ImportText.excerpt(text)), at: ImportPlace(paragraph.place)))
            }
        }
        // The parent body is not bold, the issuing body is; without bold, the first line is the parent.
        let texts = bodies.map { ImportText.clean($0.text) }
        if texts.count == 1 {
            header.name = texts[0]
        } else if texts.count > 1 {
            let firstBold = bodies.firstIndex(where: \.isBold)
            let split = (firstBold.map { $0 > 0 } ?? false) ? firstBold! : 1
            header.parent = texts[..<split].joined(separator: " ")
            header.name = texts[split...].joined(separator: " ")
        }
    }

    /// `Số: 07/CTr-KHCN`, `Số:      /CTr-KHCN`.
    private mutating func readNumberLine(_ text: String) {
        let afterColon = text.firstIndex(of: ":").map { text[text.index(after: $0)...] } ?? text.dropFirst(2)
        guard let slash = afterColon.firstIndex(of: "/") else { return }
        // The loader's numbers: 1 to 999,999.
        header.number = Int(ImportText.clean(String(afterColon[..<slash]))).flatMap { (1...999_999).contains($0) ? $0 : nil }
        let kind = afterColon[afterColon.index(after: slash)...]
        if let dash = kind.firstIndex(where: { $0 == "-" || $0 == "–" }) {
            let code = ImportText.clean(String(kind[kind.index(after: dash)...]))
            header.code = code.isEmpty ? nil : code
        }
    }

    /// `Hà Tĩnh, ngày 03 tháng 02 năm 2025`; `ngày   tháng 7 năm 2023` leaves the day blank.
    private mutating func readDateLine(_ text: String, at place: WordPlace) {
        guard let comma = text.lastIndex(of: ",") else { return }
        let placeName = ImportText.clean(String(text[..<comma]))
        header.place = placeName.isEmpty ? nil : placeName
        let rest = String(text[comma...])
        let day = ImportText.number(after: "NGÀY", in: rest)
        guard let month = ImportText.number(after: "THÁNG", in: rest), (1...12).contains(month),
              let year = ImportText.number(after: "NĂM", in: rest), (1900...2100).contains(year) else {
            warnings.append(ImportWarning(.importHeaderMissing("date"), at: ImportPlace(place)))
            return
        }
        let valid = day.flatMap { CivilDate.valid(year: year, month: month, day: $0) } != nil
        header.date = DocumentDate(year: year, month: month, day: valid ? day : nil)
    }

    private static func isHeader(_ table: WordTable) -> Bool {
        let text = ImportText.key(table.rows.flatMap(\.cells).map(\.text).joined(separator: " "))
        return text.contains("CỘNG HÒA") || text.contains("CỘNG HOÀ") || text.contains("SỐ:") || text.contains("ĐỘC LẬP")
    }

    static func isTitleStart(_ text: String) -> Bool {
        let key = ImportText.key(text)
        return key.hasPrefix("CHƯƠNG TRÌNH") || key.hasPrefix("LỊCH CÔNG TÁC") || key.hasPrefix("KẾ HOẠCH")
    }

    // MARK: The title

    /// The banner, the title's lines (upper case) and the summary (the first line in lower case)
    /// before the first section.
    mutating func readTitle(_ blocks: inout ArraySlice<WordBlock>) {
        var candidates: [WordParagraph] = []
        while case .paragraph(let paragraph)? = blocks.first,
              SectionHeading.parse(ImportText.clean(paragraph.text), style: paragraph.style) == nil,
              !ClosingReader.isRecipientsHeading(ImportText.clean(paragraph.text)) {
            blocks.removeFirst()
            candidates += paragraph.lines
        }
        guard !candidates.isEmpty else { return }
        var start = candidates.firstIndex { Self.isTitleStart(ImportText.clean($0.text)) } ?? 0
        // congtac's banner: two paragraphs in a row with the title's 18 pt space above them.
        if start == 0, candidates.count > 1, candidates[0].spacingBefore == 360, candidates[1].spacingBefore == 360 { start = 1 }
        if start > 0 {
            banner = candidates[..<start].map { ImportText.clean($0.text) }.joined(separator: " ")
        }
        var index = start
        while index < candidates.count, ImportText.isUpperCase(candidates[index].text) {
            titleLines += ImportText.lines(candidates[index].text)
            index += 1
        }
        // The subject line is bold (or congtac's title style); an italic "Căn cứ …" line is not one.
        if index < candidates.count, candidates[index].isBold || candidates[index].style == "Title", !candidates[index].isItalic {
            summary = ImportText.clean(candidates[index].text)
            index += 1
        }
        for paragraph in candidates[index...] {
            let text = ImportText.clean(paragraph.text)
            kept.append(KeptText(place: ImportPlace(paragraph.place), text: text))
            warnings.append(ImportWarning(.importUnplaced(ImportText.excerpt(text)), at: ImportPlace(paragraph.place)))
        }
    }
}
