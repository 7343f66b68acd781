/// The glyphs a document uses in one face, and the text each stands for (for ToUnicode).
final class PDFFontUsage {
    let face: PDFFontFace
    /// Glyph id → the text it was first used for.
    var glyphs: [UInt16: String] = [:]

    init(face: PDFFontFace) { self.face = face }

    func use(_ gid: UInt16, text: String) {
        if glyphs[gid] == nil || (glyphs[gid]!.isEmpty && !text.isEmpty) { glyphs[gid] = text }
    }

    var isUsed: Bool { !glyphs.isEmpty }
}
