/// `congtac serve`: the web workspace's answers (the JSON API's error messages) and its command's
/// lines. The API's codes (`stale-etag`, …) are the HTTP error's, listed in docs/serve.md; only
/// `month-mismatch` is a diagnostic of the schedule.
extension Message {
    /// A schedule sent for one month's address that says another `month:`.
    public static func monthMismatch(url: String, body: String) -> Message {
        Message(code: "month-mismatch",
                vi: "tệp lịch ghi tháng \(body) nhưng đang lưu vào tháng \(url)",
                en: "the schedule says month \(body) but is being saved as month \(url)")
    }
}

extension Phrase {
    public static let serverNotLoggedIn = Phrase(
        vi: "chưa đăng nhập hoặc phiên đã hết hạn; hãy đăng nhập lại",
        en: "not logged in, or the session has expired; please log in again")
    public static let serverWrongLogin = Phrase(
        vi: "sai tên đăng nhập hoặc mật khẩu",
        en: "wrong user name or password")
    /// Too many failed logins for a user or from an address.
    public static func serverThrottled(seconds: Int) -> Phrase {
        Phrase(vi: "đăng nhập sai quá nhiều lần; thử lại sau \(seconds) giây",
               en: "too many failed logins; try again in \(seconds) seconds")
    }
    public static let serverCSRF = Phrase(
        vi: "thiếu hoặc sai mã chống giả mạo (X-CSRF-Token); hãy tải lại trang",
        en: "missing or wrong anti-forgery token (X-CSRF-Token); reload the page")
    public static let serverForbidden = Phrase(
        vi: "tài khoản này không có quyền làm việc này",
        en: "this account may not do this")
    public static func serverBadMonth(_ text: String) -> Phrase {
        Phrase(vi: "tháng không hợp lệ `\(text)`: cần dạng YYYY-MM, ví dụ 2025-03",
               en: "invalid month `\(text)`: the form is YYYY-MM, e.g. 2025-03")
    }
    public static let serverBadPath = Phrase(
        vi: "địa chỉ không hợp lệ",
        en: "invalid address")
    public static func serverNoMonth(_ month: String) -> Phrase {
        Phrase(vi: "chưa có chương trình tháng \(month)", en: "there is no schedule for month \(month)")
    }
    public static func serverMonthExists(_ month: String) -> Phrase {
        Phrase(vi: "đã có chương trình tháng \(month)", en: "month \(month) already has a schedule")
    }
    /// Two files claim one month: which ones, so the IT officer can move one.
    public static func serverConflict(_ month: String, files: [String]) -> Phrase {
        Phrase(vi: "nhiều tệp cùng ghi tháng \(month) (\(files.joined(separator: ", "))); hãy chuyển bớt tệp ra khỏi thư mục làm việc",
               en: "several files say month \(month) (\(files.joined(separator: ", "))); move all but one out of the workspace")
    }
    public static let serverStale = Phrase(
        vi: "tệp đã bị người khác sửa sau khi bạn mở; hãy tải lại để xem bản mới rồi sửa lại",
        en: "the file was changed by someone else since you opened it; reload to see the new version")
    public static let serverIfMatchMissing = Phrase(
        vi: "thiếu tiêu đề If-Match (phiên bản tệp đang sửa)",
        en: "the If-Match header (the version being edited) is missing")
    public static let serverInvalidSchedule = Phrase(
        vi: "lịch chưa hợp lệ; chưa lưu gì",
        en: "the schedule is not valid; nothing was saved")
    public static let serverFileInvalid = Phrase(
        vi: "tệp trên đĩa đang có lỗi; hãy sửa và lưu tệp trước",
        en: "the file on disk has errors; fix and save it first")
    public static let serverTooLarge = Phrase(
        vi: "nội dung gửi lên quá lớn (tối đa 1 MiB)",
        en: "the request body is too large (1 MiB at most)")
    public static let serverBadBody = Phrase(
        vi: "nội dung gửi lên không đúng dạng JSON cần có",
        en: "the request body is not the JSON expected")
    public static let serverNotFound = Phrase(vi: "không tìm thấy", en: "not found")
    public static let serverMethod = Phrase(vi: "phương thức không được hỗ trợ", en: "method not allowed")
    public static let serverInternal = Phrase(
        vi: "lỗi máy chủ; đã ghi nhật ký, hãy báo cho cán bộ công nghệ thông tin",
        en: "server error; it was logged, tell the IT officer")
    public static let serverWriteFailed = Phrase(
        vi: "không ghi được tệp lịch (đĩa đầy hoặc không có quyền ghi); chưa lưu gì",
        en: "the schedule file could not be written (disk full or no permission); nothing was saved")
    public static let serverBadDay = Phrase(
        vi: "ngày không nằm trong tháng", en: "the day is not in the month")
    public static let serverEmptyText = Phrase(
        vi: "nội dung công việc không được để trống", en: "the item's text must not be empty")
    public static let serverNoUnit = Phrase(
        vi: "tài khoản đơn vị chưa được gán đơn vị", en: "this unit account has no unit")
    public static let serverNotPending = Phrase(
        vi: "đề xuất này đã được xử lý", en: "this proposal has already been decided")
    public static let serverNoAgenda = Phrase(
        vi: "chương trình tháng này không có phần lịch công tác theo ngày",
        en: "this month's schedule has no day-by-day agenda")
    public static let serverReasonMissing = Phrase(
        vi: "cần ghi lý do từ chối", en: "a reason for the rejection is required")
    public static let serverNoVersion = Phrase(
        vi: "không có phiên bản này", en: "there is no such version")
    public static let serverBadUserName = Phrase(
        vi: "tên đăng nhập chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới (tối đa 32 ký tự)",
        en: "a user name is lower-case ASCII letters, digits, dots, dashes and underscores (32 at most)")
    public static let serverWeakPassword = Phrase(
        vi: "mật khẩu cần ít nhất 10 ký tự", en: "a password needs at least 10 characters")
    public static let serverBadRole = Phrase(
        vi: "vai trò phải là office (văn thư), unit (đơn vị) hoặc leader (lãnh đạo); tài khoản unit cần tên đơn vị",
        en: "the role is office, unit or leader; a unit account needs its unit")
    public static func serverUserExists(_ name: String) -> Phrase {
        Phrase(vi: "đã có tài khoản \(name)", en: "user \(name) already exists")
    }
    public static func serverNoUser(_ name: String) -> Phrase {
        Phrase(vi: "không có tài khoản \(name)", en: "there is no user \(name)")
    }
    public static let serverLastOffice = Phrase(
        vi: "không xoá được tài khoản văn thư cuối cùng hoặc chính mình",
        en: "the last office account, or your own, cannot be removed")
    public static let serverBadWeek = Phrase(
        vi: "tuần không hợp lệ: cần dạng YYYY-Www, ví dụ 2025-W06, thuộc tháng này",
        en: "invalid week: the form is YYYY-Www, e.g. 2025-W06, in this month")
    /// A leader account without its name, or a name the month does not have.
    public static let serverNoLeader = Phrase(
        vi: "không tìm thấy lãnh đạo này trong chương trình tháng (tài khoản lãnh đạo cần tên như trong lịch, ví dụ Đ/c Hoàn)",
        en: "no such leader in this month's schedule (a leader account needs the name as the schedule writes it, e.g. Đ/c Hoàn)")
    public static let serverRenderFailed = Phrase(
        vi: "không xuất được văn bản từ lịch này", en: "the document could not be rendered from this schedule")

