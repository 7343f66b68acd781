/// A strict JSON (RFC 8259) parser that builds `SourceNode`s with their lines, for schedule files
/// named `*.json`: several times faster than going through YAML, and its errors speak of JSON.
/// Stops at the first error: after a JSON syntax error, everything else would be noise.
struct JSONTree {
    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var depth = 0
    private let maxDepth: Int
    private(set) var error: (message: Message, mark: SourceMark)?

    init(_ bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// The document's root node, or nil with `error` set.
    mutating func parse() -> SourceNode? {
        skipSpace()
        guard let root = value() else { return nil }
        skipSpace()
        if i < bytes.count {
            fail(vi: "còn nội dung sau khi giá trị JSON đã kết thúc", en: "more content after the JSON value ended")
            return nil
        }
        return root
    }

    private var mark: SourceMark { SourceMark(line: line, column: 0, offset: i) }

    private mutating func fail(vi: String, en: String) {
        if error == nil {
            error = (Message(code: "syntax", vi: "lỗi cú pháp JSON: \(vi)", en: "JSON syntax error: \(en)"), mark)
        }
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A: i += 1; line += 1
            default: return
            }
        }
    }

    private func describe(_ byte: UInt8) -> String {
        byte < 0x80 && byte >= 0x20 ? "`\(Character(Unicode.Scalar(byte)))`" : String(format04(UInt32(byte)))
    }

    private mutating func value() -> SourceNode? {
        guard i < bytes.count else {
            fail(vi: "tệp kết thúc khi đang chờ một giá trị", en: "the file ends where a value is expected")
            return nil
        }
        switch bytes[i] {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "\""):
            let start = mark
            guard let s = string() else { return nil }
            return .scalar(.init(string: s, isNull: false, mark: start))
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
        default:
            fail(vi: "ký tự \(describe(bytes[i])) không thể bắt đầu một giá trị (văn bản phải đặt trong dấu ngoặc kép)",
                 en: "\(describe(bytes[i])) cannot start a value (text must be in double quotes)")
            return nil
        }
    }

    private mutating func enter() -> Bool {
        depth += 1
        if depth > maxDepth {
            error = (.tooDeep(limit: maxDepth), mark)
            return false
        }
        return true
    }

    private mutating func object() -> SourceNode? {
        let start = mark
        guard enter() else { return nil }
        defer { depth -= 1 }
        i += 1
        var pairs: [(SourceNode, SourceNode)] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
            return .mapping(pairs, start)
        }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                    fail(vi: "dấu phẩy thừa trước `}`", en: "an extra comma before `}`")
                } else {
                    fail(vi: "cần tên khóa trong dấu ngoặc kép", en: "a key in double quotes is expected")
                }
                return nil
            }
            let keyMark = mark
            guard let key = string() else { return nil }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                fail(vi: "thiếu dấu `:` sau khóa \"\(key)\"", en: "a `:` is missing after the key \"\(key)\"")
                return nil
            }
            i += 1
            skipSpace()
            guard let v = value() else { return nil }
            pairs.append((.scalar(.init(string: key, isNull: false, mark: keyMark)), v))
            skipSpace()
            guard i < bytes.count else {
                fail(vi: "tệp kết thúc giữa chừng: thiếu `}`", en: "the file ends early: a `}` is missing")
                return nil
            }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .mapping(pairs, start) }
            fail(vi: "cần dấu `,` hoặc `}` ở đây", en: "a `,` or `}` is expected here")
            return nil
        }
    }

    private mutating func array() -> SourceNode? {
        let start = mark
        guard enter() else { return nil }
        defer { depth -= 1 }
        i += 1
        var items: [SourceNode] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
            i += 1
            return .sequence(items, start)
        }
        while true {
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                fail(vi: "dấu phẩy thừa trước `]`", en: "an extra comma before `]`")
                return nil
            }
            guard let item = value() else { return nil }
            items.append(item)
            skipSpace()
            guard i < bytes.count else {
                fail(vi: "tệp kết thúc giữa chừng: thiếu `]`", en: "the file ends early: a `]` is missing")
                return nil
            }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .sequence(items, start) }
            fail(vi: "cần dấu `,` hoặc `]` ở đây", en: "a `,` or `]` is expected here")
            return nil
        }
    }

    private mutating func literal(_ word: StaticString) -> SourceNode? {
        let start = mark
        let text = word.withUTF8Buffer { Array($0) }
        guard i + text.count <= bytes.count, Array(bytes[i..<(i + text.count)]) == text else {
            fail(vi: "giá trị không hợp lệ (văn bản phải đặt trong dấu ngoặc kép)",
                 en: "an invalid value (text must be in double quotes)")
            return nil
        }
        i += text.count
        let s = String(decoding: text, as: UTF8.self)
        return .scalar(.init(string: s == "null" ? "" : s, isNull: s == "null", mark: start))
    }

    private mutating func number() -> SourceNode? {
        let start = mark
        let from = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        var digits = 0
        while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1; digits += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
        }
        guard digits > 0 else {
            fail(vi: "số không hợp lệ", en: "an invalid number")
            return nil
        }
        return .scalar(.init(string: String(decoding: bytes[from..<i], as: UTF8.self), isNull: false, mark: start))
    }

    /// A string starting at `"`; escapes decoded, raw control characters and lone surrogates refused.
    private mutating func string() -> String? {
        i += 1
        let from = i
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: bytes[from..<i], as: UTF8.self)
                i += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 {
                fail(vi: "xuống dòng hoặc ký tự điều khiển trong chuỗi (viết \\n nếu cần xuống dòng)",
                     en: "a line break or control character inside a string (write \\n for a line break)")
                return nil
            }
            i += 1
        }
        var out = Array(bytes[from..<i])
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 {
                fail(vi: "xuống dòng hoặc ký tự điều khiển trong chuỗi (viết \\n nếu cần xuống dòng)",
                     en: "a line break or control character inside a string (write \\n for a line break)")
                return nil
            }
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                i += 1
                continue
            }
            guard i + 1 < bytes.count else { break }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var code = hex4() else { return nil }
                if (0xD800...0xDBFF).contains(code) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                        fail(vi: "\\u\(String(code, radix: 16, uppercase: true)) là nửa cặp UTF-16 đứng một mình",
                             en: "\\u\(String(code, radix: 16, uppercase: true)) is a lone surrogate")
                        return nil
                    }
                    i += 2
                    guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else {
                        fail(vi: "cặp UTF-16 không hợp lệ", en: "an invalid surrogate pair")
                        return nil
                    }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(code) {
                    fail(vi: "\\u\(String(code, radix: 16, uppercase: true)) là nửa cặp UTF-16 đứng một mình",
                         en: "\\u\(String(code, radix: 16, uppercase: true)) is a lone surrogate")
                    return nil
                }
                out.append(contentsOf: Array(String(Character(Unicode.Scalar(code)!)).utf8))
            default:
                i -= 2
                fail(vi: "ký tự thoát không hợp lệ sau `\\` (viết `\\\\` cho một dấu `\\`)",
                     en: "an invalid escape after `\\` (write `\\\\` for a backslash)")
                return nil
            }
        }
        fail(vi: "chuỗi chưa đóng dấu ngoặc kép", en: "a string is not closed with `\"`")
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else {
            fail(vi: "\\u phải theo sau bởi 4 chữ số thập lục phân", en: "\\u must be followed by 4 hex digits")
            return nil
        }
        i += 4
        return code
    }
}
