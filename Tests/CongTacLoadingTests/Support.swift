import CongTacMessages
import CongTacModel
import Foundation
@testable import CongTacLoading

/// Loads `yaml` as the file `t.yaml` and returns the result.
func load(_ yaml: String, language: Language = .en) -> LoadResult {
    ScheduleLoader(language: language).load(data: Data(yaml.utf8), name: "t.yaml")
}

/// The diagnostics as `line:col severity code`, sorted by place, for exact comparisons.
func places(_ yaml: String) -> [String] {
    codes(load(yaml).diagnostics)
}

func codes(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics
        .sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0, $0.code) < ($1.location?.line ?? 0, $1.location?.column ?? 0, $1.code) }
        .map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.severity.rawValue) \($0.code)" }
}

/// A valid file with an agenda for February 2025; `days` is spliced in at the days list
/// (its first line is line 14; `days:` is on line 13).
func february(_ days: String, extraTop: String = "") -> String {
    """
    agency:
      parent: UBND TỈNH HÀ TĨNH
      name: SỞ KHOA HỌC VÀ CÔNG NGHỆ
      code: KHCN
    place: Hà Tĩnh
    date: 2025-02-03
    month: 2025-02
    \(extraTop)sections:
      - heading: MỘT SỐ NHIỆM VỤ TRỌNG TÂM
        items: ["Tổ chức các hoạt động mừng Đảng, mừng Xuân"]
      - heading: DỰ KIẾN CHƯƠNG TRÌNH CÔNG TÁC
        agenda:
          days:
    \(days)
    """
}

/// Every working day of February 2025 except those given, each with one item, indented for `february`.
func allWorkingDays(except skipped: Set<Int> = []) -> String {
    let weekdays = [3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 17, 18, 19, 20, 21, 24, 25, 26, 27, 28]
    return weekdays.filter { !skipped.contains($0) }
        .map { "        - {day: \($0), items: [{time: Sáng, text: Kiểm tra cơ sở, unit: Phòng QLKH, leader: Đ/c Hoàn GD Sở}]}" }
        .joined(separator: "\n")
}
