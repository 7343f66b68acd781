/// `congtac publish`: the archive site (issue #13, item 4). Its errors are the week's and the
/// output's (`week-same-month`, `week-no-month`, `output`) and `site-busy`; these are its options and
/// its summary.
extension Phrase {
    /// `--base-url` that is not an http(s) address written plainly.
    public static func invalidBaseURL(_ text: String) -> Phrase {
        Phrase(vi: "--base-url `\(text)` không hợp lệ: cần địa chỉ http:// hoặc https://, không có dấu cách, dấu nháy hay dấu <>",
               en: "invalid --base-url `\(text)`: an http:// or https:// address, without spaces, quotes or <>")
    }

    /// `--today` that is not a date `YYYY-MM-DD`.
    public static func invalidDate(_ text: String) -> Phrase {
        Phrase(vi: "ngày không hợp lệ `\(text)`: cần dạng YYYY-MM-DD, ví dụ 2025-02-17",
               en: "invalid date `\(text)`: the form is YYYY-MM-DD, e.g. 2025-02-17")
    }

    /// What `.congtac-site/lock` says to whoever opens it.
    public static let siteLockNote = Phrase(
        vi: "congtac publish giữ tệp này trong khi ghi trang lưu trữ, để hai lệnh không ghi cùng lúc; xóa cũng không sao khi không có lệnh nào chạy.",
        en: "congtac publish holds this file while it writes the site, so that two runs never write at once; it may be deleted when none runs.")

    /// The last line of `publish`: how many files changed, how many were already as they are.
    public static func sitePublished(_ site: String, written: Int, unchanged: Int) -> Phrase {
        Phrase(vi: "trang lưu trữ \(site): \(written) tệp đã ghi, \(unchanged) tệp không đổi",
               en: "site \(site): \(written) files written, \(unchanged) unchanged")
    }
}

extension Message {
    /// Another `congtac publish` holds the site's lock (a scheduled run and a hand run at once).
    public static let siteBusy = Message(
        code: "site-busy",
        vi: "một lệnh congtac publish khác đang ghi trang lưu trữ này; không ghi gì, hãy chạy lại khi lệnh kia xong",
        en: "another congtac publish is writing this site; nothing written, run again when it has finished")
}
