import CongTacDeflate

/// Reads the parts of an Office package (DOCX, XLSX) from a ZIP archive held in memory.
///
/// Ours rather than ZIPFoundation's because an import reads files from anywhere, and every check
/// below is what keeps a hostile file bounded: the archive is read from its central directory
/// (not by scanning local headers), each entry's local header must agree with it, encrypted
/// entries, ZIP64 and methods other than stored/deflate are refused, an entry's declared size must
/// be under `Limits.partSize` and in proportion to its compressed size (`Limits.ratio`), and
/// inflation stops the moment the output passes the declared size, so a lying header cannot make
/// us inflate more than we agreed to. The CRC-32 is checked. ZIPFoundation reads the same archives
/// in the tests, as an independent client.
struct ZipReader {
    /// The bounds every archive is held to.
    struct Limits: Sendable {
        /// The most bytes one part may expand to.
        var partSize = 256 << 20
        /// The most entries an archive may list.
        var entries = 20_000
        /// The largest expansion ratio accepted for parts above `ratioFloor` bytes.
        var ratio = 200
        var ratioFloor = 1 << 20
    }

    enum Failure: Error, Equatable {
        /// No end-of-central-directory record: not a ZIP archive, or a truncated one.
        case notZip
        /// The directory or a local header points outside the file or disagrees with itself.
        case corrupt(String)
        /// An entry is encrypted (general-purpose flag bit 0).
        case encrypted(String)
        /// ZIP64 or a method other than stored (0) and deflate (8).
        case unsupported(String)
        /// The entry would expand beyond the limits: a ZIP bomb or a huge part.
        case tooLarge(String, declared: Int)
    }

    struct Entry {
        var name: String
        var method: UInt16
        var flags: UInt16
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localHeaderOffset: Int
    }

    let bytes: [UInt8]
    let limits: Limits
    /// The entries by name, in directory order.
    private(set) var entries: [Entry] = []

    init(_ bytes: [UInt8], limits: Limits = Limits()) throws(Failure) {
        self.bytes = bytes
        self.limits = limits
        try readDirectory()
    }

    func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The expanded bytes of the part `name`; nil when the archive has no such part.
    func read(_ name: String) throws(Failure) -> [UInt8]? {
        guard let entry = entry(named: name) else { return nil }
        return try read(entry)
    }

    func read(_ entry: Entry) throws(Failure) -> [UInt8] {
        let at = entry.localHeaderOffset
        guard at + 30 <= bytes.count, u32(at) == 0x0403_4b50 else { throw .corrupt(entry.name) }
        let nameLength = Int(u16(at + 26)), extraLength = Int(u16(at + 28))
        let start = at + 30 + nameLength + extraLength
        guard start + entry.compressedSize <= bytes.count else { throw .corrupt(entry.name) }
        let data = bytes[start..<(start + entry.compressedSize)]
        let output: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else { throw .corrupt(entry.name) }
            output = Array(data)
        case 8:
            guard let inflated = Inflater.raw(data, expected: entry.size) else { throw .corrupt(entry.name) }
            output = inflated
        default:
            throw .unsupported(entry.name)
        }
        let crc = Inflater.crc32(output)
        guard crc == entry.crc else { throw .corrupt(entry.name) }
        return output
    }

    private mutating func readDirectory() throws(Failure) {
        // The end record is 22 bytes plus a comment of at most 65,535.
        guard bytes.count >= 22 else { throw .notZip }
        var end = -1
        var at = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while at >= lowest {
            if u32(at) == 0x0605_4b50 { end = at; break }
            at -= 1
        }
        guard end >= 0 else { throw .notZip }
        let count = Int(u16(end + 10))
        let directorySize = Int(u32(end + 12)), directoryOffset = Int(u32(end + 16))
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF { throw .unsupported("ZIP64") }
        guard count <= limits.entries else { throw .tooLarge("\(count) entries", declared: count) }
        guard directoryOffset + directorySize <= end else { throw .corrupt("central directory") }
        var p = directoryOffset
        var total = 0
        for _ in 0..<count {
            guard p + 46 <= end, u32(p) == 0x0201_4b50 else { throw .corrupt("central directory") }
            let nameLength = Int(u16(p + 28)), extraLength = Int(u16(p + 30)), commentLength = Int(u16(p + 32))
            guard p + 46 + nameLength <= end else { throw .corrupt("central directory") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            let entry = Entry(name: name, method: u16(p + 10), flags: u16(p + 8), crc: u32(p + 16),
                              compressedSize: Int(u32(p + 20)), size: Int(u32(p + 24)),
                              localHeaderOffset: Int(u32(p + 42)))
            if entry.flags & 1 != 0 { throw .encrypted(name) }
            if entry.size == 0xFFFF_FFFF || entry.compressedSize == 0xFFFF_FFFF || entry.localHeaderOffset == 0xFFFF_FFFF {
                throw .unsupported("ZIP64")
            }
            guard entry.localHeaderOffset < directoryOffset else { throw .corrupt(name) }
            if entry.size > limits.partSize
                || (entry.size > limits.ratioFloor && entry.size / max(entry.compressedSize, 1) > limits.ratio) {
                throw .tooLarge(name, declared: entry.size)
            }
            total += entry.size
            entries.append(entry)
            p += 46 + nameLength + extraLength + commentLength
        }
        // The whole archive, too: many parts each just under the limit are still a bomb.
        if total > 4 * limits.partSize { throw .tooLarge("archive", declared: total) }
    }

    private func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
    private func u32(_ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
