/// Standard base64 (with padding) to bytes: enough to read the embedded fonts without Foundation.
enum Base64 {
    /// The alphabet's values by byte (255: not in the alphabet), built once.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 255, count: 256)
        for (index, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(byte)] = UInt8(index)
        }
        return table
    }()

    /// Over the string's UTF-8 bytes in place (the embedded fonts are 120 KB of base64, decoded at
    /// every PDF run's start), skipping anything outside the alphabet (padding).
    static func decode(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            values.withUnsafeBufferPointer { table in
                var out: [UInt8] = []
                out.reserveCapacity(bytes.count * 3 / 4)
                var buffer: UInt32 = 0
                var bits = 0
                for byte in bytes {
                    let value = table[Int(byte)]
                    if value == 255 { continue }  // padding
                    buffer = buffer << 6 | UInt32(value)
                    bits += 6
                    if bits >= 8 {
                        bits -= 8
                        out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
                    }
                }
                return out
            }
        }
    }
}
