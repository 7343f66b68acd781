/// Writes numbered indirect objects into one buffer and finishes the file with its cross-reference
/// section, in one of two forms:
/// - packed (the default): every object that is not a stream goes into compressed object streams,
///   indexed by a cross-reference stream (ISO 32000-1, 7.5.7–7.5.8; PDF/A-2 allows both). A tagged
///   document is mostly small dictionaries, one per structure element: packed, a month's programme
///   is about a third smaller.
/// - plain: a classic xref table, every object readable in a text editor (for debugging).
/// qpdf, poppler, pikepdf and pyHanko (whose incremental update appends its own section) read both.
struct PDFObjectWriter {
    private(set) var out: [UInt8] = []
    let packsObjects: Bool
    /// Where each object is, by number (index 0 is the free list head).
    private var entries: [Entry] = [.free]
    /// Objects waiting for an object stream: number and body.
    private var pending: [(number: Int, body: String)] = []

    /// Objects an object stream holds: enough to compress well, few enough to read one quickly.
    static let objectsPerStream = 200

    private enum Entry: Equatable {
        case free
        case allocated
        case direct(offset: Int)
        case packed(stream: Int, index: Int)
    }

    init(packsObjects: Bool) {
        self.packsObjects = packsObjects
        // The header and a comment of four bytes above 127, so that transfer programs treat the file
        // as binary (ISO 32000-1, 7.5.2).
        out.append(contentsOf: "%PDF-1.7\n%".utf8)
        out.append(contentsOf: [0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
    }

    /// A new object number, for objects referenced before they are written.
    mutating func allocate() -> Int {
        entries.append(.allocated)
        return entries.count - 1
    }

    mutating func object(_ number: Int, _ body: String) {
        precondition(entries[number] == .allocated, "PDF object \(number) written twice")
        if packsObjects {
            entries[number] = .packed(stream: 0, index: 0)   // placed when the stream is written
            pending.append((number, body))
        } else {
            begin(number)
            out.append(contentsOf: body.utf8)
            out.append(contentsOf: "\nendobj\n".utf8)
        }
    }

    /// A stream object; `dictionary` holds the entries besides /Length and /Filter.
    mutating func stream(_ number: Int, dictionary: String = "", data: [UInt8], compress: Bool = true) throws(PDFWriteError) {
        try stream(number, dictionary: dictionary, bytes: compress ? try Deflate.compress(data) : data, deflated: compress)
    }

    /// A stream object whose data is already as stored (`deflated`: with zlib).
    mutating func stream(_ number: Int, dictionary: String = "", bytes: [UInt8], deflated: Bool) throws(PDFWriteError) {
        precondition(entries[number] == .allocated, "PDF object \(number) written twice")
        begin(number)
        let filter = deflated ? " /Filter /FlateDecode" : ""
        out.append(contentsOf: "<<\(dictionary.isEmpty ? "" : dictionary + " ")/Length \(bytes.count)\(filter)>>\nstream\n".utf8)
        out.append(contentsOf: bytes)
        out.append(contentsOf: Self.endOfStream(after: bytes).utf8)
        out.append(contentsOf: "endstream\nendobj\n".utf8)
    }

    /// The end-of-line marker before `endstream`: a reader takes CR LF as one marker, so data that
    /// ends in CR gets CR LF after it, or the CR would be read as part of the marker and the stream
    /// would look one byte shorter than its /Length (PDF/A-2, 6.1.7.1).
    static func endOfStream(after bytes: [UInt8]) -> String {
        bytes.last == 0x0D ? "\r\n" : "\n"
    }

    private mutating func begin(_ number: Int) {
        entries[number] = .direct(offset: out.count)
        out.append(contentsOf: "\(number) 0 obj\n".utf8)
    }

    /// Writes the pending objects into object streams (`/Type /ObjStm`): a header of "number offset"
    /// pairs, then the objects, offsets counted from `/First`.
    private mutating func writeObjectStreams() throws(PDFWriteError) {
        let groups = stride(from: 0, to: pending.count, by: Self.objectsPerStream).map {
            pending[$0..<min($0 + Self.objectsPerStream, pending.count)]
        }
        pending = []
        for group in groups {
            let streamNumber = allocate()
            var header = ""
            var body: [UInt8] = []
            for (index, object) in group.enumerated() {
                header += "\(object.number) \(body.count) "
                body.append(contentsOf: object.body.utf8)
                body.append(0x0A)
                entries[object.number] = .packed(stream: streamNumber, index: index)
            }
            header += "\n"
            try stream(streamNumber, dictionary: "/Type /ObjStm /N \(group.count) /First \(header.utf8.count)",
                       data: Array(header.utf8) + body)
        }
    }

    /// The cross-reference section and trailer. `/ID` is the MD5 of everything written before them, so
    /// it is the same for the same document and differs when anything differs.
    mutating func finish(root: Int, info: Int) throws(PDFWriteError) -> [UInt8] {
        try writeObjectStreams()
        precondition(!entries.contains(.allocated), "a PDF object was allocated but not written")
        let id = PDFString.hex(MD5.digest(out))
        guard packsObjects else {
            let start = out.count
            out.append(contentsOf: "xref\n0 \(entries.count)\n".utf8)
            for entry in entries {
                switch entry {
                case .direct(let offset): out.append(contentsOf: (PDFString.pad(offset, 10) + " 00000 n\r\n").utf8)
                default: out.append(contentsOf: "0000000000 65535 f\r\n".utf8)
                }
            }
            out.append(contentsOf: "trailer\n<</Size \(entries.count) /Root \(root) 0 R /Info \(info) 0 R /ID [\(id) \(id)]>>\nstartxref\n\(start)\n%%EOF\n".utf8)
            return out
        }
        // The cross-reference stream: rows of 1 + 4 + 2 bytes (type, offset or stream, generation or index).
        let number = allocate()
        let start = out.count
        entries[number] = .direct(offset: start)
        var rows: [UInt8] = []
        rows.reserveCapacity(entries.count * 7)
        for entry in entries {
            switch entry {
            case .direct(let offset): rows.append(1); rows.appendU32(UInt32(offset)); rows.appendU16(0)
            case .packed(let stream, let index): rows.append(2); rows.appendU32(UInt32(stream)); rows.appendU16(UInt16(index))
            case .free, .allocated: rows.append(0); rows.appendU32(0); rows.appendU16(0xFFFF)
            }
        }
        let compressed = try Deflate.compress(rows)
        out.append(contentsOf: "\(number) 0 obj\n<</Type /XRef /Size \(entries.count) /W [1 4 2] /Root \(root) 0 R /Info \(info) 0 R /ID [\(id) \(id)] /Length \(compressed.count) /Filter /FlateDecode>>\nstream\n".utf8)
        out.append(contentsOf: compressed)
        out.append(contentsOf: (Self.endOfStream(after: compressed) + "endstream\nendobj\nstartxref\n\(start)\n%%EOF\n").utf8)
        return out
    }
}
