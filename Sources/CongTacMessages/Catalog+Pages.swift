/// `congtac serve`'s pages (issue #15): the texts of the server-rendered shells, and those the pages'
/// scripts show, handed to them as a JSON block keyed as in `Sources/CongTacServer/Web/*.js`
/// (`{0}`, `{1}` … are filled in by the script). Vietnamese first, like every text of the catalog.
public enum PageText {
    public static let appName = Phrase(vi: "Chương trình công tác", en: "Work programme")
    public static let skip = Phrase(vi: "Bỏ qua, đến nội dung chính", en: "Skip to the main content")
    public static let navMonths = Phrase(vi: "Các tháng", en: "Months")
    public static let navUsers = Phrase(vi: "Người dùng", en: "Users")
    public static let navMain = Phrase(vi: "Điều hướng chính", en: "Main navigation")
    public static let logout = Phrase(vi: "Đăng xuất", en: "Log out")
    public static let loading = Phrase(vi: "Đang tải…", en: "Loading…")
    public static let noScript = Phrase(vi: "Trang này cần JavaScript để làm việc với máy chủ.",
                                        en: "This page needs JavaScript to work with the server.")

    public static let loginTitle = Phrase(vi: "Đăng nhập", en: "Log in")
    public static let username = Phrase(vi: "Tên đăng nhập", en: "User name")
    public static let password = Phrase(vi: "Mật khẩu", en: "Password")
    public static let loginButton = Phrase(vi: "Đăng nhập", en: "Log in")

    public static let monthsTitle = Phrase(vi: "Các tháng", en: "Months")
    public static let monthsCaption = Phrase(vi: "Chương trình công tác theo tháng", en: "Work programmes by month")
    public static let monthsEmpty = Phrase(vi: "Chưa có tháng nào trong thư mục làm việc.", en: "The workspace holds no month yet.")
    public static let colMonth = Phrase(vi: "Tháng", en: "Month")
    public static let colFile = Phrase(vi: "Tệp", en: "File")
    public static let colState = Phrase(vi: "Trạng thái", en: "State")
    public static let colErrors = Phrase(vi: "Lỗi", en: "Errors")
    public static let colWarnings = Phrase(vi: "Cảnh báo", en: "Warnings")
    public static let colUpdated = Phrase(vi: "Cập nhật", en: "Updated")
    public static let newMonth = Phrase(vi: "Tạo tháng mới", en: "New month")
    public static let newMonthField = Phrase(vi: "Tháng (YYYY-MM)", en: "Month (YYYY-MM)")
    public static let newMonthFrom = Phrase(vi: "Chép thông tin chung từ tháng", en: "Copy the general details from")
    public static let newMonthHint = Phrase(vi: "Như lệnh congtac new --from: cơ quan, nơi nhận, chữ ký… lấy từ tháng trước; lịch để trống.",
                                            en: "As congtac new --from: agency, recipients, signature… from the previous month; an empty agenda.")
    public static let newMonthButton = Phrase(vi: "Tạo tháng", en: "Create")

