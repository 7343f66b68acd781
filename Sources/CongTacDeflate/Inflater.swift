import CDeflateZlib

/// Inflating, with zlib, for every reader of deflated data: the ZIP reader of the importer (raw
/// DEFLATE, as ZIP stores entries, into the declared size and no more), the PNG decoder and a PDF
/// page reopened after it was finished (zlib streams, grown as they come, up to a limit). Checked
/// by `InflaterTests` against the deflater of both engines and hostile streams.
public enum Inflater {
    /// The expanded bytes, or nil when the stream is broken or expands to anything but `expected`
    /// bytes: inflation stops at `expected` + 1, so a lying size costs at most what was declared.
    public static func raw(_ input: ArraySlice<UInt8>, expected: Int) -> [UInt8]? {
        var stream = z_stream()
        // `inflateInit2` is a macro; this is what it expands to, with -15 for a raw stream.
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: expected + 1)
        var status: Int32 = Z_OK
        input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                status = inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == expected else { return nil }
        output.removeLast()
        return output
    }

    /// Inflates a zlib stream whose size is about `expected` (a PNG's rows, a page's content). Output
    /// beyond `limit` means a damaged or hostile stream: nil, before memory runs out.
    public static func zlib(_ data: [UInt8], expected: Int, limit: Int = Int.max) -> [UInt8]? {
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

    /// The CRC-32 of `bytes` (ZIP's checksum), for a reader that checks what it inflated.
    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(CDeflateZlib.crc32(0, $0.baseAddress, uInt($0.count))) }
    }
}
