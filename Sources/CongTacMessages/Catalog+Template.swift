/// Problems with a template set (built-in, or an agency's `--templates DIR`).
extension Message {
    public static let templateFolderMissing = Message(
        code: "template-missing", vi: "không có thư mục mẫu này", en: "no such template folder")

    public static let templateUnreadable = Message(
        code: "template-unreadable",
        vi: "không đọc được tệp mẫu (phải là văn bản UTF-8)", en: "cannot read the template (it must be UTF-8 text)")

    /// A template the system would not let us read (permissions, a pipe…), with the reason.
    public static func templateNotReadable(_ reason: Phrase) -> Message {
        Message(code: "template-unreadable",
                vi: "không đọc được tệp mẫu: " + reason.vi, en: "cannot read the template: " + reason.en)
    }

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

    public static func templatePartMissing(_ part: String) -> Message {
        Message(code: "template-part-missing",
                vi: "bộ mẫu không có tệp `\(part)` mà dòng này nhắc đến; thêm tệp đó, hoặc xóa dòng này",
                en: "the template set has no part `\(part)`, named here; add the file, or remove this line")
    }

    public static func templateRelationshipMissing(_ id: String, relationships: String) -> Message {
        Message(code: "template-relationship-missing",
                vi: "mẫu dùng quan hệ `\(id)` nhưng `\(relationships)` không khai báo; thêm quan hệ đó, hoặc xóa tham chiếu này",
                en: "the template refers to the relationship `\(id)`, which `\(relationships)` does not define; add it, or remove this reference")
    }

    public static let templatePartUnknown = Message(
        code: "template-part-unknown",
        vi: "tệp này không có kiểu nội dung trong [Content_Types].xml nên không thể đóng gói vào DOCX; xóa tệp khỏi bộ mẫu (ví dụ tệp sao lưu của trình soạn thảo), hoặc khai báo nó",
        en: "this file has no content type in [Content_Types].xml, so it cannot be packed into the DOCX; remove it from the template set (an editor's backup, say), or declare it")

    /// `text` is one of the texts with a drawn line (`Phrase.agencyNameText` …); `found` and `expected`
    /// are sizes as a clerk reads them (`13 pt`), `key` the `{{layout.…}}` name that gives congtac's size.
    public static func layoutSize(_ text: Phrase, found: String, expected: String, key: String) -> Message {
        Message(code: "layout-mismatch",
                vi: "cỡ chữ của \(text.vi) là \(found), khác cỡ \(expected) mà congtac dùng để đo đường kẻ dưới nó; viết `{{layout.\(key)}}` thay cho số này",
                en: "\(text.en) is set at \(found), not the \(expected) congtac measures its drawn line at; write `{{layout.\(key)}}` instead of the number")
    }

    /// The header column a drawn line is centred in, `found` and `expected` wide (`72 mm`).
    public static func layoutWidth(_ text: Phrase, found: String, expected: String, key: String) -> Message {
        Message(code: "layout-mismatch",
                vi: "cột chứa \(text.vi) rộng \(found), khác \(expected) mà congtac dùng để căn đường kẻ dưới nó; viết `{{layout.\(key)}}` thay cho số này",
                en: "the column of \(text.en) is \(found) wide, not the \(expected) congtac centres its drawn line in; write `{{layout.\(key)}}` instead of the number")
    }
}

/// The texts of the document that have a drawn line under them, for `layout-mismatch`.
extension Phrase {
    public static let agencyNameText = Phrase(vi: "tên cơ quan ban hành", en: "the agency's name")
    public static let mottoText = Phrase(vi: "tiêu ngữ", en: "the motto")
    public static let titleText = Phrase(vi: "tên văn bản và trích yếu", en: "the title")
}
