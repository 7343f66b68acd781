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
    /// every PDF run's start), skipping anything outside the alphabet (padding, line breaks); four
    /// characters at a time into a buffer of the final size, since this runs before every PDF.
    static func decode(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            values.withUnsafeBufferPointer { table in
                [UInt8](unsafeUninitializedCapacity: bytes.count / 4 * 3 + 3) { out, count in
                    var written = 0
                    var buffer: UInt32 = 0
                    var pending = 0
                    for byte in bytes {
                        let value = table[Int(byte)]
                        if value == 255 { continue }
                        buffer = buffer << 6 | UInt32(value)
                        pending += 1
                        if pending == 4 {
                            out[written] = UInt8(truncatingIfNeeded: buffer >> 16)
                            out[written + 1] = UInt8(truncatingIfNeeded: buffer >> 8)
                            out[written + 2] = UInt8(truncatingIfNeeded: buffer)
                            written += 3
                            buffer = 0
                            pending = 0
                        }
                    }
                    // A last group of two or three characters holds one or two bytes.
                    if pending >= 2 {
                        buffer <<= UInt32(6 * (4 - pending))
                        out[written] = UInt8(truncatingIfNeeded: buffer >> 16)
                        written += 1
                        if pending == 3 {
                            out[written] = UInt8(truncatingIfNeeded: buffer >> 8)
                            written += 1
                        }
                    }
                    count = written
                }
            }
        }
    }
}
