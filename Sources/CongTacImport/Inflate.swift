import CDeflateZlib

/// Raw DEFLATE (as ZIP stores entries) with zlib, into a buffer of the declared size and no more.
enum Inflate {
    /// The expanded bytes, or nil when the stream is broken or expands to anything but `expected`
    /// bytes: inflation stops at `expected` + 1, so a lying size costs at most what was declared.
    static func raw(_ input: ArraySlice<UInt8>, expected: Int) -> [UInt8]? {
        var stream = z_stream()
        // `inflateInit2` is a macro; this is what it expands to, with -15 for a raw stream.
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: expected + 1)
        var status: Int32 = Z_OK
        input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                status = inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == expected else { return nil }
        output.removeLast()
        return output
    }
}
