import CongTacTemplates

/// The faces the HTML page embeds as `data:` URLs: Liberation Serif 2 subset to Latin and Vietnamese
/// (`scripts/subset_fonts.sh`), renamed "CongTac Serif" as the SIL OFL asks of a modified font.
enum HTMLFonts {
    static let family = "CongTac Serif"

    /// File under fonts/, CSS font-style and font-weight of each face.
    static let files: [(file: String, style: String, weight: Int)] = [
        ("CongTacSerif-Regular.woff2", "normal", 400),
        ("CongTacSerif-Bold.woff2", "normal", 700),
        ("CongTacSerif-Italic.woff2", "italic", 400),
        ("CongTacSerif-BoldItalic.woff2", "italic", 700),
    ]

    /// The `@font-face` values of the faces built into congtac (a face missing from fonts/ is left out).
    static let faces: [TemplateValue] = files.compactMap { face in
        EmbeddedTemplates.fonts[face.file].map { data in
            .object(["family": .string(family), "style": .string(face.style), "weight": .int(face.weight), "data": .string(data)])
        }
    }
}
