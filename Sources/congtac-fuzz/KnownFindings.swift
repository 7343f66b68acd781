import Foundation

/// Checks for findings that are reported but not fixed yet (Fuzz/README.md), so that the fuzzer can
/// tell them from new ones and go on. Each goes when its finding is fixed.
enum KnownFindings {
    /// Nesting deeper than this may make a key deep enough for F8's exponential comparison to pass
    /// libFuzzer's time limit (2^16 steps take well under a second).
    static let f8Depth = 16

    /// F8: whether the input may hold mapping keys that are deep collections, which Yams' duplicate-key
    /// check compares in exponential time: flow brackets nested deeper than `f8Depth` (but not so deep
    /// that the loader refuses them before parsing), or an explicit
    /// key (`?`) or an alias (`*`) with more than `f8Depth` block indicators on a line or an
    /// indentation of more than twice that. A rough, generous estimate: quotes and comments are not
    /// told apart, so some harmless inputs are skipped too.
    static func mayHoldDeepKeys(_ data: Data) -> Bool {
        var flowDepth = 0
        var deepestFlow = 0
        var keyOrAlias = false
        var deepBlock = false
        var indentation = 0
        var indicators = 0
        var atLineStart = true
        var previous: UInt8 = 0x0A
        for byte in data {
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                deepestFlow = max(deepestFlow, flowDepth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
            case UInt8(ascii: "?"), UInt8(ascii: "*"):
                keyOrAlias = true
            default:
                break
            }
            if byte == 0x0A || byte == 0x0D {
                atLineStart = true
                indentation = 0
                indicators = 0
            } else if atLineStart && byte == 0x20 {
                indentation += 1
            } else if byte == 0x20 && (previous == UInt8(ascii: "-") || previous == UInt8(ascii: "?")) {
                indicators += 1
            } else {
                atLineStart = false
            }
            if indicators > f8Depth || indentation > 2 * f8Depth { deepBlock = true }
            previous = byte
        }
        // Flow nesting beyond the loader's limit (64) is refused before Yams sees it.
        return (deepestFlow > f8Depth && deepestFlow <= 64) || (keyOrAlias && deepBlock)
    }
}
