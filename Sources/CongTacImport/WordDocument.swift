/// The body of a Word document as the importer needs it: paragraphs with the look of their text,
/// tables with their merges, in document order. What Word adds for its own use (proofing marks,
/// field codes, deleted text, bookmarks) is gone by the time a `WordDocument` exists.
struct WordDocument {
    var blocks: [WordBlock] = []
    /// Images, text boxes and embedded objects met, with the paragraph that holds them and the text
    /// of their text boxes (empty for a picture): not placed in the schedule.
    var pictures: [(place: WordPlace, text: String)] = []
    /// Footnote and endnote references met: the paragraph, the part (`footnotes`, `endnotes`) and the id.
    var notes: [(place: WordPlace, part: String, id: String)] = []
    /// Every paragraph's and cell's place in document order, so that warnings and kept texts can be
    /// listed in the order a clerk reads the document.
    var order: [WordPlace: Int] = [:]
    /// The format of each numbered list's level (`upperRoman`, `decimal`, `lowerLetter`, `bullet`, …),
    /// by `list#level`, from `word/numbering.xml`.
    var numberFormats: [String: String] = [:]
    /// The notes' texts by part and id, read from `word/footnotes.xml` and `word/endnotes.xml`.
    var noteTexts: [String: String] = [:]
}

enum WordBlock {
    case paragraph(WordParagraph)
    case table(WordTable)
}

/// A run of text with the look that tells labels and notes apart.
struct WordRun: Equatable {
    var text: String
    var bold = false
    var italic = false
    var underline = false
}

struct WordParagraph {
    var runs: [WordRun] = []
    var style: String?
    /// `w:spacing w:before`, in twentieths of a point: congtac's banner and title start with 360.
    var spacingBefore: Int?
    /// Word's own numbering (`w:numPr`): the list and the level, whose format `numbering.xml` gives.
    var numbering: (list: String, level: Int)?
    /// Where it stands in the source.
    var place: WordPlace

    /// The text, soft line breaks as "\n", tabs as spaces.
    var text: String { runs.map(\.text).joined() }

    var isEmpty: Bool { text.allSatisfy { $0 == " " || $0 == "\n" || $0 == "\u{A0}" } }

    /// Every visible character is italic (a note line).
    var isItalic: Bool { !isEmpty && runs.allSatisfy { $0.italic || $0.text.allSatisfy(\.isWhitespace) } }
    var isBold: Bool { !isEmpty && runs.allSatisfy { $0.bold || $0.text.allSatisfy(\.isWhitespace) } }
}

struct WordTable {
    var rows: [WordRow] = []
    /// `w:tblCaption`: congtac names its agenda table "Lịch công tác tháng MM năm YYYY".
    var caption: String?
    /// 1-based among the body's tables (nested tables count in document order).
    var number: Int
}

struct WordRow {
    var cells: [WordCell] = []
}

struct WordCell {
    var blocks: [WordBlock] = []
    var gridSpan = 1
    var merge: VerticalMerge?
    var place: WordPlace

    enum VerticalMerge { case restart, `continue` }

    /// The cell's paragraphs, those of tables inside it included, in order.
    var paragraphs: [WordParagraph] {
        blocks.flatMap { block -> [WordParagraph] in
            switch block {
            case .paragraph(let paragraph): return [paragraph]
            case .table(let table): return table.rows.flatMap { $0.cells.flatMap(\.paragraphs) }
            }
        }
    }

    var text: String { paragraphs.map(\.text).joined(separator: "\n") }
    var hasNestedTable: Bool { blocks.contains { if case .table = $0 { return true } else { return false } } }
}

/// A place in a Word document as a clerk finds it: the body's paragraph number, or a table's
/// row and column (1-based, the column in the table's grid).
enum WordPlace: Equatable, Hashable {
    case paragraph(Int)
    case cell(table: Int, row: Int, column: Int)
}

extension WordParagraph {
    /// The paragraph cut at its soft line breaks, each line with its runs' look: a header or a
    /// closing typed with Shift+Enter reads as the same lines typed with Enter.
    var lines: [WordParagraph] {
        guard runs.contains(where: { $0.text.contains("\n") }) else { return isEmpty ? [] : [self] }
        var result: [WordParagraph] = []
        var current = WordParagraph(style: style, spacingBefore: spacingBefore, numbering: numbering, place: place)
        for run in runs {
            let pieces = run.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 {
                    result.append(current)
                    current = WordParagraph(style: style, numbering: numbering, place: place)
                }
                if !piece.isEmpty {
                    var part = run
                    part.text = String(piece)
                    current.runs.append(part)
                }
            }
        }
        result.append(current)
        return result.filter { !$0.isEmpty }
    }
}
