/// The ToUnicode CMap of a font (ISO 32000-1, 9.10.3): 2-byte glyph ids back to the code points they
/// were shown for, so that text extraction, search and copy give the document's NFC text.
enum ToUnicodeCMap {
    static func make(_ glyphs: [UInt16: Unicode.Scalar]) -> [UInt8] {
        var out = """
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
        /CMapName /Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000> <FFFF>
        endcodespacerange

        """
        var bytes = Array(out.utf8)
        let entries = glyphs.filter { $0.key != 0 }.sorted { $0.key < $1.key }
        // At most 100 mappings a block (the CMap format's limit); bytes appended, not strings
        // formatted, since a month's four fonts have a thousand entries.
        for start in stride(from: 0, to: entries.count, by: 100) {
            let block = entries[start..<Swift.min(start + 100, entries.count)]
            bytes += Array("\(block.count) beginbfchar\n".utf8)
            for (gid, scalar) in block {
                bytes.append(UInt8(ascii: "<"))
                appendHex4(gid, to: &bytes)
                bytes += [UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "<")]
                for unit in scalar.utf16 { appendHex4(unit, to: &bytes) }
                bytes += [UInt8(ascii: ">"), 0x0A]
            }
            bytes += Array("endbfchar\n".utf8)
        }
        out = """
        endcmap
        CMapName currentdict /CMap defineresource pop
        end
        end

        """
        return bytes + Array(out.utf8)
    }
}
