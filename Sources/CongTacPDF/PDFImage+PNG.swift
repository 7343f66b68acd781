/// A raster image ready to embed: 8-bit samples, colour (gray or RGB) and, when the PNG has any
/// transparency, a separate alpha channel that becomes the image's soft mask (allowed in PDF/A-2).
public struct PDFImage: Sendable, Hashable {
    public let width: Int
    public let height: Int
    /// 1 (gray) or 3 (RGB) samples a pixel.
    let components: Int
    let color: [UInt8]
    /// One byte a pixel, or nil when every pixel is opaque.
    let alpha: [UInt8]?

    /// Decodes a PNG file's bytes. Throws `PDFImageError` naming what is wrong.
    public init(png bytes: [UInt8]) throws(PDFImageError) {
        let decoded = try PNGDecoder.decode(bytes)
        width = decoded.width
        height = decoded.height
        components = decoded.components
        color = decoded.color
        alpha = decoded.alpha
    }
}

/// Why a PNG cannot be drawn; `message` is the catalog's text for the user.
public enum PDFImageError: Error, Sendable, Equatable {
    /// The bytes do not start with the PNG signature.
    case notPNG
    /// Adam7 interlacing, which congtac does not read (scans of signatures and seals are not interlaced).
    case interlaced
    /// More pixels than `PNGDecoder.maxPixels`: refused before inflating.
    case tooLarge(width: Int, height: Int)
    /// The file is damaged; `detail` names where in the format's terms (a chunk, the compressed data).
    case damaged(detail: String)
}
