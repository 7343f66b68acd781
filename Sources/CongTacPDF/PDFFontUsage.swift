/// The glyphs a document uses in one face, and the code point each stands for (for ToUnicode).
final class PDFFontUsage {
    let face: PDFFontFace
    /// By glyph id: the code point it was first shown for, or `unused`.
    private var scalars: [UInt32]
    private(set) var isUsed = false
    private static let unused = UInt32.max

    init(face: PDFFontFace) {
        self.face = face
        scalars = [UInt32](repeating: Self.unused, count: TrueTypeFont.face(face).glyphCount)
    }

    @inline(__always)
    func use(_ gid: UInt16, scalar: Unicode.Scalar) {
        if scalars[Int(gid)] == Self.unused {
            scalars[Int(gid)] = scalar.value
            isUsed = true
        }
    }

    /// Glyph id → code point, for every glyph shown.
    var glyphs: [UInt16: Unicode.Scalar] {
        var result: [UInt16: Unicode.Scalar] = [:]
        for (gid, value) in scalars.enumerated() where value != Self.unused {
            result[UInt16(gid)] = Unicode.Scalar(value)
        }
        return result
    }
}
