extension String {
    /// Without spaces and tabs at either end: what Foundation's `.whitespaces` trims (tab, the Zs
    /// category and U+200B ZERO WIDTH SPACE), without its bridge through NSString.
    package var trimmedOfSpaces: String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t"
                || (scalar.value >= 0x80 && (scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator))
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return self }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
