import Foundation
import Testing
@testable import CongTacLoading

/// The pass over a file's bytes checks eight bytes at a time where it can: it must find exactly what a
/// character-by-character pass finds, on any bytes.
@Suite struct TextScanTests {
    /// Pieces that sit near the edges: Vietnamese letters, line breaks, signs of legacy encodings,
    /// invisible characters, and bytes that are not UTF-8 (lone, overlong, surrogates, too large).
    static let pieces: [[UInt8]] = [
        "Họp giao ban", "Đ/c Hoàn", "ữ", "Ỹ", "ặ", "á", "ô", "ơ", "ư", "đ", "ÂĂ", "ʼ", "\u{1E00}", "\u{1EFF}",
        " ", "abcdefgh", "\n", "\r", "\r\n", "\t", "\u{7F}", "\u{1}", "“", "”", "–", "…", "\u{2028}", "\u{200B}", "\u{202E}",
        "\u{2060}", "\u{FEFF}", "\u{FFFD}", "\u{00A0}", "\u{00AD}", "\u{0085}", "ä", "Ö", "ñ", "¨", "µ", "e\u{0301}", "😀",
        "\u{061C}", "\u{0600}", "中文", "\u{E000}",
    ].map { Array($0.utf8) } + [
        [0x00], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xC3], [0xE1, 0xBA], [0xE1], [0xE0, 0x80, 0x80],
        [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF],
        [0xE1, 0xBB], [0xC3, 0xA0, 0x80], [0xE1, 0xBA, 0xA0, 0xBA],
    ]

    @Test func wordsAgreeWithCharacters() {
        var generator = SeededGenerator(seed: 0x9E37_79B9_7F4A_7C15)
        for round in 0..<20_000 {
            var bytes: [UInt8] = []
            let count = generator.next(40)
            for _ in 0..<count {
                // Mostly clean text, so that long stretches take the fast path before an odd byte.
                let piece = generator.next(10) < 8 ? Self.pieces[generator.next(14)] : Self.pieces[generator.next(Self.pieces.count)]
                bytes += piece
            }
            let fast = SourceText.scan(bytes)
            let slow = SourceText.scanSlowly(bytes)
            #expect(fast == slow, "round \(round), \(generator): \(bytes)")
            #expect((fast == nil) == (bytes.contains(0) || String(validating: bytes, as: UTF8.self) == nil),
                    "round \(round), \(generator): \(bytes)")
            if fast != slow { return }
        }
    }

    @Test func signMasksAreTheSigns() {
        for v in UInt32(0x80)...0xFF {
            let sign = LegacyEncoding.tcvn3Signs.contains(v) || LegacyEncoding.vniMarks.contains(v)
            #expect(LegacyEncoding.isSign(v) == sign, "U+\(String(v, radix: 16))")
            let text = "ab" + String(Unicode.Scalar(v)!) + "c"
            #expect(LegacyEncoding.mayBeLegacy(utf8: text) == sign, "U+\(String(v, radix: 16)) in a text")
        }
        #expect(!LegacyEncoding.mayBeLegacy(utf8: "Họp giao ban công tác tháng Ba, Đ/c Hoàn"))
    }

    @Test func theSchedulesAgree() throws {
        let root = packageRoot
        for folder in ["examples", "Fuzz/corpus"] {
            let url = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
                let bytes = try [UInt8](Data(contentsOf: url.appendingPathComponent(name)))
                #expect(SourceText.scan(bytes) == SourceText.scanSlowly(bytes), "\(name)")
            }
        }
    }
}
