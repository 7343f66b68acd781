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

    /// `problem`: one of the `Phrase.template…` below.
    public static func templateSyntax(_ problem: Phrase) -> Message {
        Message(code: "template-syntax", vi: "lỗi cú pháp Mustache: " + problem.vi, en: "Mustache syntax error: " + problem.en)
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

    public static func templatePartialMissing(_ name: String) -> Message {
        Message(code: "template-partial-missing",
                vi: "bộ mẫu không có mẫu con `\(name)`", en: "the template set has no partial `\(name)`")
    }

    /// `chain`: the partials from the first to the one included again.
    public static func templateRecursion(_ chain: [String]) -> Message {
        let chain = chain.joined(separator: " → ")
        return Message(code: "template-recursion",
                       vi: "mẫu con tự gọi lại chính nó: \(chain)", en: "a partial includes itself: \(chain)")
    }

    public static func templateTooDeep(limit: Int) -> Message {
        Message(code: "template-too-deep",
                vi: "mẫu lồng nhau quá \(limit) tầng (khối và mẫu con)",
                en: "sections and partials nested deeper than \(limit) levels")
    }

    public static func templateTooLarge(limit: Int) -> Message {
        Message(code: "template-too-large",
                vi: "tệp mẫu lớn quá \(limit / 1024) KiB", en: "the template file is larger than \(limit / 1024) KiB")
    }

    /// `place`: `raw`, `unquoted-attribute`, `attribute:NAME`, `element:NAME`, `comment`, `tag` or `section`.
    public static func templateHTML(_ tag: String, place: String) -> Message {
        let name = place.split(separator: ":", maxSplits: 1).last.map(String.init) ?? ""
        let (vi, en): (String, String)
        switch place {
        case "raw": (vi, en) = ("ghi nội dung lịch không thoát ký tự HTML", "writes schedule text unescaped")
        case "unquoted-attribute": (vi, en) = ("nằm trong giá trị thuộc tính không có dấu ngoặc kép", "stands in an unquoted attribute value")
        case "comment": (vi, en) = ("nằm trong chú thích HTML", "stands inside an HTML comment")
        case "tag": (vi, en) = ("nằm ở chỗ tên thẻ hoặc tên thuộc tính", "stands where a tag or attribute name goes")
        case "section": (vi, en) = ("kết thúc ở ngữ cảnh HTML khác với chỗ bắt đầu", "ends in another HTML context than it starts in")
        default:
            (vi, en) = place.hasPrefix("element:")
                ? ("nằm trong phần tử <\(name)>", "stands inside a <\(name)> element")
                : ("nằm trong thuộc tính \(name) (địa chỉ, kiểu dáng hoặc mã lệnh)", "stands in the attribute \(name) (a URL, style or script)")
        }
        return Message(code: "template-html", vi: "mẫu HTML không an toàn: \(tag) \(vi)", en: "unsafe HTML template: \(tag) \(en)")
    }

    public static func templateOutputTooLarge(limit: Int) -> Message {
        Message(code: "template-output-too-large",
                vi: "mẫu sinh ra phần văn bản lớn quá \(limit >> 20) MiB (hoặc lặp quá nhiều lần)",
                en: "the template renders a part larger than \(limit >> 20) MiB (or repeats too often)")
    }

    public static let templateOutside = Message(
        code: "template-outside",
        vi: "tệp mẫu là liên kết tới chỗ nằm ngoài thư mục mẫu", en: "the template is a link to a place outside the template folder")

    public static let templateFolderUnreadable = Message(
        code: "template-unreadable",
        vi: "không đọc được thư mục mẫu này (không có quyền đọc?)", en: "cannot list this template folder (no permission to read it?)")
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

/// What `template-syntax` says is wrong; `tag` is the tag as written (its first characters).
extension Phrase {
    public static func templateUnsupportedTag(_ tag: String) -> Phrase {
        Phrase(vi: "congtac không hỗ trợ thẻ `\(tag)` (đổi dấu phân cách, khối, mẫu cha)",
               en: "congtac does not support the tag `\(tag)` (delimiter changes, blocks, parents)")
    }

    public static func templateUnclosedTag(_ tag: String) -> Phrase {
        Phrase(vi: "thẻ `\(tag)` không có dấu đóng `}}`", en: "the tag `\(tag)` has no closing `}}`")
    }

    public static func templateEmptyTag(_ tag: String) -> Phrase {
        Phrase(vi: "thẻ `\(tag)` không có tên", en: "the tag `\(tag)` names nothing")
    }

    public static func templateClosesNothing(_ tag: String, open: String?) -> Phrase {
        guard let open else {
            return Phrase(vi: "`\(tag)` không đóng khối nào đang mở", en: "`\(tag)` closes no open section")
        }
        return Phrase(vi: "`\(tag)` không khớp khối đang mở `\(open)`", en: "`\(tag)` does not match the open section `\(open)`")
    }

    public static func templateNeverClosed(_ tag: String) -> Phrase {
        Phrase(vi: "khối `\(tag)` không được đóng", en: "the section `\(tag)` is never closed")
    }
}

/// The texts of the document that have a drawn line under them, for `layout-mismatch`.
extension Phrase {
    public static let agencyNameText = Phrase(vi: "tên cơ quan ban hành", en: "the agency's name")
    public static let mottoText = Phrase(vi: "tiêu ngữ", en: "the motto")
    public static let titleText = Phrase(vi: "tên văn bản và trích yếu", en: "the title")
}
