import CongTacDeflate

/// PNG (ISO/IEC 15948) → 8-bit samples, split into colour and alpha for a PDF image and its soft
/// mask. Reads every non-interlaced colour type and bit depth; 16-bit samples keep their high byte,
/// palettes and `tRNS` are expanded. Interlaced files are refused (signature and seal scans are not).
enum PNGDecoder {
    struct Decoded {
        var width: Int, height: Int, components: Int
        var color: [UInt8]
        var alpha: [UInt8]?
    }

    /// Larger images are refused before inflating: a seal at 600 dpi is under 1,500 pixels wide.
    static let maxPixels = 40_000_000

    static func decode(_ bytes: [UInt8]) throws(PDFImageError) -> Decoded {
        guard bytes.count >= 8, Array(bytes[0..<8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { throw .notPNG }
        var offset = 8
        var header: [UInt8]?
        var palette: [UInt8] = []
        var transparency: [UInt8]?
        var compressed: [UInt8] = []
        var ended = false
        while offset + 8 <= bytes.count {
            let length = Int(bytes.u32(offset))
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            guard length <= bytes.count - offset - 12 else { throw .damaged(detail: "\(type)") }
            let body = Array(bytes[offset + 8..<offset + 8 + length])
            switch type {
            case "IHDR": header = body
            case "PLTE": palette = body
            case "tRNS": transparency = body
            case "IDAT": compressed.append(contentsOf: body)
            case "IEND": ended = true
            default: break
            }
            offset += 12 + length
            if ended { break }
        }
        guard let header, header.count == 13 else { throw .damaged(detail: "IHDR") }
        guard !compressed.isEmpty else { throw .damaged(detail: "IDAT") }
        let width = Int(header.u32(0)), height = Int(header.u32(4))
        let depth = Int(header[8]), colorType = Int(header[9])
        guard width > 0, height > 0 else { throw .damaged(detail: "IHDR \(width) × \(height)") }
        guard width <= maxPixels, height <= maxPixels, width * height <= maxPixels else { throw .tooLarge(width: width, height: height) }
        guard header[12] == 0 else { throw .interlaced }
        let channels: Int
        switch (colorType, depth) {
        case (0, 1), (0, 2), (0, 4), (0, 8), (0, 16): channels = 1
        case (2, 8), (2, 16): channels = 3
        case (3, 1), (3, 2), (3, 4), (3, 8): channels = 1
        case (4, 8), (4, 16): channels = 2
        case (6, 8), (6, 16): channels = 4
        default: throw .damaged(detail: "IHDR colour type \(colorType), bit depth \(depth)")
        }
        if colorType == 3 && palette.isEmpty { throw .damaged(detail: "PLTE") }
        let bitsPerPixel = channels * depth
        let rowBytes = (width * bitsPerPixel + 7) / 8
        let pixelBytes = max(1, bitsPerPixel / 8)
        // The rows' size is known: more data than that (plus slack for odd encoders) is not a PNG's.
        guard let raw = Inflater.zlib(compressed, expected: (rowBytes + 1) * height,
                                           limit: (rowBytes + 1) * height + 65_536),
              raw.count >= (rowBytes + 1) * height else { throw .damaged(detail: "IDAT") }

        // Undo the row filters.
        var rows = [UInt8](repeating: 0, count: rowBytes * height)
        for row in 0..<height {
            let filter = raw[row * (rowBytes + 1)]
            let source = row * (rowBytes + 1) + 1, target = row * rowBytes
            for index in 0..<rowBytes {
                let x = raw[source + index]
                let a = index >= pixelBytes ? rows[target + index - pixelBytes] : 0
                let b = row > 0 ? rows[target - rowBytes + index] : 0
                let c = index >= pixelBytes && row > 0 ? rows[target - rowBytes + index - pixelBytes] : 0
                switch filter {
                case 0: rows[target + index] = x
                case 1: rows[target + index] = x &+ a
                case 2: rows[target + index] = x &+ b
                case 3: rows[target + index] = x &+ UInt8((Int(a) + Int(b)) / 2)
                case 4:
                    let p = Int(a) + Int(b) - Int(c)
                    let pa = abs(p - Int(a)), pb = abs(p - Int(b)), pc = abs(p - Int(c))
                    rows[target + index] = x &+ (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)
                default: throw .damaged(detail: "IDAT filter \(filter)")
                }
            }
        }

        // Samples → 8-bit colour and alpha.
        let components = colorType == 2 || colorType == 3 || colorType == 6 ? 3 : 1
        var color = [UInt8](); color.reserveCapacity(width * height * components)
        var alpha = [UInt8](); alpha.reserveCapacity(width * height)
        func sample(_ row: Int, _ index: Int) -> Int {
            // The index-th sample of the row, at the file's depth, as an integer.
            let base = row * rowBytes
            switch depth {
            case 16: return Int(rows[base + 2 * index]) << 8 | Int(rows[base + 2 * index + 1])
            case 8: return Int(rows[base + index])
            default:
                let bit = index * depth
                let byte = rows[base + bit / 8]
                return Int(byte >> UInt8(8 - depth - bit % 8)) & (1 << depth - 1)
            }
        }
        let maxValue = (1 << depth) - 1
        func scaled(_ value: Int) -> UInt8 { depth == 16 ? UInt8(value >> 8) : UInt8(value * 255 / maxValue) }
        let key = transparency.map { $0.count >= 2 ? Int($0.u16(0)) : -1 } ?? -1
        let keyRGB = transparency.flatMap { $0.count >= 6 ? [Int($0.u16(0)), Int($0.u16(2)), Int($0.u16(4))] : nil }
        // Any depth and colour type, sample by sample.
        func expand() throws(PDFImageError) {
            for row in 0..<height {
                for x in 0..<width {
                    switch colorType {
                    case 0:
                        let value = sample(row, x)
                        color.append(scaled(value))
                        alpha.append(value == key ? 0 : 255)
                    case 2:
                        let rgb = (0..<3).map { sample(row, 3 * x + $0) }
                        color.append(contentsOf: rgb.map(scaled))
                        alpha.append(rgb == keyRGB ? 0 : 255)
                    case 3:
                        let index = sample(row, x)
                        guard 3 * index + 2 < palette.count else { throw .damaged(detail: "PLTE index \(index)") }
                        color.append(contentsOf: palette[3 * index...3 * index + 2])
                        alpha.append(transparency.map { index < $0.count ? $0[index] : 255 } ?? 255)
                    case 4:
                        color.append(scaled(sample(row, 2 * x)))
                        alpha.append(scaled(sample(row, 2 * x + 1)))
                    default:
                        color.append(contentsOf: (0..<3).map { scaled(sample(row, 4 * x + $0)) })
                        alpha.append(scaled(sample(row, 4 * x + 3)))
                    }
                }
            }
        }
        if depth == 8 && (colorType == 6 || colorType == 4) {
            // The common scan (8-bit with alpha): split the channels without the general path's
            // per-sample work; a seal at 600 dpi is two million pixels.
            let channels = colorType == 6 ? 4 : 2
            for index in stride(from: 0, to: rows.count, by: channels) {
                color.append(contentsOf: rows[index..<index + channels - 1])
                alpha.append(rows[index + channels - 1])
            }
        } else {
            try expand()
        }
        let opaque = alpha.allSatisfy { $0 == 255 }
        return Decoded(width: width, height: height, components: components, color: color, alpha: opaque ? nil : alpha)
    }
}
