/// The one pass over a file's bytes that `SourceText.decode` makes: UTF-8 validity, lines, and which
/// slower checks the text needs.
extension SourceText {
    /// What one pass over clean text finds.
    struct Scan: Equatable {
        /// Lines, a lone carriage return ending one.
        var lineCount = 1
        var hasLoneCarriageReturn = false
        /// A control or invisible character may be there: the scalar-by-scalar scan must run.
        var needsCharacterScan = false
        /// A Latin-1 letter that Vietnamese never uses: the legacy-encoding detection must run.
        var mayContainSigns = false
        /// See `Decoded.irregular`.
        var irregular: [Int32]? = []
    }

    /// Irregular characters recorded at most; past this, texts are checked one by one.
    static let maxIrregular = 65_536

    /// One pass over the bytes: counts the lines, notes the irregular characters, and tells which
    /// slower checks the text needs. Nil for a NUL byte or invalid UTF-8.
    ///
    /// Eight bytes at a time: a word of printable ASCII, continuation bytes and the leading bytes of
    /// Vietnamese letters (U+00C0–U+02FF, U+1E80–U+1EFF) is checked with a few word operations; any other
    /// word goes character by character (`step`).
    static func scan(_ bytes: [UInt8]) -> Scan? {
        bytes.withUnsafeBufferPointer { buffer -> Scan? in
            var scanner = Scanner(buffer)
            return scanner.run() ? scanner.result() : nil
        }
    }

    /// The same, character by character all along: what `scan` must agree with.
    static func scanSlowly(_ bytes: [UInt8]) -> Scan? {
        bytes.withUnsafeBufferPointer { buffer -> Scan? in
            var scanner = Scanner(buffer)
            var i = 0
            while i < buffer.count {
                guard let next = scanner.step(at: i) else { return nil }
                i = next
            }
            return scanner.result()
        }
    }

    private struct Scanner {
        let base: UnsafePointer<UInt8>?
        let n: Int
        var scan = Scan()
        var irregular: [Int32] = []
        var overflow = false

        init(_ buffer: UnsafeBufferPointer<UInt8>) {
            base = buffer.baseAddress
            n = buffer.count
        }

        func result() -> Scan {
            var result = scan
            result.irregular = overflow ? nil : irregular
            return result
        }

        mutating func note(_ i: Int) {
            if irregular.count < SourceText.maxIrregular { irregular.append(Int32(i)) } else { overflow = true }
        }

        /// Bytes at a time, then character by character for the words that need it and the tail.
        mutating func run() -> Bool {
            guard let base else { return true }
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            /// Bytes of `x` that are zero, as their high bits (exact for each byte).
            func zeroBytes(_ x: UInt64) -> UInt64 { ~(((x & low7) &+ low7) | x) & high }
            var i = 0
            // Continuation bytes owed by a character that started in an earlier word, as high bits.
            var carry: UInt64 = 0
            while i + 9 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let v = w & low7
                let isHigh = w & high
                // Printable ASCII: no high bit, nothing below 0x20, no DEL.
                let control = ~isHigh & (~(v &+ 0x6060_6060_6060_6060) | (v &+ ones)) & high
                if carry == 0, isHigh == 0, control == 0 {
                    i += 8
                    continue
                }
                let continuation = isHigh & ~(v &+ 0x4040_4040_4040_4040) & high  // 0x80–0xBF
                let lead = isHigh & ~continuation
                // Leading bytes that need no look of their own: C3–CB (U+00C0–U+02FF, C3 checked for signs
                // below) and E1 followed by BA or BB (U+1E80–U+1EFF).
                let twoByte = lead & (v &+ 0x3D3D_3D3D_3D3D_3D3D) & ~(v &+ 0x3434_3434_3434_3434) & high
                let e1 = lead & zeroBytes(w ^ 0xE1E1_E1E1_E1E1_E1E1)
                let next = raw.loadUnaligned(fromByteOffset: i + 1, as: UInt64.self)
                let vietnamese = e1 & zeroBytes((next & 0xFEFE_FEFE_FEFE_FEFE) ^ 0xBABA_BABA_BABA_BABA)
                if control != 0 || lead & ~twoByte & ~vietnamese != 0 {
                    // Character by character, from the first character that starts in this word.
                    guard carry & ~continuation == 0 else { return false }
                    var j = i + carry.nonzeroBitCount
                    while j < i + 8 {
                        guard let after = step(at: j) else { return false }
                        j = after
                    }
                    i = j
                    carry = 0
                    continue
                }
                // Each leading byte owes one continuation byte, E1 two: they must be exactly the
                // continuation bytes there are.
                guard (lead << 8) | (vietnamese << 16) | carry == continuation else { return false }
                carry = (lead >> 56) | (vietnamese >> 48)
                if !scan.mayContainSigns {
                    var c3 = lead & zeroBytes(w ^ 0xC3C3_C3C3_C3C3_C3C3)
                    while c3 != 0 {
                        let k = c3.trailingZeroBitCount &>> 3
                        if LegacyEncoding.signMasks.1 &>> (base[i &+ k &+ 1] & 0x3F) & 1 != 0 { scan.mayContainSigns = true }
                        c3 &= c3 &- 1
                    }
                }
                i += 8
            }
            // The continuation bytes owed, then the tail character by character.
            while carry != 0 {
                guard i < n, base[i] & 0xC0 == 0x80 else { return false }
                carry >>= 8
                i += 1
            }
            while i < n {
                guard let after = step(at: i) else { return false }
                i = after
            }
            return true
        }

