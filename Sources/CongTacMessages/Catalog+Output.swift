/// Writing the results: rendered documents, exported templates, new schedule files.
extension Message {
    public static let wouldOverwrite = Message(
        code: "would-overwrite", vi: "tệp đã có; không ghi đè", en: "the file exists; not overwriting")

    /// The package could not be put together; `problem` is the system's words.
    public static func packaging(_ problem: String) -> Message {
        Message(code: "output", vi: "không ghi được tệp kết quả: " + problem, en: "cannot write the output: " + problem)
    }

    /// `reason` is the catalog's words for the POSIX error (`Phrase.fileProblem`).
    public static func notWritable(_ reason: Phrase) -> Message {
        Message(code: "output", vi: "không ghi được: " + reason.vi, en: "cannot write: " + reason.en)
    }

    public static func sameOutput(as earlier: String) -> Message {
        Message(code: "output",
                vi: "tệp kết quả trùng với tệp kết quả của \(earlier); không ghi",
                en: "the output would be the same as that of \(earlier); not writing")
    }

    public static let outputIsInput = Message(
        code: "output", vi: "tệp kết quả trùng tệp lịch; không ghi", en: "the output is the input file; not writing")

    public static let outputIsTemplate = Message(
        code: "output", vi: "tệp kết quả trùng một tệp mẫu của --templates; không ghi",
        en: "the output is a file of the --templates set; not writing")

    public static let outputIsPrevious = Message(
        code: "output", vi: "tệp kết quả trùng tệp --from; không ghi", en: "the output is the --from file; not writing")

    public static let outputIsDirectory = Message(
        code: "output", vi: "đây là một thư mục; hãy cho tên tệp", en: "it is a directory; give a file name")

    public static let outputExists = Message(
        code: "output", vi: "tệp đã có; dùng --force để ghi đè", en: "the file exists; use --force to overwrite it")

    /// A draft of `new` that does not load: a bug of congtac, said instead of writing the draft.
    public static let draftHasErrors = Message(
        code: "output",
        vi: "bản nháp tạo ra có lỗi (lỗi của congtac); không ghi", en: "the draft has errors (a congtac bug); not writing")

    /// An error no case foresaw, in the system's words (the same in both languages).
    public static func unexpected(_ description: String) -> Message {
        Message(code: "output", vi: description, en: description)
    }
}

/// The lines that say what was written, to standard output.
extension Phrase {
    public static func wrote(_ path: String) -> Phrase {
        Phrase(vi: "đã ghi \(path)", en: "wrote \(path)")
    }

    public static func wroteTemplates(to folder: String) -> Phrase {
        Phrase(vi: "đã ghi bộ mẫu vào \(folder)", en: "wrote the template set to \(folder)")
    }
}
