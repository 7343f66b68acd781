import CongTacModel

/// The closing (boxes 7 and 9): "Nơi nhận:" and "Bản điện tử:" lists in the left column, the
/// signature block (authority, position, name) in the right.
struct ClosingReader {
    let agencyName: String?
    var recipients: [String] = []
    var electronic: [String] = []
    var signature: Signature?
    var unplaced: [(place: WordPlace, text: String)] = []

    init(agencyName: String?) {
        self.agencyName = agencyName
    }

    static func isRecipientsHeading(_ text: String) -> Bool {
        // Cheap first: the heading starts with N, and is short.
        guard let first = text.utf8.first(where: { $0 != 0x20 }), first == UInt8(ascii: "N") || first == UInt8(ascii: "n"),
              text.utf8.count < 200 else { return false }
        return ImportText.key(text).hasPrefix("NƠI NHẬN")
    }

    static func isClosing(_ table: WordTable) -> Bool {
        table.rows.contains { $0.cells.contains { $0.paragraphs.contains { isRecipientsHeading($0.text) } } }
    }

    /// Reads the paragraphs; with `table`, the left column's lists and the right column's signature.
    mutating func read(_ paragraphs: [WordParagraph], byColumn table: WordTable? = nil) {
        var mode = 0  // 0: signature, 1: recipients, 2: electronic
        var signatureLines: [WordParagraph] = []
        var lastCell: WordPlace?
        for paragraph in paragraphs {
            // A new cell of the closing table starts outside the lists.
            if table != nil, case .cell(_, _, let column) = paragraph.place, paragraph.place != lastCell {
                lastCell = paragraph.place
                if column > 1 { mode = 0 }
            }
            let text = ImportText.clean(paragraph.text)
            if text.isEmpty { continue }
            let key = ImportText.key(text)
            if key.hasPrefix("NƠI NHẬN") || key.hasPrefix("BẢN ĐIỆN TỬ") {
                mode = key.hasPrefix("NƠI NHẬN") ? 1 : 2
                let rest = text.firstIndex(of: ":").map { ImportText.listLine(String(text[text.index(after: $0)...])) } ?? ""
                if !rest.isEmpty { append(rest, mode) }
                continue
            }
            if mode != 0 && (ImportText.startsWithDash(text) || !ImportText.isUpperCase(text) || table != nil) {
                for line in ImportText.lines(paragraph.text) { append(ImportText.listLine(line), mode) }
                continue
            }
            mode = 0
            signatureLines.append(paragraph)
        }
        readSignature(signatureLines)
    }

    private mutating func append(_ line: String, _ mode: Int) {
        guard !line.isEmpty else { return }
        if mode == 1 { recipients.append(line) } else { electronic.append(line) }
    }

    /// Titles in capitals first (the authority, `KT. GIÁM ĐỐC`, then the position), the name last;
    /// "(Đã ký)" and the like are left out. One title alone is the authority when it is a form of
    /// authority or the agency's name, else the position.
    private mutating func readSignature(_ paragraphs: [WordParagraph]) {
        var titles: [String] = []
        var name: String?
        for paragraph in paragraphs {
            let text = ImportText.clean(paragraph.text)
            if text.hasPrefix("(") && text.hasSuffix(")") { continue }
            if ImportText.isUpperCase(text) && name == nil {
                titles.append(text)
            } else if name == nil {
                name = text
            } else {
                unplaced.append((paragraph.place, text))
            }
        }
        guard !titles.isEmpty || name != nil else { return }
        var signature = Signature(name: name)
        if titles.count >= 2 {
            signature.authority = titles[0]
            signature.position = titles.dropFirst().joined(separator: " ")
        } else if let title = titles.first {
            let forms = ["TM.", "KT.", "TL.", "TUQ.", "Q."]
            if forms.contains(where: { title.hasPrefix($0) }) || ImportText.key(title) == agencyName.map(ImportText.key) {
                signature.authority = title
            } else {
                signature.position = title
            }
        }
        self.signature = signature
    }
}
