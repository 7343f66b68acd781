import CongTacMessages
import Foundation

/// The checks a file's bytes go through before YAML sees them: size, encoding, and characters
/// that a document cannot carry.
enum SourceText {
    /// Files above this size are refused before parsing.
    static let maxBytes = 32 * 1_048_576

    /// A file's text after the checks: valid UTF-8 bytes without a byte-order mark, every line ending in
    /// a line feed (or CR LF), control characters and line separators replaced by spaces; `text` is
    /// the same as a `String` when a check needed one.
    struct Decoded {
        var bytes: [UInt8]
        var text: String?
        /// Lines of `bytes` (line feeds + 1).
        var lineCount: Int
        /// Where `bytes` has a character that keeps a text from being plain (`NodeReader.isPlain`), tab
        /// and line breaks aside; nil when unknown (too many, or the text was repaired).
        var irregular: [Int32]?
    }

    /// Decodes a file's bytes as UTF-8 text, reporting what is wrong with it.
    ///
    /// Control characters are reported and replaced by spaces, so that parsing can go on and find
    /// the file's other problems in the same run. Ordinary text takes one pass over the bytes.
    static func decode(bytes input: [UInt8], into sink: DiagnosticSink) -> Decoded? {
        if isBlank(input) {
            sink.error(.emptyFile)
            return nil
        }
        if input.count > maxBytes {
            sink.error(.fileTooLarge(bytes: input.count, limit: maxBytes))
            return nil
        }
        var bytes = input
        if bytes.starts(with: [0xFF, 0xFE]) { sink.error(.utf16("little-endian")); return nil }
        if bytes.starts(with: [0xFE, 0xFF]) { sink.error(.utf16("big-endian")); return nil }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let scan = scan(bytes) else {
            reportUnreadable(bytes, into: sink)
            return nil
        }
        if scan.hasLoneCarriageReturn { endLinesAtLoneCarriageReturns(&bytes) }
        var decoded = Decoded(bytes: bytes, text: nil, lineCount: scan.lineCount, irregular: scan.irregular)
        if scan.mayContainSigns {
            let text = String(decoding: bytes, as: UTF8.self)
            decoded.text = text
            if let legacy = LegacyEncoding.detect(text: text) {
                sink.error(.legacyEncoding(legacy.name, sample: legacy.sample), line: legacy.line, column: legacy.column)
            }
        }
        if scan.needsCharacterScan {
            let text = decoded.text ?? String(decoding: bytes, as: UTF8.self)
            if let repaired = checkCharacters(text, into: sink) {
                decoded.text = repaired
                decoded.bytes = Array(repaired.utf8)
                decoded.irregular = nil
            } else {
                decoded.text = text
            }
        }
        return decoded
    }

    /// Whether the bytes are only spaces, tabs and line breaks (or none).
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            for b in buffer where b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { return false }
            return true
        }
    }

    /// Why bytes that are not clean UTF-8 text (a NUL byte, or invalid UTF-8) cannot be read.
    private static func reportUnreadable(_ bytes: [UInt8], into sink: DiagnosticSink) {
        var bytes = bytes
        endLinesAtLoneCarriageReturns(&bytes)
        if let nul = bytes.firstIndex(of: 0) {
            if let endianness = utf16WithoutMark(bytes) {
                sink.error(.utf16(endianness))
            } else {
                let (line, column) = position(of: nul, in: bytes)
                sink.error(.binaryFile, line: line, column: column)
            }
            return
        }
        let bad = firstInvalidUTF8(bytes)
        if let legacy = LegacyEncoding.detect(bytes: bytes) {
            sink.error(.legacyEncoding(legacy.name, sample: legacy.sample))
        } else {
            let (line, column) = position(of: bad, in: bytes)
            sink.error(.notUTF8(byte: bytes[bad]), line: line, column: column)
        }
    }

    /// A lone carriage return ends a line for libyaml and for editors: make it a line feed, so that
    /// every check counts the same lines (fuzz finding F2). CR LF stays as it is.
    static func endLinesAtLoneCarriageReturns(_ bytes: inout [UInt8]) {
        for i in bytes.indices where bytes[i] == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A) {
            bytes[i] = 0x0A
        }
    }

    /// Reports control and invisible characters with their places; returns the text with the
    /// control characters and line separators replaced by spaces, or nil if it has none.
    static func checkCharacters(_ text: String, into sink: DiagnosticSink) -> String? {
        var line = 1
        var column = 1
        var needsRepair = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x0A {
                line += 1
                column = 1
                continue
            }
            if isForbiddenControl(v) {
                sink.error(.controlCharacter(scalar), line: line, column: column)
                needsRepair = true
            } else if isLineSeparator(v) {
                // YAML 1.1 would take it for a line break, JSON for a character: a space for both,
                // so that the file means the same whatever its syntax (fuzz findings F2, F5).
                sink.warning("invisible-character", line: line, column: column,
                             .invisibleCharacter(scalar, kind: .lineSeparator))
                needsRepair = true
            } else if let kind = invisibleKind(v) {
                sink.warning("invisible-character", line: line, column: column,
                             .invisibleCharacter(scalar, kind: kind))
            }
            column += 1
        }
        guard needsRepair else { return nil }
        var repaired = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            repaired.append(isForbiddenControl(scalar.value) || isLineSeparator(scalar.value) ? " " : scalar)
        }
        return String(repaired)
    }

    /// C0 controls other than tab, line feed and carriage return; DEL and the C1 controls;
    /// the non-characters U+FFFE and U+FFFF. XML 1.0 cannot carry the C0 ones at all.
    static func isForbiddenControl(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF
    }

    /// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR, pasted from web pages.
    static func isLineSeparator(_ v: UInt32) -> Bool { v == 0x2028 || v == 0x2029 }

    /// Characters that change how text is shown without being seen.
    static func invisibleKind(_ v: UInt32) -> Phrase? {
        switch v {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
            return .bidirectionalControl
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
            return .zeroWidth
        default:
            return nil
        }
    }

    /// A UTF-16 file without a byte-order mark: NUL bytes in every other position.
    static func utf16WithoutMark(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(512)
        guard sample.count >= 4 else { return nil }
        var evenNul = 0
        var oddNul = 0
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { evenNul += 1 } else { oddNul += 1 }
        }
        let half = sample.count / 2
        if oddNul * 10 >= half * 8 && evenNul * 10 < half { return "little-endian" }
        if evenNul * 10 >= half * 8 && oddNul * 10 < half { return "big-endian" }
        return nil
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            if length > 1, String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return i }
            i += length
        }
        return bytes.count
    }

    /// The 1-based line and column of a byte offset, counting columns in Unicode scalars of the
    /// valid UTF-8 before it.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let prefix = bytes[lineStart..<min(offset, bytes.count)]
        let column = prefix.reduce(0) { $0 + (($1 & 0xC0) != 0x80 ? 1 : 0) } + 1
        return (line, column)
    }
}