    public static func monthTitle(_ month: String, _ year: String) -> Phrase {
        Phrase(vi: "Chương trình công tác tháng \(month)/\(year)", en: "Work programme of \(month)/\(year)")
    }
    public static func reviewTitle(_ month: String, _ year: String) -> Phrase {
        Phrase(vi: "Đề xuất của các đơn vị — tháng \(month)/\(year)", en: "Units' proposals — \(month)/\(year)")
    }
    public static func historyTitle(_ month: String, _ year: String) -> Phrase {
        Phrase(vi: "Lịch sử sửa đổi — tháng \(month)/\(year)", en: "History — \(month)/\(year)")
    }
    public static let monthLinks = Phrase(vi: "Các trang của tháng", en: "This month's pages")
    public static let backToMonth = Phrase(vi: "Về tháng này", en: "Back to the month")
    public static let reviewEmpty = Phrase(vi: "Không còn đề xuất nào chờ duyệt.", en: "No proposal is waiting.")
    public static let colDay = Phrase(vi: "Ngày", en: "Day")
    public static let colTime = Phrase(vi: "Thời gian", en: "Time")
    public static let colText = Phrase(vi: "Nội dung", en: "Text")
    public static let colUnit = Phrase(vi: "Đơn vị", en: "Unit")
    public static let colLeader = Phrase(vi: "Lãnh đạo chủ trì", en: "Leader")
    public static let colProposer = Phrase(vi: "Người đề xuất", en: "Proposed by")
    public static let colDecision = Phrase(vi: "Quyết định", en: "Decision")
    public static let colVersion = Phrase(vi: "Phiên bản", en: "Version")
    public static let colAt = Phrase(vi: "Thời điểm", en: "At")
    public static let colAuthor = Phrase(vi: "Người sửa", en: "Author")
    public static let colKind = Phrase(vi: "Loại", en: "Kind")
    public static let colActions = Phrase(vi: "Thao tác", en: "Actions")
    public static let historyEmpty = Phrase(vi: "Chưa có phiên bản nào.", en: "No version yet.")
    public static let usersTitle = Phrase(vi: "Người dùng", en: "Users")
    public static let colName = Phrase(vi: "Tên đăng nhập", en: "User name")
    public static let colRole = Phrase(vi: "Vai trò", en: "Role")
    public static let addUser = Phrase(vi: "Thêm người dùng", en: "Add a user")
    public static let addUserButton = Phrase(vi: "Thêm", en: "Add")
    public static let passwordHint = Phrase(vi: "Ít nhất 8 ký tự.", en: "At least 8 characters.")
    public static let roleOffice = Phrase(vi: "Văn phòng", en: "Office")
    public static let roleUnit = Phrase(vi: "Đơn vị", en: "Unit")
    public static let roleLeader = Phrase(vi: "Lãnh đạo", en: "Leader")
    public static let notFoundTitle = Phrase(vi: "Không tìm thấy trang", en: "Page not found")
    public static let notFoundText = Phrase(vi: "Địa chỉ này không có trang nào.", en: "There is no page at this address.")
    public static let forbiddenTitle = Phrase(vi: "Không có quyền", en: "Not allowed")
    public static let forbiddenText = Phrase(vi: "Tài khoản của bạn không có quyền xem trang này.", en: "Your account may not see this page.")

