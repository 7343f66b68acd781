import CongTacMessages
import Yams

/// Turns libyaml's terse errors into plain words (the catalog's `YAMLExplanations`).
enum YAMLSyntax {
    /// libyaml's `MAX_NESTING_LEVEL` (block and flow levels together).
    static let libyamlNestingLimit = 1000

    /// Reports a Yams error with its place.
    static func report(_ error: Error, text: String, into sink: DiagnosticSink) {
        let problem: String
        var mark: Yams.Mark?
        if case let YamlError.duplicatedKeysInMapping(duplicates, context) = error {
            reportRepeatedKeys(duplicates, first: context.mark, text: text, into: sink)
            return
        }
        switch error {
        case let YamlError.scanner(context, p, m, _):
            problem = [context?.text, p].compactMap { $0 }.joined(separator: ", ")
            mark = m
        case let YamlError.parser(context, p, m, _):
            problem = [context?.text, p].compactMap { $0 }.joined(separator: ", ")
            mark = m
        case let YamlError.composer(context, p, m, _):
            problem = [context?.text, p].compactMap { $0 }.joined(separator: ", ")
            mark = m
        case let YamlError.reader(p, _, _, _):
            problem = p
        default:
            problem = String(describing: error)
        }
        if problem.contains("Maximum nesting level reached") {
            // libyaml's own limit, met by nesting the scan in `checkNesting` does not follow.
            sink.error(.tooDeep(limit: libyamlNestingLimit), at: place(mark, in: text))
        } else if let e = YAMLExplanations.all.first(where: { problem.contains($0.libyaml) }) {
            sink.error(.yamlSyntax(e.problem, hint: e.hint), at: place(mark, in: text))
        } else {
            sink.error(.syntax(problem, hint: nil), at: place(mark, in: text))
        }
    }

