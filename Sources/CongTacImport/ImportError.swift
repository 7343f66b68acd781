import CongTacMessages

/// Why a file could not be imported at all; nothing is written then.
public enum ImportError: Error, Equatable {
    /// The extension is none the importer reads.
    case unsupportedExtension(String)
    /// The bytes are not what the extension says (`expected` is `DOCX`, `XLSX`, `CSV`).
    case notWhatExtensionSays(expected: String)
    /// A password-protected Office file.
    case encrypted
    /// A Word 97–2003 `.doc`, or an Excel 97–2003 `.xls`, however it is named.
    case word97
    case excel97
    /// The input is larger than the importer reads.
    case fileTooLarge(bytes: Int, limit: Int)
    /// The archive is broken, or a part fails its checksum.
    case corrupt(String)
    /// A part would expand out of proportion, or past the limit: a ZIP bomb or a huge document.
    case expandsTooMuch(String, declared: Int)
    /// ZIP64 or a compression method other than deflate.
    case unsupportedArchive(String)
    /// The package lacks the part the format needs.
    case missingPart(String)
    /// A part's XML is not well-formed.
    case xml(part: String, line: Int, column: Int, message: String)
    /// A part declares a DOCTYPE (entities).
    case doctype(String)
    /// A CSV file in another encoding than UTF-8.
    case notUTF8
    /// `--sheet` names no sheet of the workbook.
    case sheetNotFound(String, available: [String])
    /// No sheet (or not the one named) has an agenda's header row.
    case noAgendaColumns(String)
    /// The text is in TCVN3 (ABC) or VNI, not Unicode (`name`, and a word as `sample`).
    case legacyEncoding(String, sample: String)

    public var message: Message {
        switch self {
        case .unsupportedExtension(let ext): return .importUnsupportedExtension(ext)
        case .notWhatExtensionSays(let expected): return .importNotWhatExtensionSays(expected)
        case .encrypted: return .importEncrypted
        case .word97: return .importWord97
        case .excel97: return .importExcel97
        case .fileTooLarge(let bytes, let limit): return .fileTooLarge(bytes: bytes, limit: limit)
        case .corrupt(let part): return .importCorrupt(part)
        case .expandsTooMuch(let part, let declared): return .importExpandsTooMuch(part, declared: declared)
        case .unsupportedArchive(let detail): return .importUnsupportedArchive(detail)
        case .missingPart(let part): return .importMissingPart(part)
        case .xml(let part, let line, let column, let message): return .importXML(part, line: line, column: column, message)
        case .doctype(let part): return .importDoctype(part)
        case .notUTF8: return .importNotUTF8
        case .sheetNotFound(let name, let available): return .importSheetNotFound(name, available: available)
        case .noAgendaColumns(let sheet): return .importNoAgendaColumns(sheet)
        case .legacyEncoding(let name, let sample): return .legacyEncoding(name, sample: sample)
        }
    }
}
