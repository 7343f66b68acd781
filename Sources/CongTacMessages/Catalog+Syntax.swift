/// Syntax errors: libyaml's problems in plain words, and the JSON reader's own.
extension Message {
    /// A libyaml problem that `yamlExplanations` explains, with its hint if it has one.
    public static func yamlSyntax(_ problem: Phrase, hint: Phrase?) -> Message {
        Message(code: "syntax",
                vi: "lỗi cú pháp: \(problem.vi)" + (hint.map { "; \($0.vi)" } ?? ""),
                en: "syntax error: \(problem.en)" + (hint.map { "; \($0.en)" } ?? ""))
    }

    /// A problem found by the JSON reader.
    public static func jsonSyntax(_ problem: Phrase) -> Message {
        Message(code: "syntax", vi: "lỗi cú pháp JSON: \(problem.vi)", en: "JSON syntax error: \(problem.en)")
    }

    public static let complexKey = Message(
        code: "complex-key",
        vi: "khóa phải là một tên (văn bản), không phải danh sách, nhóm hay bí danh; nếu đây là văn bản, hãy đặt nó trong dấu ngoặc kép",
        en: "a key must be a name (text), not a list, a mapping or an alias; if this is text, put it in double quotes")
}

/// libyaml's terse problems (matched by a part of its English text) in plain words, with a hint
/// where one helps.
public enum YAMLExplanations {
    public static let all: [(libyaml: String, problem: Phrase, hint: Phrase?)] = [
        ("mapping values are not allowed",
         Phrase(vi: "dấu hai chấm `: ` ở chỗ không được phép", en: "a colon `: ` where none is allowed"),
         Phrase(vi: "văn bản có chứa `: ` phải đặt trong dấu ngoặc kép, ví dụ text: \"Sáng: Họp giao ban\"",
                en: "text containing `: ` must be quoted, e.g. text: \"Sáng: Họp giao ban\"")),
        ("tab character that violates indentation",
         Phrase(vi: "dấu tab được dùng để thụt lề", en: "a tab is used for indentation"),
         Phrase(vi: "chỉ thụt lề bằng dấu cách", en: "indent with spaces only")),
        ("cannot start any token",
         Phrase(vi: "ký tự không thể đứng đầu một giá trị", en: "a character that cannot start a value"),
         Phrase(vi: "thụt lề bằng dấu cách, không dùng tab; văn bản bắt đầu bằng @, ` hoặc % phải đặt trong dấu ngoặc kép",
                en: "indent with spaces, not tabs; text starting with @, ` or % must be quoted")),
        ("did not find expected key",
         Phrase(vi: "thụt lề không khớp: ở đây cần một khóa `tên:`",
                en: "indentation does not line up: a `key:` is expected here"),
         Phrase(vi: "các khóa cùng cấp phải thẳng cột với nhau; văn bản có dấu ngoặc kép phải đóng ngoặc",
                en: "keys of the same level must start in the same column; a quoted text must be closed")),
        ("did not find expected '-' indicator",
         Phrase(vi: "thụt lề không khớp trong danh sách: ở đây cần một mục `- `",
                en: "indentation does not line up in a list: a `- ` entry is expected here"),
         Phrase(vi: "các mục `- ` cùng danh sách phải thẳng cột", en: "the `- ` entries of one list must start in the same column")),
        ("could not find expected ':'",
         Phrase(vi: "thiếu dấu `:` sau tên khóa", en: "a `:` is missing after a key"),
         Phrase(vi: "văn bản dài nhiều dòng phải thụt lề sâu hơn khóa của nó, hoặc đặt trong dấu ngoặc kép",
                en: "a text running over several lines must be indented deeper than its key, or quoted")),
        ("unexpected end of stream",
         Phrase(vi: "tệp kết thúc giữa chừng", en: "the file ends in the middle of a value"),
         Phrase(vi: "có thể thiếu dấu ngoặc kép hoặc dấu ngoặc đóng", en: "a closing quote or bracket may be missing")),
        ("undefined alias",
         Phrase(vi: "bí danh `*…` chưa được định nghĩa bằng `&…`", en: "an alias `*…` that no `&…` anchor defines"),
         nil),
        ("unknown escape character",
         Phrase(vi: "ký tự thoát không hợp lệ sau dấu `\\` trong chuỗi ngoặc kép",
                en: "an invalid escape after `\\` in a double-quoted string"),
         Phrase(vi: "viết `\\\\` cho một dấu `\\`, hoặc dùng dấu ngoặc đơn", en: "write `\\\\` for a backslash, or use single quotes")),
        ("did not find expected node content",
         Phrase(vi: "thiếu giá trị ở đây", en: "a value is missing here"),
         nil),
        ("did not find expected ',' or ']'",
         Phrase(vi: "danh sách viết trong `[...]` thiếu dấu `,` hoặc `]`", en: "a `[...]` list is missing a `,` or `]`"),
         Phrase(vi: "văn bản có dấu phẩy trong `[...]` phải đặt trong dấu ngoặc kép",
                en: "text with commas inside `[...]` must be quoted")),
        ("did not find expected ',' or '}'",
         Phrase(vi: "nhóm viết trong `{...}` thiếu dấu `,` hoặc `}`", en: "a `{...}` mapping is missing a `,` or `}`"),
         nil),
        ("block sequence entries are not allowed",
         Phrase(vi: "mục danh sách `- ` ở chỗ không được phép", en: "a list entry `- ` where none is allowed"),
         Phrase(vi: "kiểm tra thụt lề của dòng này", en: "check this line's indentation")),
        ("found another document",
         Phrase(vi: "tệp có nhiều hơn một tài liệu YAML", en: "the file holds more than one YAML document"),
         Phrase(vi: "xóa dòng `---` thừa", en: "remove the extra `---` line")),
        ("found duplicate anchor",
         Phrase(vi: "neo `&…` bị định nghĩa hai lần", en: "an anchor `&…` is defined twice"),
         nil),
    ]
}

