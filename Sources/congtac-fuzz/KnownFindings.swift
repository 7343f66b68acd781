import Foundation

/// Checks for findings that are reported but not fixed yet (Fuzz/README.md), so that the fuzzer can
/// tell them from new ones and go on. Each goes when its finding is fixed.
enum KnownFindings {
    /// F5: whether the bytes hold U+2028 or U+2029 (E2 80 A8, E2 80 A9), which libyaml reads as line
    /// breaks and JSON as characters.
    static func holdsLineSeparator(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        guard bytes.count >= 3 else { return false }
        return (0...(bytes.count - 3)).contains { i in
            bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
        }
    }
}
