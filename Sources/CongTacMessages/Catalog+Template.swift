/// Problems with a template set (built-in, or an agency's `--templates DIR`).
extension Message {
    public static let templateFolderMissing = Message(
        code: "template-missing", vi: "không có thư mục mẫu này", en: "no such template folder")

    public static let templateUnreadable = Message(
        code: "template-unreadable",
        vi: "không đọc được tệp mẫu (phải là văn bản UTF-8)", en: "cannot read the template (it must be UTF-8 text)")

    public static let templateMissing = Message(
        code: "template-missing", vi: "thiếu tệp mẫu này trong bộ mẫu", en: "the template set lacks this file")

    /// `problem` is the Mustache parser's own words.
    public static func templateSyntax(_ problem: String) -> Message {
        Message(code: "template-syntax", vi: "lỗi cú pháp Mustache: " + problem, en: "Mustache syntax error: " + problem)
    }

    /// `problem` is libxml2's own words.
    public static func templateXML(_ problem: String) -> Message {
        Message(code: "template-xml",
                vi: "mẫu sinh ra XML không hợp lệ: " + problem, en: "the template produces malformed XML: " + problem)
    }

    public static func templateVariable(_ name: String) -> Message {
        Message(code: "template-variable",
                vi: "mẫu dùng biến không có `\(name)`", en: "the template uses an unknown variable `\(name)`")
    }
}
