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

    /// What one pass over clean text finds.
    struct Scan {
        /// Lines, a lone carriage return ending one.
        var lineCount = 1
        var hasLoneCarriageReturn = false
        /// A control or invisible character may be there: the scalar-by-scalar scan must run.
        var needsCharacterScan = false
        /// A Latin-1 letter that Vietnamese never uses: the legacy-encoding detection must run.
        var mayContainSigns = false
        /// See `Decoded.irregular`.
        var irregular: [Int32]?
    }

    /// Irregular characters recorded at most; past this, texts are checked one by one.
    static let maxIrregular = 65_536

    /// One pass over the bytes: counts the lines, notes the irregular characters, and tells which
    /// slower checks the text needs. Nil for a NUL byte or invalid UTF-8.
    static func scan(_ bytes: [UInt8]) -> Scan? {
        bytes.withUnsafeBufferPointer { buffer -> Scan? in
            guard let base = buffer.baseAddress else { return Scan(irregular: []) }
            let raw = UnsafeRawPointer(base)
            let n = buffer.count
            var result = Scan()
            var irregular: [Int32] = []
            var overflow = false
            func note(_ i: Int) {
                if irregular.count < maxIrregular { irregular.append(Int32(i)) } else { overflow = true }
            }
            var i = 0
            while i < n {
                let b = base[i]
                if b >= 0x20 && b < 0x7F {
                    i += 1
                    // A run of printable ASCII: 8 bytes at a time (no high bit, nothing below 0x20, no DEL).
                    while i + 8 <= n {
                        let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        let high: UInt64 = 0x8080_8080_8080_8080
                        guard (w | (w &+ 0x0101_0101_0101_0101)) & high == 0,
                              (w &- 0x2020_2020_2020_2020) & ~w & high == 0 else { break }
                        i += 8
                    }
                    continue
                }
                if b < 0x80 {
                    switch b {
                    case 0x0A: result.lineCount += 1
                    case 0x0D:
                        if i + 1 == n || base[i + 1] != 0x0A {
                            result.hasLoneCarriageReturn = true
                            result.lineCount += 1
                        }
                    case 0x09: break
                    case 0x00: return nil
                    default:
                        result.needsCharacterScan = true
                        note(i)
                    }
                    i += 1
                } else if b < 0xE0 {
                    guard b >= 0xC2, i + 1 < n else { return nil }
                    let c = base[i + 1]
                    guard c & 0xC0 == 0x80 else { return nil }
                    if b >= 0xCC {
                        note(i)  // U+0300 and above: combining marks, other scripts
                        if b == 0xD8, c == 0x9C { result.needsCharacterScan = true }  // Arabic letter mark
                    } else if b == 0xC2 {
                        if c <= 0x9F || c == 0xAD { result.needsCharacterScan = true }  // C1 controls, soft hyphen
                        if c <= 0xA0 { note(i) }
                        if LegacyEncoding.isSign(UInt32(c)) { result.mayContainSigns = true }
                    } else if b == 0xC3 {
                        if LegacyEncoding.isSign(0xC0 | UInt32(c & 0x3F)) { result.mayContainSigns = true }
                    }
                    i += 2
                } else if b < 0xF0 {
                    guard i + 2 < n else { return nil }
                    let c = base[i + 1]
                    let t = base[i + 2]
                    if b == 0xE1 {
                        guard c & 0xC0 == 0x80, t & 0xC0 == 0x80 else { return nil }
                        if c != 0xBA && c != 0xBB { note(i) }  // U+1E80–U+1EFF: Vietnamese letters
                    } else {
                        let low: UInt8 = b == 0xE0 ? 0xA0 : 0x80
                        let high: UInt8 = b == 0xED ? 0x9F : 0xBF
                        guard c >= low, c <= high, t & 0xC0 == 0x80 else { return nil }
                        if b == 0xE2, c == 0x80 {
                            // U+2000–U+203F: dashes and quotes are plain; spaces and invisible marks are not.
                            if t <= 0x8F || (0xA8...0xAF).contains(t) {
                                note(i)
                                result.needsCharacterScan = true
                            }
                        } else {
                            note(i)
                            if b == 0xE2, c == 0x81 {
                                result.needsCharacterScan = true  // invisible marks in U+2040–U+207F
                            } else if b == 0xEF, (c == 0xBB && t == 0xBF) || c == 0xBF {
                                result.needsCharacterScan = true  // U+FEFF, U+FFFE, U+FFFF
                            }
                        }
                    }
                    i += 3
                } else {
                    guard b <= 0xF4, i + 3 < n else { return nil }
                    let c = base[i + 1]
                    let low: UInt8 = b == 0xF0 ? 0x90 : 0x80
                    let high: UInt8 = b == 0xF4 ? 0x8F : 0xBF
                    guard c >= low, c <= high, base[i + 2] & 0xC0 == 0x80, base[i + 3] & 0xC0 == 0x80 else { return nil }
                    note(i)
                    i += 4
                }
            }
            result.irregular = overflow ? nil : irregular
            return result
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
                             .invisibleCharacter(scalar, kind: "ký tự ngắt dòng Unicode, đã thay bằng dấu cách",
                                                 kindEN: "Unicode line separator, read as a space"))
                needsRepair = true
            } else if let kind = invisibleKind(v) {
                sink.warning("invisible-character", line: line, column: column,
                             .invisibleCharacter(scalar, kind: kind.vi, kindEN: kind.en))
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

    /// `s` without Foundation's `.whitespaces` at either end: tab, the space separators and (as
    /// Foundation has it) U+200B ZERO WIDTH SPACE; Foundation's trimming bridges through NSString (slow).
    static func trimmingSpaces(_ s: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t"
                || (scalar.value >= 0x80 && (scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator))
        }
        let scalars = s.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return s }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// C0 controls other than tab, line feed and carriage return; DEL and the C1 controls;
    /// the non-characters U+FFFE and U+FFFF. XML 1.0 cannot carry the C0 ones at all.
    static func isForbiddenControl(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF
    }

    /// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR, pasted from web pages.
    static func isLineSeparator(_ v: UInt32) -> Bool { v == 0x2028 || v == 0x2029 }

    /// Characters that change how text is shown without being seen.
    static func invisibleKind(_ v: UInt32) -> (vi: String, en: String)? {
        switch v {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
            return ("điều khiển chiều viết", "bidirectional control")
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
            return ("ký tự độ rộng bằng không", "zero-width character")
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
