import Foundation

/// A file's lines as the loader counts them, for checking diagnostics' places: a line ends at LF,
/// CR LF or a lone CR (which the loader reads as LF). U+2028 and U+2029 end none, nor does NEL
/// (U+0085): the loader reads them as spaces before parsing (findings F2, F5). Columns count Unicode scalars; a leading byte-order mark is not
/// part of line 1.
struct SourceLines {
    /// Each line's scalars (invalid UTF-8 decoded as U+FFFD, which never gives fewer scalars than the
    /// loader counts before the first invalid byte).
    var scalars: [[Unicode.Scalar]] = []
    /// Whether the last line is empty because the file ends with a line break.
    var endsWithBreak = false
    /// Whether some line ends with a lone CR (see finding F2 in Fuzz/README.md).
    var hasOtherBreaks = false

    var count: Int { scalars.count }

    init(_ data: Data) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var start = 0
        var i = 0
        while i < bytes.count {
            var breakLength = 0
            switch bytes[i] {
            case 0x0A:
                breakLength = 1
            case 0x0D:
                breakLength = i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
                if breakLength == 1 { hasOtherBreaks = true }
            default:
                break
            }
            if breakLength == 0 {
                i += 1
                continue
            }
            scalars.append(Array(String(decoding: bytes[start..<i], as: UTF8.self).unicodeScalars))
            i += breakLength
            start = i
        }
        scalars.append(Array(String(decoding: bytes[start...], as: UTF8.self).unicodeScalars))
        endsWithBreak = scalars.last?.isEmpty == true && bytes.count > 0
    }
}
