import CongTacDeflate

/// A deterministic ZIP writer for small packages: deflated entries (CRC-32 and deflate from
/// `Deflater`: libdeflate where its run-time library is, zlib otherwise), one fixed timestamp,
/// entries in the order given.
///
/// ZIPFoundation reads our packages in the tests; we write them ourselves because its writer
/// deflates at zlib's default level through a per-chunk provider and checksums in Swift, which cost
/// three times as much as everything else in a render (the README's "Speed" has the figures).
enum ZipWriter {
    struct Entry {
        var path: String
        var data: [UInt8]
    }

    /// 2000-01-01 00:00 in MS-DOS form (the ZIP format stores local time without a zone).
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = UInt16((2000 - 1980) << 9 | 1 << 5 | 1)

    static func archive(_ entries: [Entry], engine: Deflater.Engine? = nil) throws -> [UInt8] {
        do {
            return try archive(entries, deflater: Deflater(engine: engine))
        } catch let error as DeflateError {
            throw RenderError.packaging(error.description)
        }
    }

    private static func archive(_ entries: [Entry], deflater: borrowing Deflater) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entries.reduce(0) { $0 + $1.data.count / 6 } + 4096)
        var central: [UInt8] = []
        for entry in entries {
            let name = Array(entry.path.utf8)
            let crc = deflater.crc32(entry.data)
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
            let compressedSize = try deflater.deflate(entry.data, appendingTo: &out)
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
}

extension [UInt8] {
    fileprivate mutating func append(le16 value: UInt16) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    fileprivate mutating func append(le32 value: UInt32) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
