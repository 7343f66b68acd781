/// How a run of text is set in the PDF: the face of the embedded serif, the size in points, and
/// whether it is underlined (the agenda's time labels). The layout's own vocabulary, so that line
/// breaking and pagination are tested without the PDF file layer.
struct TextStyle: Hashable, Sendable {
    enum Face: Hashable, Sendable {
        case regular, bold, italic, boldItalic
    }

    var face: Face
    var size: Double
    var underline = false

    init(_ face: Face, _ size: Double, underline: Bool = false) {
        self.face = face
        self.size = size
        self.underline = underline
    }
}

/// A piece of a paragraph in one style.
struct StyledRun: Sendable, Equatable {
    var text: String
    var style: TextStyle

    init(_ text: String, _ style: TextStyle) {
        self.text = text
        self.style = style
    }
}

/// Widths of text in points, from the embedded fonts' advances: a parameter of the layout, so that
/// tests may give simple widths.
typealias TextMeasure = @Sendable (Substring, TextStyle) -> Double

/// A paragraph's alignment, as the DOCX's `w:jc`.
enum Alignment: Sendable {
    case left, center, justified
}
