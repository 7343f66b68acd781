import CongTacTestSupport
import Testing
@testable import CongTacRendering

/// The line breaker's byte path (`LineBreaker.splitBytes`, the speed seam) splits every text it
/// takes exactly as the character path does.
@Suite struct LineBreakerPathTests {
    enum Token: Equatable { case spaces(Int), word(String, Bool) }

    struct Recorder: LineBreaker.TokenSink {
        var tokens: [Token] = []
        mutating func spaces(_ count: Int) { tokens.append(.spaces(count)) }
        mutating func word(_ word: Substring, breakAfterHyphen: Bool) { tokens.append(.word(String(word), breakAfterHyphen)) }
    }

    static func tokens(_ text: String, bytes: Bool) -> [Token] {
        var recorder = Recorder()
        if bytes {
            LineBreaker.splitBytes(text[...], into: &recorder)
        } else {
            LineBreaker.splitCharacters(text[...], into: &recorder)
        }
        return recorder.tokens
    }

    /// Every text of the examples takes the byte path, and splits the same on both.
    @Test func examplesTakeTheBytePathAndSplitAlike() throws {
        var count = 0
        for name in exampleNames {
            for text in DocumentView(try loadExample(name)).allTexts {
                #expect(LineBreaker.splitsOnBytes(text[...].utf8), "\(name): \(text)")
                #expect(Self.tokens(text, bytes: true) == Self.tokens(text, bytes: false), "\(name): \(text)")
                count += 1
            }
        }
        #expect(count > 300)
    }

    /// Random texts of spaces, hyphens, line ends, Vietnamese letters precomposed and decomposed,
    /// combining marks, joiners, emoji and a prepended mark: where the byte path is allowed, it
    /// splits as the character path; where a joining mark follows a space or hyphen, it is not.
    @Test func randomTextsSplitAlike() {
        let pieces = [" ", "  ", "\t", "\n", "\r\n", "\r", "-", "a", "B", "7", "ệ", "Đ", "e\u{0302}\u{0301}", "\u{0301}",
                      "\u{200D}", "\u{FE0F}", "😀", "\u{0600}", "TT-TKKHCN", "2025-2030", "(", "”", "\u{00AD}"]
        var random = SeededGenerator(seed: 20261128)
        var byteTexts = 0
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 1...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            guard LineBreaker.splitsOnBytes(text[...].utf8) else {
                continue
            }
            byteTexts += 1
            #expect(Self.tokens(text, bytes: true) == Self.tokens(text, bytes: false),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) }) (\(random))")
        }
        #expect(byteTexts > 500)
        #expect(!LineBreaker.splitsOnBytes("a \u{0301}b"[...].utf8))
        #expect(!LineBreaker.splitsOnBytes("a-\u{200D}b"[...].utf8))
        #expect(!LineBreaker.splitsOnBytes("a\r\nb"[...].utf8))
    }
}
