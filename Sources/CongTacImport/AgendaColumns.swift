/// The columns of an agenda table, recognised by their header text in any order and wording:
/// NGÀY / THỨ, NGÀY / THỜI GIAN; BUỔI; NỘI DUNG (CÔNG VIỆC); CƠ QUAN / ĐƠN VỊ CHUẨN BỊ;
/// LÃNH ĐẠO (SỞ) / CHỦ TRÌ; THÀNH PHẦN; ĐỊA ĐIỂM.
struct AgendaColumns {
    enum Role: Equatable { case day, time, work, unit, leader, participants, venue, number }

    /// Each role's grid columns (first and span) and the header text as written.
    var columns: [(role: Role, first: Int, span: Int, heading: String)] = []

    func column(_ role: Role) -> (first: Int, span: Int, heading: String)? {
        columns.first { $0.role == role }.map { ($0.first, $0.span, $0.heading) }
    }

    /// The role a header text names, or nil.
    static func role(of heading: String) -> Role? {
        let key = ImportText.key(heading)
        if key.isEmpty { return nil }
        if key == "TT" || key == "STT" || key == "SỐ TT" { return .number }
        if key.contains("NỘI DUNG") || key.contains("CÔNG VIỆC") { return .work }
        if key.contains("LÃNH ĐẠO") || key.contains("CHỦ TRÌ") { return .leader }
        if key.contains("CHUẨN BỊ") || key.contains("ĐƠN VỊ") || key.contains("CƠ QUAN") || key.contains("THỰC HIỆN") {
            return .unit
        }
        if key.contains("THÀNH PHẦN") { return .participants }
        if key.contains("ĐỊA ĐIỂM") { return .venue }
        if key.contains("NGÀY") || key.contains("THỨ") { return .day }
        if key.contains("BUỔI") || key.contains("THỜI GIAN") || key.contains("GIỜ") { return .time }
        return nil
    }

    /// The columns of `row` when it is an agenda's header row: a day and a work column at least.
    init?(headerRow row: WordRow) {
        var next = 1
        for cell in row.cells {
            if case .cell(_, _, let first) = cell.place { next = first }
            let heading = ImportText.clean(cell.text)
            if let role = Self.role(of: heading), !columns.contains(where: { $0.role == role }) {
                columns.append((role, next, cell.gridSpan, heading))
            }
            next += cell.gridSpan
        }
        guard column(.work) != nil, column(.day) != nil || column(.time) != nil else { return nil }
        // "THỜI GIAN" alone, with no day column, is the day column ("NGÀY / THỜI GIAN").
        if column(.day) == nil, let index = columns.firstIndex(where: { $0.role == .time }) {
            columns[index].role = .day
        }
    }

    /// The cell of `row` that covers grid column `column`.
    static func cell(_ row: WordRow, at column: Int) -> WordCell? {
        var start = 1
        for cell in row.cells {
            if case .cell(_, _, let first) = cell.place { start = first }
            if column >= start && column < start + cell.gridSpan { return cell }
            start += cell.gridSpan
        }
        return nil
    }
}
