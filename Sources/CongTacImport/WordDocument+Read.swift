/// Builds a `WordDocument` from `word/document.xml`'s events.
///
/// The text is the text as accepted: deleted runs (`w:del`, `w:moveFrom`), field codes
/// (`w:instrText`) and the old properties of tracked changes are skipped; inserted runs (`w:ins`),
/// hyperlinks, smart tags, content controls (`w:sdt`), simple fields and custom XML are read
/// through. A proofing mark (`w:proofErr`) or a bookmark between two runs of one word changes
/// nothing, since runs are joined without spaces.
final class WordDocumentBuilder: XMLEventSink {
    private(set) var document = WordDocument()
    /// Whether a paragraph uses Word's numbering, so that `numbering.xml` is worth reading.
    var hasNumbering: Bool { sawNumbering }
    private var sawNumbering = false

    /// Elements whose whole subtree is not part of the accepted text.
    private static let skipped: Set<String> = [
        "del", "moveFrom", "Fallback", "instrText", "delText", "delInstrText", "pPrChange", "rPrChange",
        "sectPrChange", "tblPrChange", "tcPrChange", "trPrChange", "tblGridChange", "numberingChange",
    ]
    /// Elements that hold pictures or text boxes: noted, not read.
    private static let pictures: Set<String> = ["drawing", "pict", "object"]

    private var skipDepth = 0
    /// The text of the text boxes of the drawing being skipped, if one is.
    private var pictureText: String?
    private var inPictureText = false
    private var paragraphCount = 0
    private var tableCount = 0

    private struct OpenTable {
        var table: WordTable
        var row: WordRow?
        var rowDeleted = false
        var cell: WordCell?
        var gridColumn = 1
    }
    private var tables: [OpenTable] = []
    private var paragraph: WordParagraph?
    private var run: WordRun?
    private var inParagraphProperties = false
    private var inRunProperties = false
    private var inCellProperties = false
    private var inRowProperties = false
    private var inText = false

    func start(_ name: String, attributes: [String: String]) {
        if skipDepth > 0 {
            skipDepth += 1
            // A text box's text inside a drawing is collected, so that it can be kept aside.
            if pictureText != nil, name == "t" { inPictureText = true }
            if pictureText != nil, name == "p", !(pictureText?.isEmpty ?? true) { pictureText? += " " }
            return
        }
        if name == "del", inRowProperties, !tables.isEmpty {
            tables[tables.count - 1].rowDeleted = true
        }
        if Self.skipped.contains(name) {
            skipDepth = 1
            return
        }
        if Self.pictures.contains(name) {
            skipDepth = 1
            pictureText = ""
            return
        }
        switch name {
        case "p":
            paragraph = WordParagraph(place: currentPlace())
        case "pPr": inParagraphProperties = true
        case "pStyle" where inParagraphProperties && !inRunProperties:
            paragraph?.style = attributes["val"]
        case "spacing" where inParagraphProperties && !inRunProperties:
            paragraph?.spacingBefore = attributes["before"].flatMap { Int($0) }
        case "ilvl" where inParagraphProperties:
            let level = attributes["val"].flatMap { Int($0) } ?? 0
            let list = paragraph?.numbering?.list ?? ""
            paragraph?.numbering = (list, level)
        case "numId" where inParagraphProperties:
            if let list = attributes["val"] {
                let level = paragraph?.numbering?.level ?? 0
                paragraph?.numbering = (list, level)
                sawNumbering = true
            }
        case "r": run = WordRun(text: "")
        case "rPr": inRunProperties = true
        case "b" where run != nil && inRunProperties: run?.bold = Self.isOn(attributes)
        case "i" where run != nil && inRunProperties: run?.italic = Self.isOn(attributes)
        case "u" where run != nil && inRunProperties: run?.underline = (attributes["val"] ?? "single") != "none"
        case "t" where run != nil: inText = true
        case "tab" where run != nil && !inRunProperties: run?.text += " "
        case "br", "cr":
            if run != nil { run?.text += "\n" }
        case "noBreakHyphen": run?.text += "-"
        case "footnoteReference", "endnoteReference":
            if let place = paragraph?.place {
                document.notes.append((place, name == "footnoteReference" ? "footnotes" : "endnotes", attributes["id"] ?? ""))
            }
        case "tbl":
            tableCount += 1
            tables.append(OpenTable(table: WordTable(number: tableCount)))
        case "tblCaption":
            if !tables.isEmpty { tables[tables.count - 1].table.caption = attributes["val"] }
        case "tr":
            guard !tables.isEmpty else { break }
            tables[tables.count - 1].row = WordRow()
            tables[tables.count - 1].rowDeleted = false
            tables[tables.count - 1].gridColumn = 1
        case "trPr": inRowProperties = true
        case "gridBefore" where inRowProperties:
            if !tables.isEmpty { tables[tables.count - 1].gridColumn += Self.columnCount(attributes["val"], default: 0) }
        case "tc":
            guard let open = tables.last else { break }
            let place = WordPlace.cell(table: open.table.number, row: open.table.rows.count + 1, column: open.gridColumn)
            tables[tables.count - 1].cell = WordCell(place: place)
            document.order[place] = document.order.count
        case "tcPr": inCellProperties = true
        // A cell's properties outside any table (a hostile or broken part) are nothing to read.
        case "gridSpan" where inCellProperties && !tables.isEmpty:
            tables[tables.count - 1].cell?.gridSpan = max(1, Self.columnCount(attributes["val"], default: 1))
        case "vMerge" where inCellProperties && !tables.isEmpty:
            tables[tables.count - 1].cell?.merge = attributes["val"] == "restart" ? .restart : .continue
        default: break
        }
    }

