/// The command line's own lines: the counts after `check`, and refused arguments.
extension Phrase {
    /// `file: hợp lệ`, or `file: 2 lỗi, 1 cảnh báo`: the last line `check` prints for a file.
    public static func checkSummary(file: String, errors: Int, warnings: Int) -> Phrase {
        if errors == 0 && warnings == 0 {
            return Phrase(vi: "\(file): hợp lệ", en: "\(file): valid")
        }
        return Phrase(vi: "\(file): \(errors) lỗi, \(warnings) cảnh báo",
                      en: "\(file): \(errors) error(s), \(warnings) warning(s)")
    }

    public static func unsupportedFormat(_ name: String) -> Phrase {
        Phrase(vi: "định dạng không hỗ trợ `\(name)`; dùng docx, html, ics hoặc ghép chúng: docx,html",
               en: "unsupported format `\(name)`; use docx, html, ics or several: docx,html")
    }

    public static let missingFormat = Phrase(
        vi: "thiếu định dạng; dùng docx, html, ics hoặc ghép chúng: docx,html",
        en: "no format given; use docx, html, ics or several: docx,html")

    /// A `YYYY-MM` argument of another shape.
    public static func monthNotYearMonth(_ text: String) -> Phrase {
        Phrase(vi: "tháng không hợp lệ `\(text)`: cần dạng YYYY-MM, ví dụ 2025-03",
               en: "invalid month `\(text)`: the form is YYYY-MM, e.g. 2025-03")
    }

    public static func monthOutOfRange(_ text: String) -> Phrase {
        Phrase(vi: "tháng không hợp lệ `\(text)`: tháng phải từ 1 đến 12, ví dụ 2025-03",
               en: "invalid month `\(text)`: the month must be 1 to 12, e.g. 2025-03")
    }

    public static func yearUnsupported(_ year: Int, supported: ClosedRange<Int>) -> Phrase {
        Phrase(vi: "năm \(year) nằm ngoài khoảng hỗ trợ \(supported.lowerBound)–\(supported.upperBound)",
               en: "the year \(year) is outside the supported range \(supported.lowerBound)–\(supported.upperBound)")
    }

    /// `--output "$OUT"` with `OUT` unset would otherwise write into `/` (or read the working folder).
    public static func emptyPath(_ name: String) -> Phrase {
        Phrase(vi: "đường dẫn \(name) rỗng; hãy cho một đường dẫn (biến môi trường chưa được đặt?)",
               en: "the \(name) path is empty; give a path (an unset environment variable?)")
    }
}
