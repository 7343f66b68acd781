/// Messages about the file as a whole: encoding, size, characters, syntax.
extension Message {
    public static func fileUnreadable(_ reason: Phrase) -> Message {
        Message(code: "file-unreadable",
                vi: "không đọc được tệp: \(reason.vi)",
                en: "cannot read the file: \(reason.en)")
    }

    public static let emptyFile = Message(
        code: "empty-file",
        vi: "tệp rỗng: chưa có nội dung chương trình công tác",
        en: "the file is empty: it holds no work programme")

    public static func fileTooLarge(bytes: Int, limit: Int) -> Message {
        Message(code: "file-too-large",
                vi: "tệp quá lớn (\(bytes / 1_048_576) MiB); giới hạn là \(limit / 1_048_576) MiB",
                en: "the file is too large (\(bytes / 1_048_576) MiB); the limit is \(limit / 1_048_576) MiB")
    }

    public static let binaryFile = Message(
        code: "binary-file",
        vi: "tệp có byte NUL: đây không phải tệp văn bản (có phải tệp Word, PDF hay ảnh?)",
        en: "the file contains NUL bytes: it is not a text file (a Word, PDF or image file?)")

    public static func utf16(_ endianness: String) -> Message {
        Message(code: "not-utf8",
                vi: "tệp được mã hóa UTF-16 (\(endianness)); hãy lưu lại tệp với mã hóa UTF-8",
                en: "the file is encoded as UTF-16 (\(endianness)); save it again as UTF-8")
    }

    public static func notUTF8(byte: UInt8) -> Message {
        let hex = String(byte, radix: 16, uppercase: true)
        return Message(code: "not-utf8",
                       vi: "tệp không phải văn bản UTF-8 (byte 0x\(hex)); hãy lưu lại tệp với mã hóa UTF-8",
                       en: "the file is not UTF-8 text (byte 0x\(hex)); save it again as UTF-8")
    }

    public static func legacyEncoding(_ name: String, sample: String) -> Message {
        Message(code: "legacy-encoding",
                vi: "văn bản có vẻ được gõ bằng bảng mã cũ \(name) (\"\(sample)\"); hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi lưu lại",
                en: "the text looks typed in the legacy \(name) encoding (\"\(sample)\"); convert it to Unicode (e.g. with Unikey's converter) and save again")
    }

    public static func controlCharacter(_ scalar: Unicode.Scalar) -> Message {
        let name = "U+" + String(format04(scalar.value))
        return Message(code: "control-character",
                       vi: "ký tự điều khiển \(name) không được phép trong văn bản (tài liệu Word không chứa được); hãy xóa nó",
                       en: "control character \(name) is not allowed in text (a Word document cannot hold it); delete it")
    }

    public static func invisibleCharacter(_ scalar: Unicode.Scalar, kind: Phrase) -> Message {
        let name = "U+" + String(format04(scalar.value))
        return Message(code: "invisible-character",
                       vi: "ký tự ẩn \(name) (\(kind.vi)) trong văn bản; nó có thể làm đảo hoặc che chữ, hãy xóa nó",
                       en: "invisible character \(name) (\(kind.en)) in the text; it can reorder or hide letters, delete it")
    }

    public static func tooDeep(limit: Int) -> Message {
        Message(code: "too-deep",
                vi: "cấu trúc lồng nhau quá sâu (quá \(limit) cấp)",
                en: "the structure is nested too deeply (more than \(limit) levels)")
    }

    public static let aliasExpansion = Message(
        code: "alias-expansion",
        vi: "tệp dùng bí danh YAML (*alias) lồng nhau, khai triển ra quá lớn; hãy viết nội dung trực tiếp",
        en: "the file's YAML aliases (*alias) expand to far too much; write the content out instead")

    public static func syntax(_ problem: String, hint: (vi: String, en: String)?) -> Message {
        Message(code: "syntax",
                vi: "lỗi cú pháp: \(problem.isEmpty ? "" : problem)" + (hint.map { "; \($0.vi)" } ?? ""),
                en: "syntax error: \(problem)" + (hint.map { "; \($0.en)" } ?? ""))
    }
}

/// The kinds of invisible character, for `invisibleCharacter`.
extension Phrase {
    public static let lineSeparator = Phrase(vi: "ký tự ngắt dòng Unicode, đã thay bằng dấu cách",
                                             en: "Unicode line separator, read as a space")
    public static let bidirectionalControl = Phrase(vi: "điều khiển chiều viết", en: "bidirectional control")
    public static let zeroWidth = Phrase(vi: "ký tự độ rộng bằng không", en: "zero-width character")
}

/// `U+` digits: at least four, upper case.
func format04(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
