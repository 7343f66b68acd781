/// The PDF: text the embedded fonts cannot show, and the signature and seal images.
extension Message {
    /// A character outside the embedded Liberation Serif subsets (Latin and Vietnamese): it would be a
    /// blank box in the PDF, so the file is not written.
    public static func characterNotInFont(_ character: Character) -> Message {
        let codes = character.unicodeScalars.map { "U+" + format04($0.value) }.joined(separator: " ")
        return Message(code: "unsupported-character",
                       vi: "ký tự “\(character)” (\(codes)) không có trong phông chữ của bản PDF (chữ Latinh và tiếng Việt); hãy thay hoặc xóa nó",
                       en: "the character “\(character)” (\(codes)) is not in the PDF's fonts (Latin and Vietnamese letters); replace or delete it")
    }

    /// The same, found when rendering, with the text it is in (the loader's check, with the file's
    /// line and column, comes first whenever PDF is asked for).
    public static func characterNotInFont(_ character: Character, in text: String) -> Message {
        let codes = character.unicodeScalars.map { "U+" + format04($0.value) }.joined(separator: " ")
        return Message(code: "unsupported-character",
                       vi: "ký tự “\(character)” (\(codes)) trong «\(text)» không có trong phông chữ của bản PDF; hãy thay hoặc xóa nó",
                       en: "the character “\(character)” (\(codes)) in “\(text)” is not in the PDF's fonts; replace or delete it")
    }

    /// The signature or seal image named in the schedule cannot be read (missing, a folder, no permission).
    public static func imageUnreadable(_ path: String, _ reason: Phrase) -> Message {
        Message(code: "image-unreadable", vi: "không đọc được tệp ảnh \(path): \(reason.vi)",
                en: "cannot read the image \(path): \(reason.en)")
    }

    public static let imageNotPNG = Message(
        code: "image-not-png", vi: "tệp ảnh không phải PNG; hãy lưu ảnh chữ ký, con dấu dạng PNG nền trong suốt",
        en: "the image is not a PNG file; save the signature or seal image as PNG with a transparent background")

    /// A PNG congtac does not read: interlaced, or too large (`pixels` is "width × height").
    public static let imageInterlaced = Message(
        code: "image-unsupported", vi: "ảnh PNG xen kẽ (interlaced) chưa được hỗ trợ; hãy lưu lại không xen kẽ",
        en: "interlaced PNG images are not supported; save it again without interlacing")

    public static func imageTooLarge(_ pixels: String, limit: Int) -> Message {
        Message(code: "image-unsupported",
                vi: "ảnh quá lớn (\(pixels) điểm ảnh, tối đa \(limit / 1_000_000) triệu); hãy thu nhỏ ảnh",
                en: "the image is too large (\(pixels) pixels, at most \(limit / 1_000_000) million); make it smaller")
    }

    /// A damaged PNG; `detail` names the part (a chunk, the compressed data) in the format's own terms.
    public static func imageDamaged(_ detail: String) -> Message {
        Message(code: "image-damaged", vi: "tệp PNG bị hỏng (\(detail)); hãy xuất lại ảnh",
                en: "the PNG file is damaged (\(detail)); export the image again")
    }
}
