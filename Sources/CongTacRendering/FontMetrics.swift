/// Text widths in Times New Roman, for the drawn lines the decree puts under the agency's name,
/// the motto and the subject line.
public enum FontMetrics {
    public enum Face: Sendable {
        case regular, bold, italic
    }

    /// The width of `text` set in `points`, in twentieths of a point (twips).
    public static func width(of text: String, face: Face, points: Double) -> Int {
        let table: [UInt32: UInt16]
        switch face {
        case .regular: table = regularAdvances
        case .bold: table = boldAdvances
        case .italic: table = italicAdvances
        }
        let fallback = table[0x6E] ?? 1024  // "n": a typical letter
        let units = text.unicodeScalars.reduce(0) { $0 + Int(table[$1.value] ?? fallback) }
        return Int((Double(units) / 2048.0 * points * 20.0).rounded())
    }
}
