import CongTacMessages
import CongTacModel

/// A place in an imported file, as a clerk finds it: `đoạn 37`, `bảng 2, hàng 14, cột 2`,
/// `Sheet1!C14`, `dòng 12`.
public enum ImportPlace: Sendable, Equatable, Hashable {
    case paragraph(Int)
    case cell(table: Int, row: Int, column: Int)
    case sheetCell(sheet: String, row: Int, column: Int)
    case line(Int)

    init(_ place: WordPlace) {
        switch place {
        case .paragraph(let n): self = .paragraph(n)
        case .cell(let table, let row, let column): self = .cell(table: table, row: row, column: column)
        }
    }

    public var phrase: Phrase {
        switch self {
        case .paragraph(let n): return .importParagraph(n)
        case .cell(let table, let row, let column): return .importTableCell(table: table, row: row, column: column)
        case .sheetCell(let sheet, let row, let column): return .importSheetCell(sheet: sheet, row: row, column: column)
        case .line(let n): return .importLine(n)
        }
    }
}

/// One place the importer was unsure of: what it did there and why.
public struct ImportWarning: Sendable, Equatable {
    public var place: ImportPlace?
    public var message: Message

    public init(_ message: Message, at place: ImportPlace?) {
        self.message = message
        self.place = place
    }
}

/// A text of the source the importer could not place: written into the file as a comment.
public struct KeptText: Sendable, Equatable {
    public var place: ImportPlace?
    public var text: String
}

/// What an import gives: the schedule, the places to review and the texts kept aside.
public struct ImportResult: Sendable {
    public var schedule: Schedule
    public var warnings: [ImportWarning]
    public var kept: [KeptText]

    /// The agenda's days, over every section.
    public var dayCount: Int { schedule.sections.flatMap(\.allSections).reduce(0) { $0 + ($1.agenda?.days.count ?? 0) } }
    public var itemCount: Int {
        schedule.sections.flatMap(\.allSections).reduce(0) { $0 + ($1.agenda?.days.reduce(0) { $0 + $1.items.count } ?? 0) }
    }
}

/// What the command line tells the importer beside the file.
public struct ImportOptions: Sendable {
    /// `--month`: the month of the agenda when the document does not say it.
    public var month: YearMonth?
    /// `--from`: last month's schedule, for what the source lacks (the header part of a spreadsheet,
    /// the leaders, the days off).
    public var previous: Schedule?
    /// `--sheet`: the worksheet to read.
    public var sheet: String?

    public init(month: YearMonth? = nil, previous: Schedule? = nil, sheet: String? = nil) {
        self.month = month
        self.previous = previous
        self.sheet = sheet
    }
}
