import Foundation

/// The structure of a DOCX's ZIP archive, read back by hand (the fuzz target has no ZIP library):
/// the end-of-central-directory record, every central header, and the local header each points at.
enum ZIPCheck {
    /// Nil when the archive is sound; otherwise what is wrong with it.
    ///
    /// Checked: one end record without a comment, right after the central directory; as many central
    /// headers as it says; each local header where its central header points, with the same name,
    /// method, CRC and sizes (unless a data descriptor follows the data); data inside the file, before
    /// the central directory, entries not overlapping; methods stored or deflate, stored data with its
    /// CRC-32; names unique, `[Content_Types].xml` first, and the parts every DOCX needs present.
    static func problem(in archive: Data) -> String? {
        let bytes = [UInt8](archive)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }

        guard bytes.count >= 22 else { return "shorter than an end-of-central-directory record" }
        let end = bytes.count - 22
        guard u32(end) == 0x0605_4B50 else { return "no end-of-central-directory record at the end" }
        let (entries, directorySize, directoryOffset) = (u16(end + 10), u32(end + 12), u32(end + 16))
        guard u16(end + 4) == 0, u16(end + 6) == 0, u16(end + 8) == entries, u16(end + 20) == 0 else {
            return "a multi-disk archive or an archive comment"
        }
        guard directoryOffset + directorySize == end else {
            return "the central directory (\(directoryOffset)+\(directorySize)) does not end at the end record (\(end))"
        }

        var names: [String] = []
        var spans: [(start: Int, end: Int)] = []
        var at = directoryOffset
        for index in 0..<entries {
            guard at + 46 <= end, u32(at) == 0x0201_4B50 else { return "central header \(index) is missing" }
            let (flags, method, crc) = (u16(at + 8), u16(at + 10), u32(at + 16))
            let (compressed, size, nameLength) = (u32(at + 20), u32(at + 24), u16(at + 28))
            let (extraLength, commentLength, local) = (u16(at + 30), u16(at + 32), u32(at + 42))
            guard at + 46 + nameLength + extraLength + commentLength <= end else { return "central header \(index) overruns" }
            let nameBytes = Array(bytes[(at + 46)..<(at + 46 + nameLength)])
            let name = String(decoding: nameBytes, as: UTF8.self)
            at += 46 + nameLength + extraLength + commentLength

            guard method == 0 || method == 8 else { return "\(name): compression method \(method)" }
            guard local + 30 <= directoryOffset, u32(local) == 0x0403_4B50 else { return "\(name): no local header at \(local)" }
            let localNameLength = u16(local + 26)
            let dataStart = local + 30 + localNameLength + u16(local + 28)
            guard local + 30 + localNameLength <= directoryOffset,
                  Array(bytes[(local + 30)..<(local + 30 + localNameLength)]) == nameBytes else {
                return "\(name): the local header names another file"
            }
            guard u16(local + 8) == method else { return "\(name): the local header gives another method" }
            if flags & 0x08 == 0, u32(local + 14) != crc || u32(local + 18) != compressed || u32(local + 22) != size {
                return "\(name): the local header's CRC or sizes differ from the central header's"
            }
            guard dataStart + compressed <= directoryOffset else { return "\(name): the data runs into the central directory" }
            if method == 0 {
                guard compressed == size else { return "\(name): stored with two different sizes" }
                guard crc32(bytes[dataStart..<(dataStart + size)]) == crc else { return "\(name): wrong CRC-32" }
            }
            names.append(name)
            spans.append((local, dataStart + compressed))
        }
        guard at == end else { return "\(end - at) bytes between the central headers and the end record" }
        let sorted = spans.sorted { $0.start < $1.start }
        for (a, b) in zip(sorted, sorted.dropFirst()) where b.start < a.end { return "entries overlap at \(b.start)" }
        guard Set(names).count == names.count else { return "a part is stored twice" }
        guard names.first == "[Content_Types].xml" else { return "[Content_Types].xml is not the first part" }
        for part in ["_rels/.rels", "word/document.xml", "word/styles.xml"] where !names.contains(part) {
            return "the part \(part) is missing"
        }
        return nil
    }

    /// CRC-32 (ISO-HDLC, as ZIP uses it), bit by bit: the fuzz target checks only the few stored parts.
    static func crc32(_ data: ArraySlice<UInt8>) -> Int {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return Int(~crc)
    }
}
