/// Writes numbered indirect objects into one buffer and finishes the file with a classic
/// cross-reference table (not an xref stream: every reader and signer handles a table, and
/// pyHanko's incremental update appends to it as is).
struct PDFObjectWriter {
    private(set) var out: [UInt8] = []
    /// Byte offset of each object by number (index 0 is the free list head).
    private var offsets: [Int] = [0]

    init() {
        // The header and a comment of four bytes above 127, so that transfer programs treat the file
        // as binary (ISO 32000-1, 7.5.2).
        out.append(contentsOf: "%PDF-1.7\n%".utf8)
        out.append(contentsOf: [0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
    }

    /// A new object number, for objects referenced before they are written.
    mutating func allocate() -> Int {
        offsets.append(-1)
        return offsets.count - 1
    }

    mutating func object(_ number: Int, _ body: String) {
        begin(number)
        out.append(contentsOf: body.utf8)
        out.append(contentsOf: "\nendobj\n".utf8)
    }

    /// A stream object; `dictionary` holds the entries besides /Length and /Filter.
    mutating func stream(_ number: Int, dictionary: String = "", data: [UInt8], compress: Bool = true) throws(PDFWriteError) {
        try stream(number, dictionary: dictionary, bytes: compress ? try Deflate.compress(data) : data, deflated: compress)
    }

    /// A stream object whose data is already as stored (`deflated`: with zlib).
    mutating func stream(_ number: Int, dictionary: String = "", bytes: [UInt8], deflated: Bool) throws(PDFWriteError) {
        let compress = deflated
        begin(number)
        let filter = compress ? " /Filter /FlateDecode" : ""
        out.append(contentsOf: "<<\(dictionary.isEmpty ? "" : dictionary + " ")/Length \(bytes.count)\(filter)>>\nstream\n".utf8)
        out.append(contentsOf: bytes)
        out.append(contentsOf: "\nendstream\nendobj\n".utf8)
    }

    private mutating func begin(_ number: Int) {
        precondition(offsets[number] == -1, "PDF object \(number) written twice")
        offsets[number] = out.count
        out.append(contentsOf: "\(number) 0 obj\n".utf8)
    }

    /// The cross-reference table and trailer. `/ID` is the MD5 of everything written so far, so it is
    /// the same for the same document and differs when anything differs.
    mutating func finish(root: Int, info: Int) -> [UInt8] {
        precondition(!offsets.dropFirst().contains(-1), "a PDF object was allocated but not written")
        let id = PDFString.hex(MD5.digest(out))
        let start = out.count
        out.append(contentsOf: "xref\n0 \(offsets.count)\n0000000000 65535 f\r\n".utf8)
        for offset in offsets.dropFirst() {
            out.append(contentsOf: (PDFString.pad(offset, 10) + " 00000 n\r\n").utf8)
        }
        out.append(contentsOf: "trailer\n<</Size \(offsets.count) /Root \(root) 0 R /Info \(info) 0 R /ID [\(id) \(id)]>>\nstartxref\n\(start)\n%%EOF\n".utf8)
        return out
    }
}
