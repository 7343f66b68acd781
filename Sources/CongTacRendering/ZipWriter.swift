import CDeflateZlib

/// A deterministic ZIP writer for small packages: deflated entries, CRC-32 and deflate from zlib,
/// one fixed timestamp, entries in the order given.
///
/// ZIPFoundation reads our packages in the tests; we write them ourselves because its writer
/// deflates at zlib's default level through a per-chunk provider and checksums in Swift, which cost
/// three times as much as everything else in a render (the README's "Speed" has the figures).
/// zlib rather than libdeflate (twice as fast at level 1): zlib's headers are on every machine that
/// builds libxml2, libdeflate's are not (issue #11); the README gives both figures.
enum ZipWriter {
    struct Entry {
        var path: String
        var data: [UInt8]
    }

    /// zlib's level 1: a DOCX's XML deflates to about a tenth of its size; level 6 makes it 2% smaller
    /// and takes three times as long.
    static let level: Int32 = 1

    /// 2000-01-01 00:00 in MS-DOS form (the ZIP format stores local time without a zone).
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = UInt16((2000 - 1980) << 9 | 1 << 5 | 1)

    static func archive(_ entries: [Entry]) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entries.reduce(0) { $0 + $1.data.count / 6 } + 4096)
        var central: [UInt8] = []
        // One stream for all the entries, reset between them: setting one up costs as much as
        // deflating 10 KB.
        var stream = z_stream()
        guard congtac_deflate_init_raw(&stream, level) == Z_OK else {
            throw RenderError.packaging("zlib: out of memory")
        }
        defer { deflateEnd(&stream) }
        for entry in entries {
            let name = Array(entry.path.utf8)
            let crc = entry.data.withUnsafeBytes {
                UInt32(crc32(0, $0.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt($0.count)))
            }
            let offset = UInt32(out.count)
            // Local file header; the compressed size is filled in once known.
            out.append(le32: 0x0403_4B50)
            out.append(le16: 20)  // version needed: 2.0 (deflate)
            out.append(le16: 0x0800)  // flags: UTF-8 names
            out.append(le16: 8)  // deflate
            out.append(le16: dosTime)
            out.append(le16: dosDate)
            out.append(le32: crc)
            let sizeField = out.count
            out.append(le32: 0)
            out.append(le32: UInt32(entry.data.count))
            out.append(le16: UInt16(name.count))
            out.append(le16: 0)
            out.append(contentsOf: name)
            let compressedSize = try deflate(entry.data, with: &stream, appendingTo: &out)
            withUnsafeBytes(of: UInt32(compressedSize).littleEndian) { size in
                for k in 0..<4 { out[sizeField + k] = size[k] }
            }
            // Central directory record.
            central.append(le32: 0x0201_4B50)
            central.append(le16: 0x0314)  // made by: Unix, 2.0
            central.append(le16: 20)
            central.append(le16: 0x0800)
            central.append(le16: 8)
            central.append(le16: dosTime)
            central.append(le16: dosDate)
            central.append(le32: crc)
            central.append(le32: UInt32(compressedSize))
            central.append(le32: UInt32(entry.data.count))
            central.append(le16: UInt16(name.count))
            central.append(le16: 0)  // extra
            central.append(le16: 0)  // comment
            central.append(le16: 0)  // disk
            central.append(le16: 0)  // internal attributes
            central.append(le32: 0o100644 << 16)  // external: a regular file, rw-r--r--
            central.append(le32: offset)
            central.append(contentsOf: name)
        }
        guard out.count + central.count < Int(UInt32.max), entries.count < Int(UInt16.max) else {
            throw RenderError.packaging("the package would need ZIP64")
        }
        let centralOffset = UInt32(out.count)
        out.append(contentsOf: central)
        // End of central directory.
        out.append(le32: 0x0605_4B50)
        out.append(le16: 0)
        out.append(le16: 0)
        out.append(le16: UInt16(entries.count))
        out.append(le16: UInt16(entries.count))
        out.append(le32: UInt32(central.count))
        out.append(le32: centralOffset)
        out.append(le16: 0)
        return out
    }

    /// Appends `data` as raw deflate (no zlib header), as ZIP stores it; returns its size.
    static func deflate(_ data: [UInt8], with stream: inout z_stream, appendingTo out: inout [UInt8]) throws -> Int {
        guard deflateReset(&stream) == Z_OK, data.count < Int(UInt32.max) else {
            throw RenderError.packaging("zlib: deflate failed")
        }
        let start = out.count
        let bound = Int(deflateBound(&stream, uLong(data.count)))
        out.append(contentsOf: repeatElement(0, count: bound))
        let status = data.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { buffer in
                // zlib's `next_in` is not const; it only reads through it.
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
                stream.avail_in = uInt(input.count)
                stream.next_out = (buffer.baseAddress! + start).assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(bound)
                return CDeflateZlib.deflate(&stream, Z_FINISH)
            }
        }
        stream.next_in = nil
        stream.next_out = nil
        guard status == Z_STREAM_END else { throw RenderError.packaging("zlib: deflate failed (\(status))") }
        let size = Int(stream.total_out)
        out.removeLast(bound - size)
        return size
    }
}

extension [UInt8] {
    fileprivate mutating func append(le16 value: UInt16) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    fileprivate mutating func append(le32 value: UInt32) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
