/// The check of a schedule's texts against the fonts of an output (the PDF's embedded subsets):
/// a character they lack is an error at its own line and column, so that the clerk finds it in the
/// file, instead of an empty box in the signed document.
///
/// Runs over the file's scalars (every text the schedule holds is one), before the schedule is
/// read, only when an output that needs it is asked for. The place is the character's first
/// occurrence in the scalar's source; for a character written as an escape (`"\U0001F600"`), the
/// scalar's own place.
enum CharacterCoverage {
    static func check(_ tree: SourceTree, sink: DiagnosticSink, unsupported: (String) -> Character?) {
        for index in tree.nodes.indices where tree.nodes[index].kind == .scalar {
            let node = SourceNode(index: index)
            let text = tree.string(node)
            // Plain ASCII is in every font: most scalars (keys, dates, numbers) end here.
            if text.utf8.allSatisfy({ $0 < 0x80 && $0 >= 0x20 }) { continue }
            // Line breaks and tabs are layout (a title's `\n` starts its second line), not glyphs.
            let shown = text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
                ? String(text.map { $0 == "\n" || $0 == "\r\n" || $0 == "\t" ? " " : $0 }) : text
            guard let character = unsupported(shown) else { continue }
            let mark = place(of: character, in: tree, node: node, sink: sink)
            sink.error(.characterNotInFont(character), at: mark)
        }
    }

    /// Where `character` is first written in the scalar's source, or the scalar's place.
    private static func place(of character: Character, in tree: SourceTree, node: SourceNode, sink: DiagnosticSink) -> SourceMark {
        let mark = tree.mark(node)
        guard let lineIndex = sink.lineIndex else { return mark }
        let start = mark.column > 0 ? lineIndex.offset(line: mark.line, column: mark.column) : mark.offset
        let needle = Array(String(character).utf8)
        let source = tree.source
        // The scalar's source ends before the next node starts (or a little after its text).
        let limit = min(source.count, start + tree.string(node).utf8.count * 2 + 16)
        guard start >= 0, !needle.isEmpty, start + needle.count <= limit else { return mark }
        var line = mark.line
        var i = start
        while i + needle.count <= limit {
            if source[i] == needle[0], Array(source[i..<(i + needle.count)]) == needle {
                return .located(line: line, column: lineIndex.column(ofOffset: i, line: line))
            }
            if source[i] == 0x0A { line += 1 }
            i += 1
        }
        return mark
    }
}
