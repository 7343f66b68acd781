/// The vertical spacing and cell margins of the built-in DOCX styles (`templates/docx/word/styles.xml`
/// and `document.xml`), which the PDF page repeats so that both documents break their pages alike.
/// The templates keep these numbers as literals (an agency may change its spacing freely); this copy
/// is the PDF's, and `PDFSpacingTests` checks it against the built-in templates.
///
/// Lengths in twips as the styles write them; line spacing in 240ths of a line (`w:line`, auto).
extension PageGeometry {
    public struct Spacing: Sendable, Equatable {
        /// BodyText: 3 pt before and after, 1.1 lines.
        public var bodyBefore = 60
        public var bodyAfter = 60
        public var bodyLine = 264
        /// Heading 1: 6 pt before (other headings keep the body's).
        public var heading1Before = 120
        /// TableText: 1 pt before and after, single lines.
        public var tableBefore = 20
        public var tableAfter = 20
        /// The agenda table's cell margins (AgendaTable) and border width in eighths of a point.
        public var cellTop = 28
        public var cellBottom = 28
        public var cellSide = 85
        public var tableBorder = 4
        /// `Số: …` and the date line: 8 pt before.
        public var numberLineBefore = 160
        /// The banner, or the title's first line: 18 pt before.
        public var titleBefore = 360
        /// The weekly schedule's title: 6 pt before, less than the month's, and a 6 pt gap (an
        /// exact-height TableText paragraph) between the short line and the week's table, so that
        /// a typical week keeps its closing on page 1.
        public var weekTitleBefore = 120
        public var weekTableGap = 120
        /// `Bản điện tử:`: 6 pt before.
        public var electronicBefore = 120
        /// Room for the signature and the seal above the signer's name (SignatureName).
        public var signatureNameBefore = 1700
        /// DrawnLine: a 3 pt paragraph with its bottom border 1 pt below.
        public var drawnLineHeight = 60
        public var drawnLineSpace = 20

        public init() {}
    }
}