    /// A count of grid columns as Word writes it (`w:gridSpan`, `w:gridBefore`), within what a
    /// table can have (Word allows 63 columns): a huge or negative number in a damaged file must
    /// not overflow the column arithmetic.
    static func columnCount(_ value: String?, default fallback: Int) -> Int {
        guard let value, let count = Int(value) else { return fallback }
        return min(max(count, 0), 64)
    }

    func end(_ name: String) {
        if skipDepth > 0 {
            skipDepth -= 1
            if name == "t" { inPictureText = false }
            if skipDepth == 0, let text = pictureText {
                pictureText = nil
                if let place = paragraph?.place { document.pictures.append((place, ImportText.clean(text))) }
            }
            return
        }
        switch name {
        case "p":
            guard let finished = paragraph else { break }
            paragraph = nil
            if tables.last?.cell != nil {
                tables[tables.count - 1].cell?.blocks.append(.paragraph(finished))
            } else if tables.isEmpty {
                document.blocks.append(.paragraph(finished))
            }
        case "pPr": inParagraphProperties = false
        case "r":
            if let finished = run, !finished.text.isEmpty { paragraph?.runs.append(finished) }
            run = nil
        case "rPr": inRunProperties = false
        case "t": inText = false
        case "trPr": inRowProperties = false
        case "tcPr": inCellProperties = false
        // Taken out of `tables` before they are appended: a copy of the open table held meanwhile
        // would make every append copy the table's rows (quadratic in the scale case).
        case "tc":
            guard !tables.isEmpty, let cell = tables[tables.count - 1].cell else { break }
            tables[tables.count - 1].cell = nil
            tables[tables.count - 1].row?.cells.append(cell)
            tables[tables.count - 1].gridColumn += cell.gridSpan
        case "tr":
            guard !tables.isEmpty, let row = tables[tables.count - 1].row else { break }
            tables[tables.count - 1].row = nil
            if !tables[tables.count - 1].rowDeleted { tables[tables.count - 1].table.rows.append(row) }
        case "tbl":
            guard let finished = tables.popLast()?.table else { break }
            if tables.last?.cell != nil {
                tables[tables.count - 1].cell?.blocks.append(.table(finished))
            } else if tables.isEmpty {
                document.blocks.append(.table(finished))
            }
        default: break
        }
    }

    func text(_ text: String) {
        if inPictureText, skipDepth > 0 {
            pictureText? += text
            return
        }
        guard skipDepth == 0, inText, run != nil else { return }
        run?.text += text.utf8.contains(9) ? text.replacingTabs() : text
    }

    private func currentPlace() -> WordPlace {
        if let cell = tables.last?.cell { return cell.place }
        paragraphCount += 1
        document.order[.paragraph(paragraphCount)] = document.order.count
        return .paragraph(paragraphCount)
    }

    /// `<w:b/>`, `<w:b w:val="1"/>` are on; `w:val="0"`, `"false"`, `"off"` turn a style's bold off.
    private static func isOn(_ attributes: [String: String]) -> Bool {
        guard let value = attributes["val"] else { return true }
        return !["0", "false", "off", "none"].contains(value)
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}

/// The texts of `word/footnotes.xml` or `word/endnotes.xml` by note id (separators left out), so
/// that a note the schedule has no place for is still kept in the written file.
final class NoteTextsBuilder: XMLEventSink {
    private(set) var texts: [String: String] = [:]
    private var id: String?
    private var text = ""
    private var inText = false
    private var skipDepth = 0

    func start(_ name: String, attributes: [String: String]) {
        if skipDepth > 0 || name == "del" || name == "instrText" || name == "delText" {
            skipDepth += 1
            return
        }
        switch name {
        case "footnote", "endnote":
            id = attributes["type"] == nil || attributes["type"] == "normal" ? attributes["id"] : nil
            text = ""
        case "t": inText = true
        case "p": if !text.isEmpty { text += " " }
        default: break
        }
    }

    func end(_ name: String) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch name {
        case "footnote", "endnote":
            if let id { texts[id] = ImportText.clean(text) }
            id = nil
        case "t": inText = false
        default: break
        }
    }

    func text(_ piece: String) { if inText, id != nil, skipDepth == 0 { text += piece } }
}

/// `word/numbering.xml`: the format of each list's levels, through its abstract definition.
final class NumberingBuilder: XMLEventSink {
    private var abstractFormats: [String: [Int: String]] = [:]
    private var listAbstract: [String: String] = [:]
    private var abstract: String?
    private var level: Int?
    private var list: String?

    /// `list#level` → format.
    var formats: [String: String] {
        var result: [String: String] = [:]
        for (list, abstract) in listAbstract {
            for (level, format) in abstractFormats[abstract] ?? [:] { result["\(list)#\(level)"] = format }
        }
        return result
    }

    func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "abstractNum": abstract = attributes["abstractNumId"]
        case "lvl": level = attributes["ilvl"].flatMap { Int($0) }
        case "numFmt":
            if let abstract, let level, let format = attributes["val"] { abstractFormats[abstract, default: [:]][level] = format }
        case "num": list = attributes["numId"]
        case "abstractNumId": if let list, let value = attributes["val"] { listAbstract[list] = value }
        default: break
        }
    }

    func end(_ name: String) {
        switch name {
        case "abstractNum": abstract = nil
        case "lvl": level = nil
        case "num": list = nil
        default: break
        }
    }

    func text(_ text: String) {}
}