    /// The texts of the scripts, by the key they use.
    public static let script: [String: Phrase] = [
        "error.http": Phrase(vi: "Máy chủ trả lời lỗi {0}.", en: "The server answered {0}."),
        "error.network": Phrase(vi: "Không kết nối được với máy chủ. Các thay đổi vẫn còn trên trang; hãy thử lại.",
                                en: "Could not reach the server. Your changes are still on the page; try again."),
        "month.label": Phrase(vi: "Tháng {0}/{1}", en: "{0}/{1}"),
        "role.office": roleOffice, "role.unit": roleUnit, "role.leader": roleLeader,
        "nav.who": Phrase(vi: "{0} ({1})", en: "{0} ({1})"),
        "nav.who.unit": Phrase(vi: "{0} ({1}: {2})", en: "{0} ({1}: {2})"),
        "nav.proposals": Phrase(vi: "Đề xuất của các đơn vị", en: "Units' proposals"),
        "nav.history": Phrase(vi: "Lịch sử sửa đổi", en: "History"),
        "state.ok": Phrase(vi: "Hợp lệ", en: "Valid"),
        "state.invalid": Phrase(vi: "Có lỗi", en: "Has errors"),
        "state.conflict": Phrase(vi: "Trùng tệp", en: "Two files"),
        "login.missing": Phrase(vi: "Hãy nhập tên đăng nhập và mật khẩu.", en: "Enter your user name and password."),
        "login.pending": Phrase(vi: "Đang đăng nhập…", en: "Logging in…"),
        "login.wrong": Phrase(vi: "Tên đăng nhập hoặc mật khẩu không đúng.", en: "Wrong user name or password."),
        "login.throttled": Phrase(vi: "Đăng nhập sai quá nhiều lần; hãy thử lại sau ít phút.", en: "Too many failed logins; try again in a few minutes."),
        "login.throttled.after": Phrase(vi: "Đăng nhập sai quá nhiều lần; hãy thử lại sau {0} giây.", en: "Too many failed logins; try again in {0} seconds."),
        "months.new.blank": Phrase(vi: "(không chép — tháng trống)", en: "(none — an empty month)"),
        "months.new.invalid": Phrase(vi: "Tháng phải có dạng YYYY-MM, ví dụ 2025-03.", en: "The month is YYYY-MM, e.g. 2025-03."),
        "download.heading": Phrase(vi: "Tải về", en: "Downloads"),
        "download.docx": Phrase(vi: "Bản Word (DOCX)", en: "Word (DOCX)"),
        "download.html": Phrase(vi: "Trang web (HTML)", en: "Web page (HTML)"),
        "download.pdf": Phrase(vi: "Bản PDF", en: "PDF"),
        "download.week": Phrase(vi: "Tải lịch tuần", en: "Download the week"),
        "download.week.label": Phrase(vi: "Lịch công tác tuần", en: "Weekly schedule"),
        "download.week.format": Phrase(vi: "Định dạng", en: "Format"),
        "week.option": Phrase(vi: "Tuần {0} ({1}–{2})", en: "Week {0} ({1}–{2})"),
        "diag.heading": Phrase(vi: "Kiểm tra", en: "Check"),
        "diag.none": Phrase(vi: "Không có lỗi hay cảnh báo.", en: "No error or warning."),
        "diag.summary": Phrase(vi: "{0} lỗi, {1} cảnh báo.", en: "{0} errors, {1} warnings."),
        "diag.first.field": Phrase(vi: "{0} ở các ô được đánh dấu — đến ô đầu tiên", en: "{0} at marked fields — go to the first"),
        "diag.where": Phrase(vi: "Dòng {0}, cột {1}", en: "Line {0}, column {1}"),
        "diag.error": Phrase(vi: "Lỗi", en: "Error"),
        "diag.warning": Phrase(vi: "Cảnh báo", en: "Warning"),
        "editor.form": Phrase(vi: "Nội dung chương trình", en: "The programme"),
        "editor.header": Phrase(vi: "Thông tin chung", en: "General details"),
        "editor.closing": Phrase(vi: "Nơi nhận và chữ ký", en: "Recipients and signature"),
        "editor.section": Phrase(vi: "Phần {0}. {1}", en: "Part {0}. {1}"),
        "editor.tasks": Phrase(vi: "Các đoạn (nhiệm vụ)", en: "Paragraphs (tasks)"),
        "editor.agenda": Phrase(vi: "Lịch theo ngày", en: "Agenda by day"),
        "editor.day": Phrase(vi: "Ngày {0}", en: "Day {0}"),
        "editor.up": Phrase(vi: "Chuyển {0} {1} lên", en: "Move {0} {1} up"),
        "editor.down": Phrase(vi: "Chuyển {0} {1} xuống", en: "Move {0} {1} down"),
        "editor.remove": Phrase(vi: "Xóa {0} {1}", en: "Remove {0} {1}"),
        "editor.add.task": Phrase(vi: "Thêm đoạn", en: "Add a paragraph"),
        "editor.add.item": Phrase(vi: "Thêm việc", en: "Add an item"),
        "editor.add.item.day": Phrase(vi: "Thêm việc vào ngày {0}", en: "Add an item to day {0}"),
        "editor.add.day": Phrase(vi: "Thêm ngày", en: "Add a day"),
        "editor.added": Phrase(vi: "Đã thêm.", en: "Added."),
        "editor.removed": Phrase(vi: "Đã xóa.", en: "Removed."),
        "editor.moved.up": Phrase(vi: "Đã chuyển lên.", en: "Moved up."),
        "editor.moved.down": Phrase(vi: "Đã chuyển xuống.", en: "Moved down."),
        "editor.saved": Phrase(vi: "Không có thay đổi chưa lưu.", en: "No unsaved change."),
        "editor.unsaved": Phrase(vi: "Có thay đổi chưa lưu.", en: "Unsaved changes."),
        "editor.reload.confirm": Phrase(vi: "Bỏ các thay đổi chưa lưu và tải bản trên máy chủ?", en: "Discard your unsaved changes and load the server's version?"),
        "editor.reloaded": Phrase(vi: "Đã tải bản mới nhất trên máy chủ.", en: "Loaded the server's latest version."),
        "editor.invalid.heading": Phrase(vi: "Tệp của tháng này đang có lỗi", en: "This month's file has errors"),
        "editor.invalid.text": Phrase(vi: "Tệp trên máy chủ không đọc được thành lịch; hãy sửa tệp hoặc khôi phục một phiên bản trước.",
                                      en: "The file on the server does not load; fix it or restore an earlier version."),
        "noun.task": Phrase(vi: "đoạn", en: "paragraph"),
        "noun.item": Phrase(vi: "việc", en: "item"),
        "noun.day": Phrase(vi: "ngày", en: "day"),
        "field.agency.parent": Phrase(vi: "Cơ quan chủ quản", en: "Parent authority"),
        "field.agency.name": Phrase(vi: "Cơ quan ban hành", en: "Issuing agency"),
        "field.agency.code": Phrase(vi: "Viết tắt (trong số hiệu)", en: "Code (in the number)"),
        "field.number": Phrase(vi: "Số văn bản", en: "Number"),
        "field.place": Phrase(vi: "Địa danh", en: "Place"),
        "field.date": Phrase(vi: "Ngày ban hành", en: "Date"),
        "field.date.hint": Phrase(vi: "YYYY-MM-DD, hoặc YYYY-MM khi chưa có ngày ký", en: "YYYY-MM-DD, or YYYY-MM before it is signed"),
        "field.month": Phrase(vi: "Tháng của lịch", en: "Month of the agenda"),
        "field.banner": Phrase(vi: "Dòng trên tên văn bản", en: "Banner"),
        "field.title": Phrase(vi: "Tên văn bản", en: "Title"),
        "field.summary": Phrase(vi: "Trích yếu", en: "Subject"),
        "field.recipients": Phrase(vi: "Nơi nhận", en: "Recipients"),
        "field.electronic": Phrase(vi: "Bản điện tử", en: "Electronic copies"),
        "field.lines.hint": Phrase(vi: "Mỗi dòng một nơi.", en: "One per line."),
        "field.signature.authority": Phrase(vi: "Quyền hạn ký (KT., TL. …)", en: "Signing authority"),
        "field.signature.position": Phrase(vi: "Chức vụ người ký", en: "Signer's position"),
        "field.signature.name": Phrase(vi: "Họ tên người ký", en: "Signer's name"),
        "field.heading": Phrase(vi: "Tiêu đề phần", en: "Heading"),
        "field.task": Phrase(vi: "Đoạn {0}", en: "Paragraph {0}"),
        "field.day": Phrase(vi: "Ngày", en: "Day"),
        "field.day.hint": Phrase(vi: "Số ngày, hoặc khoảng như 16-20", en: "A day number, or a span like 16-20"),
        "field.note": Phrase(vi: "Ghi chú (in nghiêng)", en: "Note (italic)"),
        "field.daytext": Phrase(vi: "Nội dung cả ngày", en: "Whole-day text"),
        "field.time": Phrase(vi: "Thời gian", en: "Time"),
        "field.text": Phrase(vi: "Nội dung công việc", en: "Text"),
        "field.unit": Phrase(vi: "Đơn vị chuẩn bị", en: "Preparing unit"),
        "field.leader": Phrase(vi: "Lãnh đạo chủ trì", en: "Leader"),
        "field.proposal.note": Phrase(vi: "Ghi chú cho Văn phòng", en: "Note for the office"),
        "preview.heading": Phrase(vi: "Xem trước", en: "Preview"),
        "preview.title": Phrase(vi: "Bản xem trước của chương trình công tác", en: "Preview of the work programme"),
        "preview.stale": Phrase(vi: "Bản xem trước chưa cập nhật vì còn lỗi.", en: "The preview is not updated while there are errors."),
        "preview.updated": Phrase(vi: "Cập nhật lúc {0}.", en: "Updated at {0}."),
        "save.button": Phrase(vi: "Lưu", en: "Save"),
        "save.pending": Phrase(vi: "Đang lưu…", en: "Saving…"),
        "save.done": Phrase(vi: "Đã lưu (phiên bản {0}).", en: "Saved (version {0})."),
        "save.invalid": Phrase(vi: "Chưa lưu: còn lỗi (xem mục Kiểm tra).", en: "Not saved: there are errors (see Check)."),
        "save.stale": Phrase(vi: "Chưa lưu: tháng này vừa được người khác thay đổi. Các thay đổi của bạn vẫn còn trong biểu mẫu.",
                             en: "Not saved: someone else changed this month. Your changes are still in the form."),
        "save.stale.reload": Phrase(vi: "Tải bản mới (bỏ thay đổi của tôi)", en: "Load theirs (discard mine)"),
        "save.stale.overwrite": Phrase(vi: "Lưu đè bằng bản của tôi", en: "Save mine over theirs"),
        "save.stale.view": Phrase(vi: "Xem bản mới (tab mới)", en: "View theirs (new tab)"),
        "read.heading": Phrase(vi: "Bản đã lưu", en: "The saved programme"),
        "proposal.heading": Phrase(vi: "Đề xuất thêm việc", en: "Propose an item"),
        "proposal.day.hint": Phrase(vi: "Ngày trong tháng, ví dụ 17.", en: "The day of the month, e.g. 17."),
        "proposal.unit": Phrase(vi: "Đơn vị chuẩn bị: {0}.", en: "Preparing unit: {0}."),
        "proposal.submit": Phrase(vi: "Gửi đề xuất", en: "Send the proposal"),
        "proposal.sent": Phrase(vi: "Đã gửi đề xuất; Văn phòng sẽ xem xét.", en: "Proposal sent; the office will review it."),
        "proposal.invalid": Phrase(vi: "Đề xuất chưa đủ thông tin.", en: "The proposal is incomplete."),
        "proposal.invalid.day": Phrase(vi: "Cần số ngày trong tháng, ví dụ 17.", en: "A day of the month is needed, e.g. 17."),
        "proposal.invalid.text": Phrase(vi: "Cần nội dung công việc.", en: "The text is needed."),
        "proposal.mine": Phrase(vi: "Các đề xuất của đơn vị", en: "Your unit's proposals"),
        "proposal.none": Phrase(vi: "Chưa có đề xuất nào.", en: "No proposal yet."),
        "proposal.col.day": colDay, "proposal.col.time": colTime, "proposal.col.text": colText,
        "proposal.col.state": colState,
        "proposal.col.reason": Phrase(vi: "Lý do", en: "Reason"),
        "proposal.col.created": Phrase(vi: "Gửi lúc", en: "Sent"),
        "proposal.state.pending": Phrase(vi: "Chờ duyệt", en: "Pending"),
        "proposal.state.accepted": Phrase(vi: "Đã nhận", en: "Accepted"),
        "proposal.state.rejected": Phrase(vi: "Không nhận", en: "Rejected"),
        "review.accept": Phrase(vi: "Nhận", en: "Accept"),
        "review.accept.label": Phrase(vi: "Nhận đề xuất ngày {0}: {1}", en: "Accept the proposal for day {0}: {1}"),
        "review.reject": Phrase(vi: "Không nhận", en: "Reject"),
        "review.reject.label": Phrase(vi: "Không nhận đề xuất ngày {0}: {1}", en: "Reject the proposal for day {0}: {1}"),
        "review.reason": Phrase(vi: "Lý do", en: "Reason"),
        "review.reason.missing": Phrase(vi: "Hãy ghi lý do không nhận.", en: "Give the reason for rejecting."),
        "review.accepted": Phrase(vi: "Đã nhận «{0}» vào lịch (phiên bản {1}).", en: "Accepted “{0}” into the agenda (version {1})."),
        "review.rejected": Phrase(vi: "Đã không nhận «{0}».", en: "Rejected “{0}”."),
        "review.decided": Phrase(vi: "({0}, {1})", en: "({0}, {1})"),
        "history.kind.save": Phrase(vi: "Lưu", en: "Save"),
        "history.kind.accept": Phrase(vi: "Nhận đề xuất", en: "Accepted proposal"),
        "history.kind.restore": Phrase(vi: "Khôi phục", en: "Restore"),
        "history.kind.create": Phrase(vi: "Tạo mới", en: "Created"),
        "history.kind.disk": Phrase(vi: "Sửa trực tiếp trên tệp", en: "Edited on disk"),
        "history.current": Phrase(vi: "(hiện tại)", en: "(current)"),
        "history.view": Phrase(vi: "Xem", en: "View"),
        "history.view.label": Phrase(vi: "Xem phiên bản {0}", en: "View version {0}"),
        "history.version": Phrase(vi: "Phiên bản {0}", en: "Version {0}"),
        "history.restore": Phrase(vi: "Khôi phục", en: "Restore"),
        "history.restore.label": Phrase(vi: "Khôi phục phiên bản {0}", en: "Restore version {0}"),
        "history.restore.confirm": Phrase(vi: "Khôi phục phiên bản {0}? Bản hiện tại vẫn còn trong lịch sử.", en: "Restore version {0}? The current one stays in the history."),
        "history.restored": Phrase(vi: "Đã khôi phục phiên bản {0} (thành phiên bản {1}).", en: "Restored version {0} (now version {1})."),
        "leader.heading": Phrase(vi: "Việc của {0} trong tháng", en: "{0}'s items this month"),
        "leader.col.unit": Phrase(vi: "Đơn vị chuẩn bị", en: "Preparing unit"),
        "leader.none": Phrase(vi: "Tháng này chưa có việc nào ghi tên bạn.", en: "No item names you this month."),
        "users.remove": Phrase(vi: "Xóa", en: "Remove"),
        "users.remove.label": Phrase(vi: "Xóa người dùng {0}", en: "Remove user {0}"),
        "users.remove.confirm": Phrase(vi: "Xóa người dùng {0}?", en: "Remove user {0}?"),
        "users.removed": Phrase(vi: "Đã xóa {0}.", en: "Removed {0}."),
        "users.added": Phrase(vi: "Đã thêm {0}.", en: "Added {0}."),
        "users.invalid": Phrase(vi: "Cần tên, đơn vị (với vai trò Đơn vị) và mật khẩu ít nhất 8 ký tự.",
                                en: "A name, a unit (for the Unit role) and a password of at least 8 characters are needed."),
    ]
}
