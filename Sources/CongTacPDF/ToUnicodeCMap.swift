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
        let entries = glyphs.filter { $0.key != 0 }.sorted { $0.key < $1.key }
        // At most 100 mappings a block (the CMap format's limit).
        for start in stride(from: 0, to: entries.count, by: 100) {
            let block = entries[start..<Swift.min(start + 100, entries.count)]
            out += "\(block.count) beginbfchar\n"
            for (gid, scalar) in block {
                var utf16 = ""
                for unit in String(scalar).utf16 { utf16 += hex4(unit) }
                out += "<\(hex4(gid))> <\(utf16)>\n"
            }
            out += "endbfchar\n"
        }
        out += """
        endcmap
        CMapName currentdict /CMap defineresource pop
        end
        end

        """
        return Array(out.utf8)
    }
}
