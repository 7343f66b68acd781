/// MD5 (RFC 1321), only for the trailer's `/ID`: the file identifier is a digest of the file's
/// body, so it is unique to the content and the same for the same input. Not used for security.
enum MD5 {
    /// floor(|sin(i + 1)| × 2³²), as RFC 1321 defines them.
    private static let constants: [UInt32] = [
        0xD76AA478, 0xE8C7B756, 0x242070DB, 0xC1BDCEEE,
        0xF57C0FAF, 0x4787C62A, 0xA8304613, 0xFD469501,
        0x698098D8, 0x8B44F7AF, 0xFFFF5BB1, 0x895CD7BE,
        0x6B901122, 0xFD987193, 0xA679438E, 0x49B40821,
        0xF61E2562, 0xC040B340, 0x265E5A51, 0xE9B6C7AA,
        0xD62F105D, 0x02441453, 0xD8A1E681, 0xE7D3FBC8,
        0x21E1CDE6, 0xC33707D6, 0xF4D50D87, 0x455A14ED,
        0xA9E3E905, 0xFCEFA3F8, 0x676F02D9, 0x8D2A4C8A,
        0xFFFA3942, 0x8771F681, 0x6D9D6122, 0xFDE5380C,
        0xA4BEEA44, 0x4BDECFA9, 0xF6BB4B60, 0xBEBFBC70,
        0x289B7EC6, 0xEAA127FA, 0xD4EF3085, 0x04881D05,
        0xD9D4D039, 0xE6DB99E5, 0x1FA27CF8, 0xC4AC5665,
        0xF4292244, 0x432AFF97, 0xAB9423A7, 0xFC93A039,
        0x655B59C3, 0x8F0CCC92, 0xFFEFF47D, 0x85845DD1,
        0x6FA87E4F, 0xFE2CE6E0, 0xA3014314, 0x4E0811A1,
        0xF7537E82, 0xBD3AF235, 0x2AD7D2BB, 0xEB86D391,
    ]

    private static let shifts: [UInt32] = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                                           5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
                                           4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                                           6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21]

    /// The digest of `message`: its whole 64-byte blocks read in place, then the padded tail (the
    /// message is a whole file, so it is not copied).
    static func digest(_ message: [UInt8]) -> [UInt8] {
        var state: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476]
        let whole = message.count / 64 * 64
        message.withUnsafeBytes { bytes in
            for offset in stride(from: 0, to: whole, by: 64) { block(bytes.baseAddress! + offset, &state) }
        }
        var tail = Array(message[whole...])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitLength = UInt64(message.count) &* 8
        for shift in stride(from: 0, to: 64, by: 8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBytes { bytes in
            for offset in stride(from: 0, to: tail.count, by: 64) { block(bytes.baseAddress! + offset, &state) }
        }
        return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(8 * $0)) } }
    }

    /// One 64-byte block into `state`: the four rounds as four loops, each with its own function
    /// and message order, over local copies (a switch per step, or state captured by a closure,
    /// cost two to three times as much; a file is a thousand blocks).
    private static func block(_ bytes: UnsafeRawPointer, _ state: inout [UInt32]) {
        let (a0, b0, c0, d0) = (state[0], state[1], state[2], state[3])
        let (a, b, c, d) = constants.withUnsafeBufferPointer { k in
            shifts.withUnsafeBufferPointer { s in
                var a = a0, b = b0, c = c0, d = d0
                func word(_ g: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 4 * g, as: UInt32.self)) }
                for index in 0..<64 {
                    let f: UInt32, g: Int
                    if index < 16 {
                        f = (b & c) | (~b & d); g = index
                    } else if index < 32 {
                        f = (d & b) | (~d & c); g = (5 * index + 1) & 15
                    } else if index < 48 {
                        f = b ^ c ^ d; g = (3 * index + 5) & 15
                    } else {
                        f = c ^ (b | ~d); g = (7 * index) & 15
                    }
                    let sum = f &+ a &+ k[index] &+ word(g)
                    a = d
                    d = c
                    c = b
                    b = b &+ (sum << s[index] | sum >> (32 - s[index]))
                }
                return (a, b, c, d)
            }
        }
        state[0] = a0 &+ a
        state[1] = b0 &+ b
        state[2] = c0 &+ c
        state[3] = d0 &+ d
    }
}
