/// The glyphs a document uses in one face, and the code point each stands for (for ToUnicode).
final class PDFFontUsage {
    let face: PDFFontFace
    /// Glyph id → the code point it was first shown for.
    var glyphs: [UInt16: Unicode.Scalar] = [:]

    init(face: PDFFontFace) { self.face = face }

    func use(_ gid: UInt16, scalar: Unicode.Scalar) {
        if glyphs[gid] == nil { glyphs[gid] = scalar }
    }

    var isUsed: Bool { !glyphs.isEmpty }
}