        /// Checks the character at `i`; the index after it, or nil for a NUL byte or invalid UTF-8.
        mutating func step(at i: Int) -> Int? {
            guard let base else { return nil }
            let b = base[i]
            if b < 0x80 {
                if b >= 0x20 {
                    if b == 0x7F {
                        scan.needsCharacterScan = true
                        note(i)
                    }
                    return i + 1
                }
                switch b {
                case 0x0A: scan.lineCount += 1
                case 0x0D:
                    if i + 1 == n || base[i + 1] != 0x0A {
                        scan.hasLoneCarriageReturn = true
                        scan.lineCount += 1
                    }
                case 0x09: break
                case 0x00: return nil
                default:
                    scan.needsCharacterScan = true
                    note(i)
                }
                return i + 1
            }
            if b < 0xE0 {
                guard b >= 0xC2, i + 1 < n else { return nil }
                let c = base[i + 1]
                guard c & 0xC0 == 0x80 else { return nil }
                if b >= 0xCC {
                    note(i)  // U+0300 and above: combining marks, other scripts
                    if b == 0xD8, c == 0x9C { scan.needsCharacterScan = true }  // Arabic letter mark
                } else if b == 0xC2 {
                    if c <= 0x9F || c == 0xAD { scan.needsCharacterScan = true }  // C1 controls, soft hyphen
                    if c <= 0xA0 { note(i) }
                    if LegacyEncoding.isSign(UInt32(c)) { scan.mayContainSigns = true }
                } else if b == 0xC3 {
                    if LegacyEncoding.isSign(0xC0 | UInt32(c & 0x3F)) { scan.mayContainSigns = true }
                }
                return i + 2
            }
            if b < 0xF0 {
                guard i + 2 < n else { return nil }
                let c = base[i + 1]
                let t = base[i + 2]
                if b == 0xE1 {
                    guard c & 0xC0 == 0x80, t & 0xC0 == 0x80 else { return nil }
                    if c != 0xBA && c != 0xBB { note(i) }  // U+1E80–U+1EFF: Vietnamese letters
                    return i + 3
                }
                let low: UInt8 = b == 0xE0 ? 0xA0 : 0x80
                let high: UInt8 = b == 0xED ? 0x9F : 0xBF
                guard c >= low, c <= high, t & 0xC0 == 0x80 else { return nil }
                if b == 0xE2, c == 0x80 {
                    // U+2000–U+203F: dashes and quotes are plain; spaces and invisible marks are not.
                    if t <= 0x8F || (0xA8...0xAF).contains(t) {
                        note(i)
                        scan.needsCharacterScan = true
                    }
                } else {
                    note(i)
                    if b == 0xE2, c == 0x81 {
                        scan.needsCharacterScan = true  // invisible marks in U+2040–U+207F
                    } else if b == 0xEF, (c == 0xBB && t == 0xBF) || c == 0xBF {
                        scan.needsCharacterScan = true  // U+FEFF, U+FFFE, U+FFFF
                    }
                }
                return i + 3
            }
            guard b <= 0xF4, i + 3 < n else { return nil }
            let c = base[i + 1]
            let low: UInt8 = b == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = b == 0xF4 ? 0x8F : 0xBF
            guard c >= low, c <= high, base[i + 2] & 0xC0 == 0x80, base[i + 3] & 0xC0 == 0x80 else { return nil }
            note(i)
            return i + 4
        }
    }
}
