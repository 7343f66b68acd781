import CDeflateZlib
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// DEFLATE for both writers — raw with CRC-32 for the ZIP package, zlib-wrapped for the PDF's
/// `/FlateDecode` streams: the one seam behind which the speed trick lives.
///
/// libdeflate deflates a DOCX's XML twice as fast as zlib at level 1 (0.23 against 0.48 ms for a
/// typical 90 KB `document.xml`), but its headers are not on a fresh machine of this project's kind
/// while its run-time library (`libdeflate0`) is. So the build needs only zlib, and libdeflate is
/// loaded with `dlopen` where it is present (`CDeflateZlib/shim.h` declares its five functions).
/// The two give different compressed bytes for the same XML, so a package is byte-identical across
/// machines that both have (or both lack) libdeflate; `CONGTAC_DEFLATE=zlib` forces zlib (the tests
/// compare both).
public struct Deflater: ~Copyable {
    public enum Engine: String, Sendable {
        case libdeflate, zlib
    }

    /// libdeflate's functions, loaded once per process; nil where the library is missing or
    /// `CONGTAC_DEFLATE=zlib` is set.
    nonisolated(unsafe) private static let libdeflate: congtac_libdeflate? = {
        if let forced = getenv("CONGTAC_DEFLATE"), String(cString: forced) == Engine.zlib.rawValue { return nil }
        var functions = congtac_libdeflate()
        return congtac_libdeflate_load(&functions) == 1 ? functions : nil
    }()

    /// Which engine this process deflates with.
    public static var engine: Engine { libdeflate == nil ? .zlib : .libdeflate }

    /// Level 1 in both: the XML deflates to about a tenth of its size; higher levels gain 2% and
    /// take three times as long.
    static let level: Int32 = 1

    private let compressor: UnsafeMutableRawPointer?
    private let stream: UnsafeMutablePointer<z_stream>?

    /// One compressor for a whole package: setting one up costs as much as deflating 10 KB.
    /// `engine` forces one (the tests compare both); by default libdeflate where it was loaded.
    public init(engine: Engine? = nil) throws(DeflateError) {
        if engine != .zlib, let libdeflate = Self.libdeflate {
            guard let compressor = libdeflate.alloc_compressor(Self.level) else {
                throw DeflateError("libdeflate: out of memory")
            }
            self.compressor = compressor
            stream = nil
        } else {
            let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            stream.initialize(to: z_stream())
            guard congtac_deflate_init_raw(stream, Self.level) == Z_OK else {
                stream.deallocate()
                throw DeflateError("zlib: out of memory")
            }
            self.stream = stream
            compressor = nil
        }
    }

    deinit {
        if let compressor { Self.libdeflate?.free_compressor(compressor) }
        if let stream {
            deflateEnd(stream)
            stream.deallocate()
        }
    }

    public func crc32(_ data: [UInt8]) -> UInt32 {
        data.withUnsafeBytes { buffer in
            if compressor != nil, let libdeflate = Self.libdeflate { return libdeflate.crc32(0, buffer.baseAddress, buffer.count) }
            return UInt32(CDeflateZlib.crc32(0, buffer.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(buffer.count)))
        }
    }

    /// Appends `data` as raw deflate (no zlib header), as ZIP stores it; returns its size.
    public func deflate(_ data: [UInt8], appendingTo out: inout [UInt8]) throws(DeflateError) -> Int {
        guard data.count < Int(UInt32.max) else { throw DeflateError("the data is too large to deflate (4 GB or more)") }
        let start = out.count
        let bound: Int
        if let compressor, let libdeflate = Self.libdeflate {
            bound = libdeflate.deflate_compress_bound(compressor, data.count)
        } else if let stream {
            guard deflateReset(stream) == Z_OK else { throw DeflateError("zlib: deflate failed") }
            bound = Int(deflateBound(stream, uLong(data.count)))
        } else {
            throw DeflateError("no deflate engine")
        }
        out.append(contentsOf: repeatElement(0, count: bound))
        let size = data.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { buffer -> Int in
                let target = buffer.baseAddress! + start
                if let compressor, let libdeflate = Self.libdeflate {
                    return libdeflate.deflate_compress(compressor, input.baseAddress, input.count, target, bound)
                }
                guard let stream else { return -1 }
                // zlib's `next_in` is not const; it only reads through it.
                stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
                stream.pointee.avail_in = uInt(input.count)
                stream.pointee.next_out = target.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_out = uInt(bound)
                let status = CDeflateZlib.deflate(stream, Z_FINISH)
                stream.pointee.next_in = nil
                stream.pointee.next_out = nil
                return status == Z_STREAM_END ? Int(stream.pointee.total_out) : -1
            }
        }
        guard size > 0 || (data.isEmpty && size == 0) else {
            throw DeflateError("\(Self.engine.rawValue): deflate failed")
        }
        out.removeLast(bound - size)
        return size
    }

    /// `data` as a zlib stream (RFC 1950: a two-byte header for the fastest level, raw deflate,
    /// the Adler-32 of the data), which a PDF's `/FlateDecode` filter reads.
    public func zlibDeflate(_ data: [UInt8]) throws(DeflateError) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        _ = try deflate(data, appendingTo: &out)
        let adler = data.withUnsafeBufferPointer { buffer in
            UInt32(adler32(1, buffer.baseAddress, uInt(buffer.count)))
        }
        out += [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
        return out
    }
}

/// Why deflating failed (out of memory, in practice); the writers say it in their own errors.
public struct DeflateError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
