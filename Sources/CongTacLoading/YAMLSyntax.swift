import Yams

/// Turns libyaml's terse errors into plain words, with a hint where one helps.
enum YAMLSyntax {
    private struct Explanation {
        var vi: String
        var en: String
        var hintVI: String?
        var hintEN: String?
    }

    private static let explanations: [(String, Explanation)] = [
        ("mapping values are not allowed", Explanation(
            vi: "dấu hai chấm `: ` ở chỗ không được phép",
            en: "a colon `: ` where none is allowed",
            hintVI: "văn bản có chứa `: ` phải đặt trong dấu ngoặc kép, ví dụ text: \"Sáng: Họp giao ban\"",
            hintEN: "text containing `: ` must be quoted, e.g. text: \"Sáng: Họp giao ban\"")),
        ("tab character that violates indentation", Explanation(
            vi: "dấu tab được dùng để thụt lề",
            en: "a tab is used for indentation",
            hintVI: "chỉ thụt lề bằng dấu cách", hintEN: "indent with spaces only")),
        ("cannot start any token", Explanation(
            vi: "ký tự không thể đứng đầu một giá trị",
            en: "a character that cannot start a value",
            hintVI: "thụt lề bằng dấu cách, không dùng tab; văn bản bắt đầu bằng @, ` hoặc % phải đặt trong dấu ngoặc kép",
            hintEN: "indent with spaces, not tabs; text starting with @, ` or % must be quoted")),
        ("did not find expected key", Explanation(
            vi: "thụt lề không khớp: ở đây cần một khóa `tên:`",
            en: "indentation does not line up: a `key:` is expected here",
            hintVI: "các khóa cùng cấp phải thẳng cột với nhau; văn bản có dấu ngoặc kép phải đóng ngoặc",
            hintEN: "keys of the same level must start in the same column; a quoted text must be closed")),
        ("did not find expected '-' indicator", Explanation(
            vi: "thụt lề không khớp trong danh sách: ở đây cần một mục `- `",
            en: "indentation does not line up in a list: a `- ` entry is expected here",
            hintVI: "các mục `- ` cùng danh sách phải thẳng cột", hintEN: "the `- ` entries of one list must start in the same column")),
        ("could not find expected ':'", Explanation(
            vi: "thiếu dấu `:` sau tên khóa",
            en: "a `:` is missing after a key",
            hintVI: "văn bản dài nhiều dòng phải thụt lề sâu hơn khóa của nó, hoặc đặt trong dấu ngoặc kép",
            hintEN: "a text running over several lines must be indented deeper than its key, or quoted")),
        ("unexpected end of stream", Explanation(
            vi: "tệp kết thúc giữa chừng",
            en: "the file ends in the middle of a value",
            hintVI: "có thể thiếu dấu ngoặc kép hoặc dấu ngoặc đóng", hintEN: "a closing quote or bracket may be missing")),
        ("undefined alias", Explanation(
            vi: "bí danh `*…` chưa được định nghĩa bằng `&…`", en: "an alias `*…` that no `&…` anchor defines",
            hintVI: nil, hintEN: nil)),
        ("unknown escape character", Explanation(
            vi: "ký tự thoát không hợp lệ sau dấu `\\` trong chuỗi ngoặc kép",
            en: "an invalid escape after `\\` in a double-quoted string",
            hintVI: "viết `\\\\` cho một dấu `\\`, hoặc dùng dấu ngoặc đơn", hintEN: "write `\\\\` for a backslash, or use single quotes")),
        ("did not find expected node content", Explanation(
            vi: "thiếu giá trị ở đây", en: "a value is missing here", hintVI: nil, hintEN: nil)),
        ("did not find expected ',' or ']'", Explanation(
            vi: "danh sách viết trong `[...]` thiếu dấu `,` hoặc `]`",
            en: "a `[...]` list is missing a `,` or `]`",
            hintVI: "văn bản có dấu phẩy trong `[...]` phải đặt trong dấu ngoặc kép",
            hintEN: "text with commas inside `[...]` must be quoted")),
        ("did not find expected ',' or '}'", Explanation(
            vi: "nhóm viết trong `{...}` thiếu dấu `,` hoặc `}`", en: "a `{...}` mapping is missing a `,` or `}`",
            hintVI: nil, hintEN: nil)),
        ("block sequence entries are not allowed", Explanation(
            vi: "mục danh sách `- ` ở chỗ không được phép", en: "a list entry `- ` where none is allowed",
            hintVI: "kiểm tra thụt lề của dòng này", hintEN: "check this line's indentation")),
        ("found another document", Explanation(
            vi: "tệp có nhiều hơn một tài liệu YAML", en: "the file holds more than one YAML document",
            hintVI: "xóa dòng `---` thừa", hintEN: "remove the extra `---` line")),
        ("found duplicate anchor", Explanation(
            vi: "neo `&…` bị định nghĩa hai lần", en: "an anchor `&…` is defined twice", hintVI: nil, hintEN: nil)),
    ]

    /// Reports a Yams error with its place.
    static func report(_ error: Error, text: String, into sink: DiagnosticSink) {
        let problem: String
        var mark: Yams.Mark?
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
        if let (_, e) = explanations.first(where: { problem.contains($0.0) }) {
            let hint = e.hintVI.map { (vi: $0, en: e.hintEN ?? "") }
            sink.error(Message(code: "syntax",
                               vi: "lỗi cú pháp: \(e.vi)" + (hint.map { "; \($0.vi)" } ?? ""),
                               en: "syntax error: \(e.en)" + (hint.map { "; \($0.en)" } ?? "")),
                       at: place(mark, in: text))
        } else {
            sink.error(.syntax(problem, hint: nil), at: place(mark, in: text))
        }
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
    /// sees them.
    static func checkNesting(_ text: String, limit: Int, into sink: DiagnosticSink) -> Bool {
        var depth = 0
        var line = 1
        var column = 0
        var quote: UInt8? = nil
        var inComment = false
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 { column += 1 }
            if byte == 0x0A {
                line += 1
                column = 0
                inComment = false
                previous = byte
                continue
            }
            defer { previous = byte }
            if inComment { continue }
            if let q = quote {
                if byte == q { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if depth > 0 || previous == 0x20 { quote = byte }
            case UInt8(ascii: "#") where previous == 0x20 || previous == 0x09:
                inComment = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit {
                    sink.error(.tooDeep(limit: limit), line: line, column: column)
                    return false
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            default:
                break
            }
        }
        return true
    }
}
