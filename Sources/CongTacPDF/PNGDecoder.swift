/// PNG → 8-bit samples (stub until the decoder lands).
enum PNGDecoder {
    struct Decoded {
        var width: Int, height: Int, components: Int
        var color: [UInt8]
        var alpha: [UInt8]?
    }

    static func decode(_ bytes: [UInt8]) throws(PDFImageError) -> Decoded {
        throw .notPNG
    }
}
