/// The page geometry of a "Chương trình công tác": paper, margins, column widths, type sizes and the
/// drawn lines. The one owner of these numbers: the DOCX templates read them as `{{layout.…}}` in
/// WordprocessingML units, the HTML print rules read them as CSS values (`PageGeometry+Context`),
/// and the drawn lines are measured with them (`PageGeometry+DrawnLines`). A PDF renderer reads the
/// same value.
///
/// Lengths are in twips (1/20 pt; 1 mm ≈ 56.7 twips), exact in DOCX; type sizes in half-points, as
/// `w:sz` has them. A4 portrait, margins inside Nghị định 30/2020's ranges (top and bottom 20 mm,
/// left 30 mm, right 15 mm, a little over so that rounding never leaves the range).
///
/// How a size changes: here, not in a template. The built-in templates write none of these numbers
/// (paragraph spacing and table cell margins stay theirs); an agency's copy that writes a literal `w:sz` (or column width) where a drawn line
/// depends on it, different from this geometry, is refused when the set is loaded with a located
/// `layout-mismatch` error (`PageGeometry+TemplateCheck`): the line would be measured at one size and
/// drawn under text of another. An error rather than a warning, since rendering has no warning channel
/// and the document would be silently wrong. The HTML's lines follow their text's own width (a CSS
/// percentage), so an HTML house style may change sizes freely. The HTML's column shares (the agenda's
/// 12/52/18/18 %, the header's 44/56) are the screen layout's own and differ slightly from the DOCX's.
public struct PageGeometry: Sendable, Equatable {
    public var pageWidth = 11906
    public var pageHeight = 16838
    public var marginTop = 1134
    public var marginBottom = 1134
    public var marginLeft = 1701
    public var marginRight = 851
    /// From the paper's edge to the page number in the top margin (10 mm).
    public var headerDistance = 567

    /// The header's left column fits `SỞ KHOA HỌC VÀ CÔNG NGHỆ` in 12 pt bold (≈ 65 mm) on one line,
    /// the right one `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` (≈ 89 mm).
    public var headerLeft = 4082
    /// NGÀY 19 mm, CƠ QUAN CHUẨN BỊ 34 mm, LÃNH ĐẠO SỞ 32 mm: wide enough for `Phòng QLCN-CN`
    /// and `Đ/c Hoàn GD Sở` on one line at 12 pt; the work column takes the rest (≈ 80 mm).
    public var dayWidth = 1077
    public var unitWidth = 1928
    public var leaderWidth = 1814
    public var closingLeft = 4536
    /// The weekly schedule's table (`--view week`): Thứ/ngày 22 mm (`Thứ Năm` in bold on one line,
    /// `31/01-01/02` fits), Thời gian 15 mm (`Chiều`, `14h30`), Đơn vị chuẩn bị 30 mm (`Phòng
    /// QLCN-CN`), Lãnh đạo chủ trì 34 mm (`Đ/c Hoàn GD Sở` and `Đ/c Bình PGĐ Sở` on one line, so that a
    /// row of short texts stays one line high), the work column the rest (≈ 64 mm): a typical week of
    /// the examples fits one A4 page.
    public var weekDayWidth = 1247
    public var weekTimeWidth = 850
    public var weekUnitWidth = 1701
    public var weekLeaderWidth = 1928

    /// First-line indent of body paragraphs and headings (1 cm).
    public var firstLineIndent = 567

    public var sizes = TypeSizes()
    /// The built-in styles' paragraph spacing and cell margins, for the PDF (`PageGeometry+Spacing`).
    public var spacing = Spacing()

    /// The line under the agency's name and under the subject: this share of the text's width (the
    /// decree: 1/3 to 1/2). The motto's line is exactly as long as the motto.
    public var shortLine = Ratio(2, 5)
    /// Thickness of the drawn lines, in eighths of a point (`w:pBdr` units): 3/4 pt.
    public var lineWeight = 6

    /// Type sizes in half-points (`w:sz`), 13–14 pt for the body as the decree asks.
    public struct TypeSizes: Sendable, Equatable {
        public var body = 28
        /// The header block's default: the number line and the motto (`HeaderText`).
        public var header = 26
        public var parentBody = 24
        public var agency = 24
        public var nationalTitle = 24
        public var motto = 26
        public var dateLine = 28
        public var title = 28
        public var table = 24
        public var recipientsHeading = 24
        public var recipient = 22
        public var pageNumber = 26
        /// The size the motto's line is measured at, and the HTML shows the motto at: 14 pt, while the
        /// DOCX sets the motto at 13 pt (`motto`), so the DOCX line is ≈ 8% longer than its motto. A known
        /// discrepancy kept for byte-identical output; to mend it, set this to `motto` (or `motto` to 28)
        /// and re-record the DOCX goldens.
        public var mottoLine = 28

        public init() {}
    }

    /// A fraction kept exact, so that the line maths stays in integers.
    public struct Ratio: Sendable, Equatable {
        public var numerator: Int
        public var denominator: Int
        public init(_ numerator: Int, _ denominator: Int) {
            self.numerator = numerator
            self.denominator = denominator
        }
        func of(_ length: Int) -> Int { length * numerator / denominator }
    }

    /// The geometry of the built-in templates.
    public static let standard = PageGeometry()

    public init() {}

    public var textWidth: Int { pageWidth - marginLeft - marginRight }
    public var headerRight: Int { textWidth - headerLeft }
    public var workWidth: Int { textWidth - dayWidth - unitWidth - leaderWidth }
    public var closingRight: Int { textWidth - closingLeft }
    public var weekWorkWidth: Int { textWidth - weekDayWidth - weekTimeWidth - weekUnitWidth - weekLeaderWidth }
}