    // The command's lines (stderr).
    /// The office account made on a first start: its password, printed once.
    public static func serverFirstAccount(name: String, password: String) -> Phrase {
        Phrase(vi: "Đã tạo tài khoản văn thư \(name), mật khẩu: \(password)\nHãy ghi lại ngay: mật khẩu này chỉ hiện một lần (đổi bằng `congtac-server users passwd \(name)`).",
               en: "Created the office account \(name), password: \(password)\nWrite it down now: it is shown only once (change it with `congtac-server users passwd \(name)`).")
    }
    public static func serverListening(_ address: String, workspace: String) -> Phrase {
        Phrase(vi: "congtac serve: thư mục \(workspace), địa chỉ http://\(address)/",
               en: "congtac serve: workspace \(workspace), at http://\(address)/")
    }
    public static func serverDiskVersion(_ month: String) -> Phrase {
        Phrase(vi: "tháng \(month): tệp đã được sửa ngoài trình duyệt, đã ghi vào lịch sử",
               en: "month \(month): the file was changed outside the browser; recorded in its history")
    }
    public static let serverPasswordPrompt = Phrase(vi: "Mật khẩu: ", en: "Password: ")
    public static let serverPasswordAgain = Phrase(vi: "Nhập lại mật khẩu: ", en: "Password again: ")
    public static let serverPasswordsDiffer = Phrase(vi: "hai lần nhập mật khẩu khác nhau", en: "the two passwords differ")
    public static func serverUserAdded(_ name: String) -> Phrase {
        Phrase(vi: "đã thêm tài khoản \(name)", en: "added user \(name)")
    }
    public static func serverUserRemoved(_ name: String) -> Phrase {
        Phrase(vi: "đã xoá tài khoản \(name)", en: "removed user \(name)")
    }
    public static func serverPasswordChanged(_ name: String) -> Phrase {
        Phrase(vi: "đã đổi mật khẩu của \(name); các phiên đăng nhập cũ đã kết thúc",
               en: "changed the password of \(name); its sessions were ended")
    }
    public static func serverBadListen(_ text: String) -> Phrase {
        Phrase(vi: "địa chỉ --listen không hợp lệ `\(text)`: cần dạng HOST:PORT, ví dụ 127.0.0.1:8080",
               en: "invalid --listen `\(text)`: the form is HOST:PORT, e.g. 127.0.0.1:8080")
    }
    public static func serverNoWorkspace(_ path: String) -> Phrase {
        Phrase(vi: "không mở được thư mục làm việc \(path)", en: "cannot open the workspace folder \(path)")
    }
    public static func serverDatabaseFailed(_ reason: String) -> Phrase {
        Phrase(vi: "không mở được cơ sở dữ liệu của thư mục làm việc: \(reason)",
               en: "cannot open the workspace's database: \(reason)")
    }
    /// `congtac serve` when `congtac-server` is not beside `congtac`.
    public static func serverBinaryMissing(_ path: String) -> Phrase {
        Phrase(vi: "không tìm thấy \(path). Hãy dựng máy chủ: `swift build -c release --product congtac-server` (cùng thư mục với congtac), hoặc chạy `swift run congtac-server serve --workspace THƯ_MỤC`",
               en: "\(path) was not found. Build the server: `swift build -c release --product congtac-server` (beside congtac), or run `swift run congtac-server serve --workspace FOLDER`")
    }
    public static let serverTLSUnsupported = Phrase(
        vi: "máy chủ này không tự phục vụ HTTPS; hãy đặt sau nginx (xem docs/serve.md) và dùng --behind-https-proxy",
        en: "this server does not serve HTTPS itself; put it behind nginx (see docs/serve.md) and use --behind-https-proxy")
}