/// What the JSON reader can find wrong, for `Message.jsonSyntax`.
extension Phrase {
    public static let jsonTrailingContent = Phrase(
        vi: "còn nội dung sau khi giá trị JSON đã kết thúc", en: "more content after the JSON value ended")
    public static let jsonEndsBeforeValue = Phrase(
        vi: "tệp kết thúc khi đang chờ một giá trị", en: "the file ends where a value is expected")

    /// A printable ASCII byte is shown in backquotes, any other by its four hex digits.
    public static func jsonCannotStartValue(_ byte: UInt8) -> Phrase {
        let what = byte < 0x80 && byte >= 0x20 ? "`\(Character(Unicode.Scalar(byte)))`" : format04(UInt32(byte))
        return Phrase(vi: "ký tự \(what) không thể bắt đầu một giá trị (văn bản phải đặt trong dấu ngoặc kép)",
               en: "\(what) cannot start a value (text must be in double quotes)")
    }

    public static let jsonCommaBeforeBrace = Phrase(vi: "dấu phẩy thừa trước `}`", en: "an extra comma before `}`")
    public static let jsonKeyExpected = Phrase(vi: "cần tên khóa trong dấu ngoặc kép", en: "a key in double quotes is expected")

    public static func jsonColonMissing(key: String) -> Phrase {
        Phrase(vi: "thiếu dấu `:` sau khóa \"\(key)\"", en: "a `:` is missing after the key \"\(key)\"")
    }

    public static let jsonBraceMissing = Phrase(vi: "tệp kết thúc giữa chừng: thiếu `}`", en: "the file ends early: a `}` is missing")
    public static let jsonCommaOrBraceExpected = Phrase(vi: "cần dấu `,` hoặc `}` ở đây", en: "a `,` or `}` is expected here")
    public static let jsonCommaBeforeBracket = Phrase(vi: "dấu phẩy thừa trước `]`", en: "an extra comma before `]`")
    public static let jsonBracketMissing = Phrase(vi: "tệp kết thúc giữa chừng: thiếu `]`", en: "the file ends early: a `]` is missing")
    public static let jsonCommaOrBracketExpected = Phrase(vi: "cần dấu `,` hoặc `]` ở đây", en: "a `,` or `]` is expected here")
    public static let jsonInvalidValue = Phrase(
        vi: "giá trị không hợp lệ (văn bản phải đặt trong dấu ngoặc kép)", en: "an invalid value (text must be in double quotes)")
    public static let jsonInvalidNumber = Phrase(vi: "số không hợp lệ", en: "an invalid number")
    public static let jsonControlInString = Phrase(
        vi: "xuống dòng hoặc ký tự điều khiển trong chuỗi (viết \\n nếu cần xuống dòng)",
        en: "a line break or control character inside a string (write \\n for a line break)")

    /// `code` is the escape's four hex digits as written by the reader.
    public static func jsonLoneSurrogate(_ code: String) -> Phrase {
        Phrase(vi: "\\u\(code) là nửa cặp UTF-16 đứng một mình", en: "\\u\(code) is a lone surrogate")
    }

    public static let jsonInvalidSurrogatePair = Phrase(vi: "cặp UTF-16 không hợp lệ", en: "an invalid surrogate pair")
    public static let jsonInvalidEscape = Phrase(
        vi: "ký tự thoát không hợp lệ sau `\\` (viết `\\\\` cho một dấu `\\`)",
        en: "an invalid escape after `\\` (write `\\\\` for a backslash)")
    public static let jsonUnclosedString = Phrase(vi: "chuỗi chưa đóng dấu ngoặc kép", en: "a string is not closed with `\"`")
    public static let jsonHexDigitsExpected = Phrase(
        vi: "\\u phải theo sau bởi 4 chữ số thập lục phân", en: "\\u must be followed by 4 hex digits")
}
