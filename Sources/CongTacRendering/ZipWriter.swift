import CDeflate

/// A deterministic ZIP writer for small packages: deflated entries, CRC-32 and deflate from
/// libdeflate, one fixed timestamp, entries in the order given.
///
/// ZIPFoundation reads our packages in the tests; we write them ourselves because its writer
/// deflates at zlib's default level through a per-chunk provider and checksums in Swift, which cost
/// three times as much as everything else in a render (the README's "Speed" has the figures).
enum ZipWriter {
    struct Entry {
        var path: String
        var data: [UInt8]
    }

    /// libdeflate's level 1: a DOCX's XML deflates to about 9% of its size, twice as fast as zlib's
    /// level 1 and a little smaller (0.23 against 0.48 ms for a typical 90 KB document.xml).
    static let level: Int32 = 1

    /// 2000-01-01 00:00 in MS-DOS form (the ZIP format stores local time without a zone).
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = UInt16((2000 - 1980) << 9 | 1 << 5 | 1)

    static func archive(_ entries: [Entry]) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entries.reduce(0) { $0 + $1.data.count / 6 } + 4096)
        var central: [UInt8] = []
        // One compressor for all the entries: setting one up costs as much as deflating 10 KB.
        guard let compressor = libdeflate_alloc_compressor(level) else {
            throw RenderError.packaging("libdeflate: out of memory")
        }
        defer { libdeflate_free_compressor(compressor) }
        for entry in entries {
            let name = Array(entry.path.utf8)
            let crc = entry.data.withUnsafeBytes { UInt32(libdeflate_crc32(0, $0.baseAddress, $0.count)) }
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
            let compressedSize = try deflate(entry.data, with: compressor, appendingTo: &out)
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
    static func deflate(_ data: [UInt8], with compressor: OpaquePointer, appendingTo out: inout [UInt8]) throws -> Int {
        let start = out.count
        let bound = libdeflate_deflate_compress_bound(compressor, data.count)
        out.append(contentsOf: repeatElement(0, count: bound))
        let size = data.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { buffer in
                libdeflate_deflate_compress(compressor, input.baseAddress, input.count, buffer.baseAddress! + start, bound)
            }
        }
        guard size > 0 || data.isEmpty else { throw RenderError.packaging("libdeflate: deflate failed") }
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
