import CongTacTemplates

/// Page and column sizes of the DOCX, in twips (1/20 pt; 1 mm ≈ 56.7 twips).
///
/// A4 portrait with margins inside Nghị định 30/2020's ranges: top and bottom 20 mm, left 30 mm,
/// right 15 mm (a little over, so rounding never leaves the range).
struct DocxLayout {
    var marginTop = 1134
    var marginBottom = 1134
    var marginLeft = 1701
    var marginRight = 851
    var pageWidth = 11906

    var textWidth: Int { pageWidth - marginLeft - marginRight }

    /// The header's left column fits `SỞ KHOA HỌC VÀ CÔNG NGHỆ` in 12 pt bold (≈ 65 mm) on one line,
    /// the right one `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` (≈ 89 mm).
    var headerLeft = 4082
    var headerRight: Int { textWidth - headerLeft }

    /// NGÀY 19 mm, CƠ QUAN CHUẨN BỊ 34 mm, LÃNH ĐẠO SỞ 32 mm: wide enough for `Phòng QLCN-CN`
    /// and `Đ/c Hoàn GD Sở` on one line at 12 pt; the work column takes the rest (≈ 80 mm).
    var dayWidth = 1077
    var unitWidth = 1928
    var leaderWidth = 1814
    var workWidth: Int { textWidth - dayWidth - unitWidth - leaderWidth }

    var closingLeft = 4536
    var closingRight: Int { textWidth - closingLeft }

    var context: TemplateValue {
        .object([
            "marginTop": .int(marginTop), "marginBottom": .int(marginBottom), "marginLeft": .int(marginLeft), "marginRight": .int(marginRight),
            "textWidth": .int(textWidth), "headerLeft": .int(headerLeft), "headerRight": .int(headerRight),
            "dayWidth": .int(dayWidth), "workWidth": .int(workWidth), "unitWidth": .int(unitWidth), "leaderWidth": .int(leaderWidth),
            "leadWidth": .int(workWidth + unitWidth + leaderWidth),
            "closingLeft": .int(closingLeft), "closingRight": .int(closingRight),
        ])
    }

    /// Indents that centre a drawn line of `length` in a column of `width`.
    static func indent(forLine length: Int, in width: Int) -> Int {
        max(0, (width - min(length, width)) / 2)
    }
}