    /// Yams refuses a mapping with a repeated key before congtac's reader sees it, naming only the keys
    /// and the first one's place: each repetition is found in the text below it, at the same
    /// indentation, and reported there (fuzz finding F9).
    static func reportRepeatedKeys(_ keys: [String], first: Yams.Mark, text: String, into sink: DiagnosticSink) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for key in keys {
            var reported = false
            let indent = first.column - 1
            // In a flow mapping the repetition may be on the same line, after the first.
            if first.line - 1 < lines.count {
                let line = Array(lines[first.line - 1].unicodeScalars)
                var column = indent + key.unicodeScalars.count
                while !reported, column < line.count {
                    let rest = String(String.UnicodeScalarView(line[column...]))
                    let before = column > 0 ? line[column - 1] : " "
                    if (before == " " || before == "," || before == "{"), rest.hasPrefix(key),
                       rest.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix(":") {
                        sink.error(.duplicateKey(key, firstLine: first.line), line: first.line, column: column + 1)
                        reported = true
                    }
                    column += 1
                }
            }
            if !reported, first.line - 1 < lines.count {
                for number in first.line..<lines.count {
                    let line = lines[number].unicodeScalars
                    guard line.count > indent else { continue }
                    let rest = String(String.UnicodeScalarView(line.dropFirst(indent)))
                    if line.prefix(indent).allSatisfy({ $0 == " " || $0 == "-" }),
                       rest.hasPrefix(key), rest.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix(":") {
                        sink.error(.duplicateKey(key, firstLine: first.line), line: number + 1, column: first.column)
                        reported = true
                        break
                    }
                }
            }
            if !reported {
                sink.error(.duplicateKey(key, firstLine: first.line), line: first.line, column: first.column)
            }
        }
    }

    /// Keys that are not texts — `? key` written explicitly, `[a, b]: x`, `{a: b}: x`, `*alias : x` — are
    /// refused before parsing: a schedule never needs them, and Yams sorts and compares repeated
    /// collection keys in time exponential in their depth (fuzz finding F8).
    static func checkKeys(_ text: String, into sink: DiagnosticSink) -> Bool {
        let bytes = Array(text.utf8)
        var line = 1
        var lineStart = 0
        var depth = 0
        var quote: UInt8? = nil
        var inComment = false
        var atTokenStart = true  // at a line's first token, after "- ", or after "[", "{", ","
        var i = 0
        func refuse(at offset: Int) -> Bool {
            let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
            sink.error(.complexKey, line: line, column: column)
            return false
        }
        func followedByColon(_ from: Int) -> Bool {
            var j = from
            while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
            guard j < bytes.count, bytes[j] == UInt8(ascii: ":") else { return false }
            return j + 1 == bytes.count || [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(bytes[j + 1])
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
                lineStart = i + 1
                inComment = false
                atTokenStart = true
                i += 1
                continue
            }
            if inComment { i += 1; continue }
            if let q = quote {
                if b == q { quote = nil }
                i += 1
                continue
            }
            switch b {
            case 0x20, 0x09:
                break
            case UInt8(ascii: "#") where i == lineStart || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09:
                inComment = true
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if atTokenStart || depth > 0 { quote = b }
                atTokenStart = false
            case UInt8(ascii: "?") where atTokenStart && (i + 1 == bytes.count || [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i + 1])):
                return refuse(at: i)
            case UInt8(ascii: "-") where atTokenStart && (i + 1 == bytes.count || [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i + 1])):
                break  // a sequence entry: the next token starts a node
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if atTokenStart || depth > 0 { depth += 1 }
                atTokenStart = depth > 0
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if depth > 0 {
                    depth -= 1
                    if followedByColon(i + 1) { return refuse(at: i) }
                }
                atTokenStart = false
            case UInt8(ascii: ","):
                atTokenStart = depth > 0
            case UInt8(ascii: "*") where atTokenStart:
                var j = i + 1
                while j < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(bytes[j]) { j += 1 }
                if followedByColon(j) { return refuse(at: i) }
                atTokenStart = false
                i = j
                continue
            default:
                atTokenStart = false
            }
            i += 1
        }
        return true
    }

    /// libyaml's place, except that the end of a file without a final line break is put right after its
    /// last character, not on a line the file does not have (fuzz finding F1).
    static func place(_ mark: Yams.Mark?, in text: String) -> SourceMark? {
        guard let mark else { return nil }
        var lineCount = 1
        var lastLineStart = text.utf8.startIndex
        for index in text.utf8.indices where text.utf8[index] == 0x0A {
            lineCount += 1
            lastLineStart = text.utf8.index(after: index)
        }
        guard mark.line > lineCount else { return YAMLTree.mark(mark) }
        var lastLine = Substring(text[lastLineStart...])
        if lastLine.hasSuffix("\r") { lastLine = lastLine.dropLast() }
        return .located(line: lineCount, column: lastLine.unicodeScalars.count + 1)
    }

    /// Refuses flow collections nested deeper than `limit` (`[[[[…`) before the recursive composer
    /// sees them, with the place of the first bracket too many.
    ///
    /// A bracket opens a collection only where a node can start (at a line's start, after `: `,
    /// `- `, `? `, an anchor or a tag, and anywhere inside a flow collection); elsewhere, in a
    /// quoted scalar (`\"` and `''` do not end it), a comment or plain text, it is text, so a
    /// clerk's `Họp {{{…` or a comment full of brackets is never refused (fuzz finding F13). The
    /// scan does not follow block scalars and plain continuation lines exactly; where it counts too
    /// few, libyaml's own limit of 1000 levels still stops the parse (`nestingLimitReached`).
    static func checkNesting(_ text: String, limit: Int, into sink: DiagnosticSink) -> Bool {
        var text = text
        guard let tooDeep = text.withUTF8({ nestingLimitExceeded(in: $0, limit: limit) }) else { return true }
        // The place of the bracket too many, counted only now: lines by line feeds, columns by characters.
        let before = text.utf8.prefix(tooDeep)
        let lineStart = before.lastIndex(of: 0x0A).map { before.index(after: $0) } ?? before.startIndex
        let line = 1 + before.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let column = 1 + before[lineStart...].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        sink.error(.tooDeep(limit: limit), line: line, column: column)
        return false
    }

    /// The offset of the first bracket that opens a collection deeper than `limit`, if any.
    private static func nestingLimitExceeded(in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        var depth = 0
        var quote: UInt8? = nil
        var escaped = false
        var closedSingleQuote = false
        var inComment = false
        var previous: UInt8 = 0x0A
        /// A node may start here: a quote or a bracket opens one.
        var nodeStart = true
        /// `-`, `?` or `:` was read: an indicator if a blank follows.
        var indicator = false
        /// Inside an anchor, tag or alias: the next blank is a node start.
        var inProperty = false
        for (offset, byte) in bytes.enumerated() {
            defer { previous = byte }
            if byte == 0x0A {
                inComment = false
                escaped = false
                closedSingleQuote = false
                indicator = false
                inProperty = false
                if quote == nil { nodeStart = true }
                continue
            }
            if inComment { continue }
            if let q = quote {
                if escaped {
                    escaped = false
                } else if q == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == q {
                    quote = nil
                    closedSingleQuote = q == UInt8(ascii: "'")
                }
                continue
            }
            if closedSingleQuote {
                closedSingleQuote = false
                // `''` inside a single-quoted scalar is one quote: the scalar goes on.
                if byte == UInt8(ascii: "'") {
                    quote = byte
                    continue
                }
            }
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                if indicator || inProperty { nodeStart = true }
                indicator = false
                inProperty = false
                continue
            }
            if indicator {
                // `-x`, `?x`, `:x`: plain text, except `:` in a flow collection (`{"a":[…`).
                indicator = false
                nodeStart = depth > 0 && previous == UInt8(ascii: ":")
            }
            switch byte {
            case UInt8(ascii: "#") where previous == 0x20 || previous == 0x09 || previous == 0x0A || previous == 0x0D:
                inComment = true
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if nodeStart { quote = byte } else { nodeStart = false }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if depth > 0 || nodeStart {
                    depth += 1
                    nodeStart = true
                    if depth > limit { return offset }
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if depth > 0 {
                    depth -= 1
                    nodeStart = false
                }
            case UInt8(ascii: ","):
                nodeStart = depth > 0
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                if nodeStart || byte == UInt8(ascii: ":") { indicator = true }
                nodeStart = false
            case UInt8(ascii: "&"), UInt8(ascii: "!"), UInt8(ascii: "*"):
                if nodeStart { inProperty = true }
                nodeStart = false
            default:
                nodeStart = false
            }
        }
        return nil
    }
}
