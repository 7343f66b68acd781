import CongTacCalendar
import CongTacModel

extension DocumentView {
    /// A view with every optional part present, whose context holds every key a template may use.
    static let sample = DocumentView(sampleSchedule)

    /// The schedule of `sample`.
    static let sampleSchedule: Schedule = {
        let items = [
            AgendaItem(time: "Sáng", text: "Họp", unit: "Văn phòng", leader: "Đ/c A"),
            AgendaItem(time: "Sáng", text: "Kiểm tra", unit: "Phòng QLKH", leader: "Đ/c B"),
            AgendaItem(text: "Tiếp khách", unit: "Văn phòng", leader: "Đ/c A"),
        ]
        let agenda = Agenda(days: [AgendaDay(days: DayRange(3), note: "Kỷ niệm", text: "Cả ngày", items: items)])
        let schedule = Schedule(
            agency: Agency(parent: "UBND", name: "SỞ", code: "KHCN"), number: 1, place: "Hà Tĩnh",
            date: DocumentDate(year: 2025, month: 2, day: 3), banner: "CHÚC MỪNG", title: "CHƯƠNG TRÌNH",
            summary: "Công tác", month: YearMonth(year: 2025, month: 2),
            sections: [Section(heading: "A", items: ["x"], sections: [Section(heading: "B", agenda: agenda)])],
            recipients: ["UBND tỉnh"], electronic: ["VP"],
            signature: Signature(authority: "KT. GIÁM ĐỐC", position: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A"))
        return schedule
    }()
}
