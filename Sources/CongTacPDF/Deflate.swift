import CDeflateZlib
import CongTacDeflate

/// The PDF's `/FlateDecode` streams: deflated through `Deflater` (libdeflate where its run-time
/// library is, zlib otherwise) at level 1, and inflated (PNG rows, a page's content) with zlib.
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

    /// Inflates a zlib stream whose size is about `expected` (a PNG's rows, a page's content). Output
    /// beyond `limit` means a damaged or hostile stream: nil, before memory runs out.
    static func decompress(_ data: [UInt8], expected: Int, limit: Int = Int.max) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        // Grown as the data comes: a header may promise more than the stream holds.
        var out = [UInt8](repeating: 0, count: max(1, min(expected, data.count * 16 + 4096)))
        var produced = 0
        let status: Int32 = data.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = uInt(source.count)
            var status: Int32 = Z_OK
            while status == Z_OK {
                if produced == out.count {
                    guard out.count < limit else { return Z_DATA_ERROR }
                    out.append(contentsOf: [UInt8](repeating: 0, count: Swift.min(out.count, limit - out.count + 1)))
                }
                status = out.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress! + produced
                    stream.avail_out = uInt(target.count - produced)
                    let result = inflate(&stream, Z_NO_FLUSH)
                    produced = target.count - Int(stream.avail_out)
                    return result
                }
                if status == Z_BUF_ERROR && stream.avail_in == 0 { break }
                if status == Z_BUF_ERROR { status = Z_OK }
            }
            return status
        }
        guard status == Z_STREAM_END else { return nil }
        out.removeSubrange(produced...)
        return out
    }
}
