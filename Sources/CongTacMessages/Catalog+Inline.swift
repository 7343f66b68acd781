/// The fragment for a portal's editor (`render --fragment --inline`).
extension Message {
    /// The fragment's CSS has a selector the inliner does not support (an agency's own style sheet).
    public static func inlineSelector(_ selector: String) -> Message {
        Message(code: "template-inline",
                vi: "không chuyển được quy tắc CSS `\(selector)` thành thuộc tính style (--inline hỗ trợ kiểu, .lớp, #id, "
                    + ":first-child, :last-child, :first-of-type, :last-of-type, :empty, :not(), ::before, ::after và các "
                    + "phép nối khoảng trắng, >, +, ~)",
                en: "cannot turn the CSS rule `\(selector)` into style attributes (--inline supports type, .class, #id, "
                    + ":first-child, :last-child, :first-of-type, :last-of-type, :empty, :not(), ::before, ::after and the "
                    + "combinators space, >, +, ~)")
    }

    /// The rendered fragment's markup could not be read back; `problem` is where it stopped.
    public static func inlineMarkup(_ problem: String) -> Message {
        Message(code: "template-inline", vi: "không đọc lại được đoạn HTML để chuyển CSS vào style: " + problem,
                en: "cannot read the fragment back to move its CSS into style attributes: " + problem)
    }
}

extension Phrase {
    public static let inlineNeedsFragment = Phrase(
        vi: "--inline chỉ dùng cùng --fragment và định dạng html", en: "--inline needs --fragment and the html format")
}
