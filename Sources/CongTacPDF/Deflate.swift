import CongTacDeflate

/// The PDF's `/FlateDecode` streams: deflated through `Deflater` (libdeflate where its run-time
/// library is, zlib otherwise) at level 1, as `PDFWriteError`s; inflated by `Inflater.zlib`.
/// Deflating at level 6 was a third of the time of writing a month's PDF; level 1 makes a month's
/// file about a tenth larger (46 → 51 KB for the 2025-02 example; 8.6 → 11.1 MB for the 22,000-item
/// scale case).
enum Deflate {
    static func compress(_ data: [UInt8]) throws(PDFWriteError) -> [UInt8] {
        do {
            return try Deflater().zlibDeflate(data)
        } catch {
            throw .compression(error.description)
        }
    }
}
