import Testing
@testable import CongTacRendering

/// Line breaking with simple widths: every character 10 points wide, a space 5.
@Suite struct LineBreakerTests {
    static let breaker = LineBreaker(measure: { text, _ in
        text.reduce(0) { $0 + ($1 == " " ? 5 : 10) }
    })
    static let regular = TextStyle(.regular, 12)

    func lines(_ text: String, width: Double, indent: Double = 0) -> [String] {
        Self.breaker.lines([StyledRun(text, Self.regular)], width: width, firstLineIndent: indent).map { line in
            line.pieces.map { String(repeating: " ", count: $0.spacesBefore) + $0.text }.joined()
        }
    }

    @Test func breaksAtSpacesOnly() {
        // "Họp" 30, "giao" 40, "ban" 30: 30 + 5 + 40 = 75 fits 90; adding " ban" does not.
        #expect(lines("Họp giao ban tháng", width: 90) == ["Họp giao", "ban tháng"])
        // Vietnamese syllables are never cut, whatever their diacritics.
        for line in lines("Nghị quyết số 57 của Bộ Chính trị về đột phá phát triển khoa học", width: 100) {
            #expect(line.count * 10 <= 100)
        }
    }

    @Test func firstLineIndentShortensTheFirstLine() {
        #expect(lines("aaa bbb ccc", width: 80, indent: 20) == ["aaa", "bbb ccc"])
    }

    @Test func wordLongerThanTheColumnIsBrokenThere() {
        let result = lines("x TKKHCNĐMSTQLCN y", width: 50)
        #expect(result == ["x", "TKKHC", "NĐMST", "QLCN", "y"])
        for line in result { #expect(line.count * 10 <= 50) }
    }

    @Test func breaksAfterAHyphenBeforeALetter() {
        #expect(lines("Phòng TT-TKKHCN", width: 100) == ["Phòng TT-", "TKKHCN"])
        // Not before a digit, nor at a spaced dash.
        #expect(lines("năm 2025-2030", width: 90) == ["năm", "2025-2030"])
    }

    @Test func typedSpacesAreKept() {
        let line = Self.breaker.lines([StyledRun("Số:      /CTr-KHCN", Self.regular)], width: 1000)
        #expect(line.count == 1)
        #expect(line[0].pieces[1].spacesBefore == 6)
        #expect(line[0].pieces[1].x == 30 + 30)
    }

    /// A line break typed in a text (a YAML block scalar) is a space, never a glyph.
    @Test func lineBreaksAndTabsAreSpaces() {
        let line = Self.breaker.lines([StyledRun("Họp\ngiao\tban", Self.regular)], width: 1000)[0]
        #expect(line.pieces.map(\.text) == ["Họp", "giao", "ban"])
        #expect(line.pieces[1].x == 35)
    }

    @Test func runsInSeveralStylesStayTogetherWithoutASpace() {
        let underlined = TextStyle(.regular, 12, underline: true)
        let result = Self.breaker.lines([StyledRun("Sáng:", underlined), StyledRun(" ", Self.regular),
                                         StyledRun("Họp", Self.regular)], width: 1000)
        #expect(result[0].pieces.map(\.text) == ["Sáng:", "Họp"])
        #expect(result[0].pieces[0].style.underline && !result[0].pieces[1].style.underline)
    }

    /// A justified line ends exactly at the column's right edge; the paragraph's last line does not.
    @Test func justifiedLinesFillTheWidth() {
        let result = Self.breaker.lines([StyledRun("một hai ba bốn năm sáu bảy tám", Self.regular)], width: 100)
        #expect(result.count > 1)
        for (index, line) in result.enumerated() {
            let isLast = index == result.count - 1
            let (pieces, extra) = line.aligned(.justified, width: 100, indent: 0, isLast: isLast)
            let end = pieces.last!.x + pieces.last!.width
            if isLast {
                #expect(extra == 0 && end == line.width)
            } else if line.spaces > 0 {
                #expect(abs(end - 100) < 0.001)
            }
        }
    }

    @Test func centredLinesAreCentred() {
        let line = Self.breaker.lines([StyledRun("abc", Self.regular)], width: 100)[0]
        let (pieces, _) = line.aligned(.center, width: 100, indent: 0, isLast: true)
        #expect(pieces[0].x == 35)
    }
}
