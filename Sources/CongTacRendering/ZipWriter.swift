import CDeflate
import Foundation

/// A deterministic ZIP writer for small packages: deflated entries, CRC-32 and deflate from zlib,
/// one fixed timestamp, entries in the order given.
///
/// ZIPFoundation reads our packages in the tests; we write them ourselves because its writer
/// deflates at zlib's default level through a per-chunk provider and checksums in Swift, which cost
/// three times as much as everything else in a render (Benchmarks/README.md has the figures).
enum ZipWriter {
    struct Entry {
        var path: String
        var data: Data
    }

    /// zlib's level 1: a DOCX's XML deflates to about 9% of its size at three times level 6's speed.
    static let level: Int32 = 1

    /// 2000-01-01 00:00 in MS-DOS form (the ZIP format stores local time without a zone).
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = UInt16((2000 - 1980) << 9 | 1 << 5 | 1)

    static func archive(_ entries: [Entry]) throws -> Data {
        var out = Data()
        out.reserveCapacity(entries.reduce(0) { $0 + $1.data.count / 6 } + 4096)
        var central = Data()
        for entry in entries {
            let name = Array(entry.path.utf8)
            let crc = crc32(entry.data)
            let compressed = try deflate(entry.data)
            let offset = UInt32(out.count)
            // Local file header.
            out.append(le32: 0x0403_4B50)
            out.append(le16: 20)  // version needed: 2.0 (deflate)
            out.append(le16: 0x0800)  // flags: UTF-8 names
            out.append(le16: 8)  // deflate
            out.append(le16: dosTime)
            out.append(le16: dosDate)
            out.append(le32: crc)
            out.append(le32: UInt32(compressed.count))
            out.append(le32: UInt32(entry.data.count))
            out.append(le16: UInt16(name.count))
            out.append(le16: 0)
            out.append(contentsOf: name)
            out.append(compressed)
            // Central directory record.
            central.append(le32: 0x0201_4B50)
            central.append(le16: 0x0314)  // made by: Unix, 2.0
            central.append(le16: 20)
            central.append(le16: 0x0800)
            central.append(le16: 8)
            central.append(le16: dosTime)
            central.append(le16: dosDate)
            central.append(le32: crc)
            central.append(le32: UInt32(compressed.count))
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
        out.append(central)
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

    static func crc32(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { buffer in
            UInt32(CDeflate.crc32(0, buffer.bindMemory(to: Bytef.self).baseAddress, uInt(buffer.count)))
        }
    }

    /// Raw deflate (no zlib header), as ZIP stores it.
    static func deflate(_ data: Data) throws -> Data {
        var stream = z_stream()
        guard congtac_deflateInit2(&stream, level) == Z_OK else { throw RenderError.packaging("zlib: deflateInit") }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(data.count)))
        var output = Data(count: bound)
        let status: Int32 = data.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(out.count)
                return CDeflate.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw RenderError.packaging("zlib: deflate \(status)") }
        output.count = Int(stream.total_out)
        return output
    }
}

extension Data {
    fileprivate mutating func append(le16 value: UInt16) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    fileprivate mutating func append(le32 value: UInt32) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
