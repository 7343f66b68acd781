/// The worksheets of an XLSX workbook: names from `xl/workbook.xml`, parts from its relationships,
/// texts from the shared strings or inline, numbers kept as numbers (dates are serials), merged
/// ranges marked on the cells they cover.
struct XLSXReader {
    let importer: ScheduleImporter
    let zip: ZipReader

    /// Every sheet, in the workbook's order.
    func sheets() throws(ImportError) -> [SheetGrid] {
        guard let workbook = try importer.part(zip, "xl/workbook.xml") else { throw .missingPart("xl/workbook.xml") }
        let names = Collector(element: "sheet")
        try importer.parse(workbook, part: "xl/workbook.xml", into: names)
        let relationships = Collector(element: "Relationship")
        if let rels = try importer.part(zip, "xl/_rels/workbook.xml.rels") {
            try importer.parse(rels, part: "xl/_rels/workbook.xml.rels", into: relationships)
        }
        var targets: [String: String] = [:]
        for rel in relationships.found {
            guard let id = rel["Id"], let target = rel["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        let strings = try sharedStrings()
        var grids: [SheetGrid] = []
        for (index, sheet) in names.found.enumerated() {
            let name = sheet["name"] ?? "Sheet\(index + 1)"
            let path = sheet["id"].flatMap { targets[$0] } ?? "xl/worksheets/sheet\(index + 1).xml"
            guard let xml = try importer.part(zip, path) else { throw .missingPart(path) }
            let reader = WorksheetBuilder(name: name, strings: strings)
            try importer.parse(xml, part: path, into: reader)
            grids.append(reader.grid())
        }
        return grids
    }

    private func sharedStrings() throws(ImportError) -> [String] {
        guard let xml = try importer.part(zip, "xl/sharedStrings.xml") else { return [] }
        let builder = SharedStringsBuilder()
        try importer.parse(xml, part: "xl/sharedStrings.xml", into: builder)
        return builder.strings
    }
}

/// The attributes of every element of one name.
private final class Collector: XMLEventSink {
    let element: String
    var found: [[String: String]] = []
    init(element: String) { self.element = element }
    func start(_ name: String, attributes: [String: String]) { if name == element { found.append(attributes) } }
    func end(_ name: String) {}
    func text(_ text: String) {}
}

/// `<si>` entries: plain (`<t>`) or rich (`<r><t>`), phonetic runs (`<rPh>`) left out.
private final class SharedStringsBuilder: XMLEventSink {
    var strings: [String] = []
    private var current: String?
    private var inText = false
    private var phonetic = 0

    func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "rPh": phonetic += 1
        case "t": inText = phonetic == 0
        default: break
        }
    }

    func end(_ name: String) {
        switch name {
        case "si":
            strings.append(current ?? "")
            current = nil
        case "rPh": phonetic -= 1
        case "t": inText = false
        default: break
        }
    }

    func text(_ text: String) { if inText { current? += text } }
}

/// One worksheet's cells by reference (`C14`), then laid out as rows.
private final class WorksheetBuilder: XMLEventSink {
    let name: String
    let strings: [String]
    private var cells: [(row: Int, column: Int, text: String, number: Double?)] = []
    private var merges: [(top: Int, left: Int, bottom: Int, right: Int)] = []
    private var reference: (row: Int, column: Int)?
    private var type = ""
    private var value = ""
    private var inValue = false
    private var currentRow = 0
    private var nextColumn = 1

    init(name: String, strings: [String]) {
        self.name = name
        self.strings = strings
    }

    func start(_ element: String, attributes: [String: String]) {
        switch element {
        case "row":
            // Within a sheet's 1,048,576 rows whatever `r` says, so that the next row's `+ 1` cannot overflow.
            currentRow = min(max(attributes["r"].flatMap { Int($0) } ?? currentRow + 1, 1), 1_048_576)
            nextColumn = 1
        case "c":
            reference = attributes["r"].flatMap(Self.reference) ?? (currentRow, nextColumn)
            type = attributes["t"] ?? "n"
            value = ""
        case "v", "t": inValue = reference != nil
        case "mergeCell":
            if let ref = attributes["ref"] {
                let ends = ref.split(separator: ":").compactMap { Self.reference(String($0)) }
                if ends.count == 2 { merges.append((ends[0].row, ends[0].column, ends[1].row, ends[1].column)) }
            }
        default: break
        }
    }

    func end(_ element: String) {
        switch element {
        case "v", "t": inValue = false
        case "c":
            guard let at = reference else { break }
            var text = value
            var number: Double?
            switch type {
            case "s": text = Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
            case "n":
                number = Double(value)
                // Whole numbers as written, not `3.0`.
                if let n = number, n == n.rounded(), abs(n) < 1e15 { text = String(Int(n)) }
            case "b": text = value == "1" ? "TRUE" : "FALSE"
            default: break
            }
            cells.append((at.row, at.column, text, number))
            nextColumn = at.column + 1
            reference = nil
        default: break
        }
    }

    func text(_ text: String) { if inValue { value += text } }

    /// Only rows that have cells, so that a stray cell at row 1,048,576 costs one row, not a
    /// million; columns past the 64th are no agenda's.
    func grid() -> SheetGrid {
        let columnCount = min(cells.map(\.column).max() ?? 0, 64)
        let rowNumbers = Array(Set(cells.map(\.row))).sorted()
        var index: [Int: Int] = [:]
        for (i, row) in rowNumbers.enumerated() { index[row] = i }
        var rows: [[SheetCell]] = rowNumbers.map { row in
            (0..<columnCount).map { column in
                SheetCell(text: "", place: .sheetCell(sheet: name, row: row, column: column + 1))
            }
        }
        for cell in cells where cell.column <= columnCount {
            guard let i = index[cell.row] else { continue }
            rows[i][cell.column - 1].text = cell.text
            rows[i][cell.column - 1].number = cell.number
        }
        for merge in merges where merge.top < merge.bottom {
            for row in rowNumbers where row > merge.top && row <= merge.bottom {
                for column in max(1, merge.left)...max(1, min(merge.right, columnCount)) where column <= columnCount {
                    rows[index[row]!][column - 1].mergedFromAbove = true
                }
            }
        }
        return SheetGrid(name: name, rows: rows)
    }

    /// `C14` → row 14, column 3.
    static func reference(_ text: String) -> (row: Int, column: Int)? {
        var column = 0
        var digits = ""
        for c in text.uppercased() {
            if let ascii = c.asciiValue, ascii >= 65, ascii <= 90, digits.isEmpty {
                column = column * 26 + Int(ascii - 64)
            } else if c.isASCII, c.isNumber {
                digits.append(c)
            } else {
                return nil
            }
        }
        guard column > 0, column <= 16_384, let row = Int(digits), row > 0, row <= 1_048_576 else { return nil }
        return (row, column)
    }
}
