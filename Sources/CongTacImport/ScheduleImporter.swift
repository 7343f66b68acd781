import CongTacLoading
import CongTacModel

/// `congtac import`'s entry: a file's bytes and its extension → a schedule with the places to review.
public struct ScheduleImporter: Sendable {
    /// The largest input read: a month's programme is tens of kilobytes, the scale case some megabytes.
    public static let maxFileSize = 64 << 20

    public var options: ImportOptions
    var zipLimits = ZipReader.Limits()

    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    /// Imports `bytes`, read from a file named with `ext` (`docx`, lower case, no dot).
    public func importFile(_ bytes: [UInt8], extension ext: String) throws(ImportError) -> ImportResult {
        var result = try importAny(bytes, extension: ext)
        ImportLimits.fit(&result)
        try Self.refuseLegacyEncoding(result)
        return result
    }

    /// A programme typed with the old .VnTime (TCVN3) or VNI fonts reads as Latin-1 signs between
    /// letters; the file written from it would fail `check` with `legacy-encoding`, so the import
    /// stops with that same message. The test is `check`'s own, on the text `import` would write
    /// (values and kept notes alike), so what passes here passes there. Fuzz finding F12.
    static func refuseLegacyEncoding(_ result: ImportResult) throws(ImportError) {
        let draft = ScheduleWriter().text(result.schedule, notes: ImportNotes(kept: result.kept, language: .vi))
        if LegacyEncoding.mayBeLegacy(utf8: draft), let finding = LegacyEncoding.detect(text: draft) {
            throw .legacyEncoding(finding.name, sample: finding.sample)
        }
    }

    private func importAny(_ bytes: [UInt8], extension ext: String) throws(ImportError) -> ImportResult {
        guard bytes.count <= Self.maxFileSize else { throw .fileTooLarge(bytes: bytes.count, limit: Self.maxFileSize) }
        let kind = FileKind(bytes)
        switch kind {
        case .compound(.encrypted): throw .encrypted
        case .compound(.word97): throw .word97
        case .compound(.excel97): throw .excel97
        default: break
        }
        switch ext.lowercased() {
        case "docx", "docm":
            guard kind == .zip else { throw .notWhatExtensionSays(expected: "DOCX") }
            return try importWord(bytes)
        case "doc":
            throw kind == .zip ? .notWhatExtensionSays(expected: "DOC") : .word97
        case "xlsx", "xlsm":
            guard kind == .zip else { throw .notWhatExtensionSays(expected: "XLSX") }
            let grids = try XLSXReader(importer: self, zip: try archive(bytes)).sheets()
            var reader = SpreadsheetScheduleReader(grids: grids, options: options)
            return try reader.read()
        case "xls":
            throw .excel97
        case "csv", "txt":
            guard kind == .text || kind == .other else { throw .notWhatExtensionSays(expected: "CSV") }
            var reader = SpreadsheetScheduleReader(grids: [try CSVReader.grid(bytes, name: "CSV")], options: options)
            return try reader.read()
        default:
            throw .unsupportedExtension(ext)
        }
    }

    func importWord(_ bytes: [UInt8]) throws(ImportError) -> ImportResult {
        let document = try readWordDocument(bytes)
        var reader = WordScheduleReader(document: document, options: options)
        return reader.read()
    }

    func readWordDocument(_ bytes: [UInt8]) throws(ImportError) -> WordDocument {
        let zip = try archive(bytes)
        let name = "word/document.xml"
        guard let xml = try part(zip, name) else {
            throw zip.entry(named: "EncryptionInfo") != nil ? .encrypted : .missingPart(name)
        }
        let builder = WordDocumentBuilder()
        try parse(xml, part: name, into: builder)
        var document = builder.document
        if builder.hasNumbering, let numbering = try self.part(zip, "word/numbering.xml") {
            let reader = NumberingBuilder()
            try parse(numbering, part: "word/numbering.xml", into: reader)
            document.numberFormats = reader.formats
        }
        for part in Set(document.notes.map(\.part)) {
            guard let notes = try self.part(zip, "word/\(part).xml") else { continue }
            let reader = NoteTextsBuilder()
            try parse(notes, part: "word/\(part).xml", into: reader)
            for (id, text) in reader.texts { document.noteTexts["\(part)#\(id)"] = text }
        }
        return document
    }

    func archive(_ bytes: [UInt8]) throws(ImportError) -> ZipReader {
        do {
            return try ZipReader(bytes, limits: zipLimits)
        } catch {
            throw Self.importError(error)
        }
    }

    func part(_ zip: ZipReader, _ name: String) throws(ImportError) -> [UInt8]? {
        do {
            return try zip.read(name)
        } catch {
            throw Self.importError(error)
        }
    }

    func parse(_ xml: [UInt8], part: String, into sink: XMLEventSink) throws(ImportError) {
        do {
            try XMLEvents.parse(xml, into: sink)
        } catch {
            if error.isDoctype { throw .doctype(part) }
            throw .xml(part: part, line: error.line, column: error.column, message: error.message)
        }
    }

    private static func importError(_ failure: ZipReader.Failure) -> ImportError {
        switch failure {
        case .notZip: return .corrupt("ZIP")
        case .corrupt(let part): return .corrupt(part)
        case .encrypted: return .encrypted
        case .unsupported(let detail): return .unsupportedArchive(detail)
        case .tooLarge(let part, let declared): return .expandsTooMuch(part, declared: declared)
        }
    }
}

extension ScheduleImporter {
    /// The Word reader alone, on the bytes of a `word/document.xml`: the fuzz target's way past
    /// the ZIP layer, whose checksums would stop almost every mutated input.
    public func importWordDocumentXML(_ xml: [UInt8]) throws(ImportError) -> ImportResult {
        let builder = WordDocumentBuilder()
        try parse(xml, part: "word/document.xml", into: builder)
        var reader = WordScheduleReader(document: builder.document, options: options)
        var result = reader.read()
        ImportLimits.fit(&result)
        try Self.refuseLegacyEncoding(result)
        return result
    }
}
