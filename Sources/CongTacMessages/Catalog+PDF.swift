/// The electronic document (PDF): characters its fonts cannot show, and the signature and seal images.
extension Message {
    /// A character none of the embedded fonts has: the PDF would show an empty box. `text` is the
    /// text it stands in when the message has no place in the schedule file to point at.
    public static func unsupportedCharacter(_ character: String, in text: String? = nil) -> Message {
        let names = character.unicodeScalars.map { "U+" + format04($0.value) }.joined(separator: " ")
        let context = text.map { (vi: " trong «\($0)»", en: " in “\($0)”") } ?? (vi: "", en: "")
        return Message(code: "unsupported-character",
                       vi: "ký tự «\(character)» (\(names))\(context.vi) không có trong phông chữ của bản PDF; hãy thay bằng ký tự khác hoặc xóa nó",
                       en: "the character “\(character)” (\(names))\(context.en) is not in the PDF's fonts; replace it or delete it")
    }
}
