import CongTacModel

/// The comments of a draft: how to fill the file in, what each key is for, the previous month's
/// items and the month's working days turned off, ready to be turned on.
struct DraftNotes: ScheduleNotes {
    /// `tháng 3 năm 2025`.
    var monthName: String
    var fromPrevious: Bool
    /// The sections the draft's sections come from (the previous month's, or the default ones), by
    /// the same index paths.
    var sources: [Section]
    /// The notes before each day of the agenda, and after the last.
    var agendaNotes: [[ScheduleNote]]
    /// The comment on each day of the agenda.
    var dayComments: [String]
    /// The agency's code, for the comment on `code`.
    var code: String?

    var preamble: [ScheduleNote] {
        var lines = [
            "Chương trình công tác \(monthName): bản nháp do `congtac new` tạo.",
            "Cách điền:",
            "- Dòng hoặc phần dòng sau dấu \"#\" là ghi chú; congtac bỏ qua.",
            "- Mọi văn bản đặt trong ngoặc kép \"…\". Văn bản có \": \" (ví dụ \"Sáng: Họp\") bắt buộc phải có",
            "  ngoặc kép. Trong ngoặc kép, gõ \\\" cho dấu ngoặc kép và \\\\ cho dấu gạch chéo ngược.",
            "- Không gõ thứ trong tuần: congtac tự tính. Thứ Bảy, Chủ nhật và ngày nghỉ lễ không ghi trong tệp",
            "  được tự thêm vào bảng lịch.",
        ]
        if !fromPrevious { lines.append("- Thay mọi chỗ [trong ngoặc vuông] bằng nội dung thật.") }
        lines.append("- Kiểm tra: congtac check TỆP   Xuất văn bản: congtac render TỆP --format docx")
        return lines.map(ScheduleNote.comment) + [.blank]
    }

    func comment(on key: ScheduleKey, in place: SchedulePlace) -> String? {
        switch (place, key) {
        case (.top, .agency): return "cơ quan"
        case (.top, .place): return "địa danh ở dòng ngày tháng" + (fromPrevious ? "" : ", ví dụ Hà Tĩnh")
        case (.top, .date): return "ngày ký YYYY-MM-DD; YYYY-MM để trống ngày, điền khi ký"
        case (.top, .banner): return "dòng chúc Tết trên tên văn bản; xóa nếu không dùng"
        case (.top, .title): return "tên văn bản; \"\\n\" để xuống dòng"
        case (.top, .summary): return "trích yếu"
        case (.top, .month): return "tháng của bảng lịch"
        case (.top, .sections): return "các phần I., II. …, đánh số tự động"
        case (.top, .recipients): return "\"Nơi nhận\"; dấu \"-\" và \";\"/\".\" được thêm tự động"
        case (.top, .electronic): return Self.electronicComment
        case (.top, .signature): return "khối chữ ký"
        case (.agency, .parent):
            return fromPrevious ? "cơ quan chủ quản" : "ví dụ UBND TỈNH HÀ TĨNH; xóa dòng nếu không có"
        case (.agency, .name):
            return fromPrevious ? "cơ quan ban hành" : "cơ quan ban hành, ví dụ SỞ KHOA HỌC VÀ CÔNG NGHỆ"
        case (.agency, .code):
            return fromPrevious ? "viết tắt trong \"Số: …/CTr-\(code ?? "")\"" : "viết tắt trong \"Số: …/CTr-KHCN\", ví dụ KHCN"
        case (.signature, .authority):
            return fromPrevious ? "thẩm quyền ký" : "TM., KT., Q., TL., TUQ.; xóa dòng nếu ký trực tiếp"
        case (.signature, .position): return "chức vụ người ký"
        case (.signature, .name): return "họ và tên người ký"
        case (.section, .items): return "mỗi đoạn một dòng \"- \", trong ngoặc kép"
        case (.section, .agenda): return "bảng lịch theo ngày"
        case let (.day(_, index), .day): return dayComments.indices.contains(index) ? dayComments[index] : nil
        default: return nil
        }
    }

    func notes(before index: Int, of key: ScheduleKey, in place: SchedulePlace) -> [ScheduleNote] {
        switch (place, key) {
        case let (.section(path), .items) where index == 0:
            // A section's previous items, turned off: kept by deleting the `# `.
            guard let source = source(at: path), source.agenda == nil || !source.items.isEmpty else { return [] }
            if source.items.isEmpty { return [.disabled(.text("Nội dung nhiệm vụ …"))] }
            return [.comment("Của tháng trước: xóa \"# \" ở đầu dòng để giữ lại, hoặc xóa dòng.")]
                + source.items.map { .disabled(.text($0)) }
        case (.agenda, .days):
            guard agendaNotes.indices.contains(index) else { return [] }
            return (index == 0 ? Self.agendaGuide : []) + agendaNotes[index]
        default:
            return []
        }
    }

    func notes(inPlaceOf key: ScheduleKey, in place: SchedulePlace) -> [ScheduleNote] {
        switch (place, key) {
        case (.top, .number): return [.disabled(.number(1), comment: "số văn bản: để trống, điền khi ký")]
        case (.top, .electronic): return [.disabled(.texts(.electronic, ["VP UBND tỉnh"]), comment: Self.electronicComment)]
        default: return []
        }
    }

    static let electronicComment = "\"Bản điện tử\" (tùy chọn)"

    /// How to fill a day in, above the days.
    static let agendaGuide: [ScheduleNote] = [
        "Mỗi ngày làm việc có sẵn một mục đã tắt bằng \"#\". Để điền một ngày: xóa \"# \" ở đầu các dòng",
        "của ngày đó (giữ nguyên thụt lề) rồi viết nội dung. Ngày chưa điền được `congtac check` nhắc",
        "bằng cảnh báo weekday-missing.",
        "  time:   buổi: \"Sáng\", \"Chiều\", \"Tối\", \"Cả ngày\", hoặc nhãn ngắn khác như \"8h00\"; bỏ trống được.",
        "  text:   nội dung công việc (bắt buộc).   unit: cơ quan chuẩn bị.",
        "  leader: lãnh đạo chủ trì, ví dụ \"Đ/c Hoàn GD Sở\".",
        "Thêm việc: chép khối \"- time: …\" bốn dòng. Dòng in nghiêng trên các việc: note: \"Kỷ niệm …\".",
        "Nhiều ngày liền một việc: day: \"16-20\" (trong ngoặc kép), xóa các ngày lẻ trùng.",
    ].map(ScheduleNote.comment)

    /// The section the draft's section at `path` comes from.
    private func source(at path: [Int]) -> Section? {
        var list = sources
        var found: Section?
        for index in path {
            guard list.indices.contains(index) else { return nil }
            found = list[index]
            list = list[index].sections
        }
        return found
    }
}
