/// The four faces of the embedded serif (Liberation Serif metrics, the DOCX's Times New Roman's).
public enum PDFFontFace: Int, Sendable, CaseIterable, Hashable {
    case regular, bold, italic, boldItalic

    /// The font file's name in `fonts/` (and in the embedded copy).
    var fileName: String {
        switch self {
        case .regular: "CongTacSerif-Regular.ttf"
        case .bold: "CongTacSerif-Bold.ttf"
        case .italic: "CongTacSerif-Italic.ttf"
        case .boldItalic: "CongTacSerif-BoldItalic.ttf"
        }
    }

    /// PostScript name (without the subset tag): the renamed subset's, as the OFL asks.
    var postScriptName: String {
        switch self {
        case .regular: "CongTacSerif-Regular"
        case .bold: "CongTacSerif-Bold"
        case .italic: "CongTacSerif-Italic"
        case .boldItalic: "CongTacSerif-BoldItalic"
        }
    }
}
