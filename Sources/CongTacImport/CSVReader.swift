/// CSV as offices save it from Excel: UTF-8 with or without a BOM, comma- or semicolon-separated
/// (Excel's choice where the decimal mark is a comma), fields in double quotes with `""` inside and
/// line breaks allowed. Another encoding is refused with how to save as UTF-8: guessing between
/// Windows-1258, TCVN3 and VNI would write wrong Vietnamese silently.
enum CSVReader {
    static func grid(_ bytes: [UInt8], name: String) throws(ImportError) -> SheetGrid {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) { throw .notUTF8 }
        guard let text = String(validating: body, as: UTF8.self) else { throw .notUTF8 }
        let separator = Self.separator(text)
        var grid = SheetGrid(name: name)
        var row: [SheetCell] = []
        var field = ""
        var quoted = false
        var line = 1, recordLine = 1
        var afterQuote = false
        func endField() {
            row.append(SheetCell(text: field, place: .line(recordLine)))
            field = ""
            afterQuote = false
        }
        func endRow() {
            endField()
            grid.rows.append(row)
            row = []
        }
        var iterator = text.makeIterator()
        while let c = iterator.next() {
            if quoted {
                if c == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                if afterQuote { field.append("\"") }  // "" inside quotes
                quoted = true
                afterQuote = false
            case separator: endField()
            case "\n", "\r\n", "\r":
                endRow()
                line += 1
                recordLine = line
            default:
                field.append(c)
                afterQuote = false
            }
        }
        if !field.isEmpty || !row.isEmpty { endRow() }
        return grid
    }

    /// `;` when the first line has more semicolons than commas outside quotes, else `,`.
    private static func separator(_ text: String) -> Character {
        var commas = 0, semicolons = 0, quoted = false
        for c in text {
            if c == "\"" { quoted.toggle() }
            if quoted { continue }
            if c == "\n" || c == "\r\n" || c == "\r" { break }
            if c == "," { commas += 1 }
            if c == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }
}
