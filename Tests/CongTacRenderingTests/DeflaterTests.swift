import CDeflateZlib
import CongTacDeflate
import Foundation
import Testing
import ZIPFoundation
@testable import CongTacRendering

/// The two deflate engines behind `Deflater` (libdeflate where its run-time library is, zlib
/// otherwise) must give packages that read back to the same parts.
@Suite struct DeflaterTests {
    @Test(arguments: exampleNames)
    func bothEnginesGiveTheSameParts(_ name: String) throws {
        let schedule = try loadExample(name)
        let renderer = try DocxRenderer()
        let parts = try renderer.parts(DocumentView(schedule), date: schedule.date)
        let zlib = try DocxPackage.zip(parts, engine: .zlib)
        let preferred = try DocxPackage.zip(parts)
        let expected = parts.mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(try unzip(Data(zlib)) == expected)
        #expect(try unzip(Data(preferred)) == expected)
    }

    /// This machine's kind has libdeflate's run-time library: the faster engine is the one in use
    /// (a machine without it falls back to zlib, which the test above covers).
    @Test func libdeflateIsLoadedWhereItIs() {
        let present = FileManager.default.fileExists(atPath: "/usr/lib/x86_64-linux-gnu/libdeflate.so.0")
            || FileManager.default.fileExists(atPath: "/usr/lib/aarch64-linux-gnu/libdeflate.so.0")
        if present && ProcessInfo.processInfo.environment["CONGTAC_DEFLATE"] == nil {
            #expect(Deflater.engine == .libdeflate)
        }
    }

    @Test func emptyAndIncompressibleEntries() throws {
        var generator = SeededGenerator(seed: 0xDEF1A7E)
        let noise = (0..<70_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for engine in [Deflater.Engine.zlib, .libdeflate] {
            let package = try ZipWriter.archive([.init(path: "empty", data: []), .init(path: "noise", data: noise)],
                                                engine: engine)
            let archive = try unzipBytes(Data(package))
            #expect(archive["empty"] == [], "seed \(generator)")
            #expect(archive["noise"] == noise, "seed \(generator)")
        }
    }
}

/// The PDF's streams: zlib-wrapped deflate from both engines, inflated by zlib's own `uncompress`.
@Suite struct ZlibStreamTests {
    @Test func bothEnginesGiveStreamsZlibInflates() throws {
        var generator = SeededGenerator(seed: 0x2F1A7E)
        let text = Array(String(repeating: "BT /F1 12 Tf 1 0 0 1 85.05 700 Tm [<0041004200>] TJ ET\n", count: 400).utf8)
        let noise = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for engine in [Deflater.Engine.zlib, .libdeflate] {
            for data in [[], text, noise] {
                let stream = try Deflater(engine: engine).zlibDeflate(data)
                var inflated = [UInt8](repeating: 0, count: data.count + 1)
                var length = uLongf(inflated.count)
                let status = inflated.withUnsafeMutableBufferPointer { out in
                    stream.withUnsafeBufferPointer { uncompress(out.baseAddress, &length, $0.baseAddress, uLong($0.count)) }
                }
                #expect(status == Z_OK, "\(engine) \(data.count) bytes, seed \(generator)")
                #expect(Array(inflated.prefix(Int(length))) == data, "\(engine) \(data.count) bytes")
            }
        }
    }
}

/// `Inflater`: what both engines deflate comes back; a wrong size, a cut stream or one that grows past
/// its limit gives nil, never more memory than declared.
@Suite struct InflaterTests {
    @Test func rawAndZlibStreamsComeBackExactly() throws {
        var generator = SeededGenerator(seed: 0x1F1A7E)
        let text = Array(String(repeating: "<w:p><w:r><w:t>Họp giao ban</w:t></w:r></w:p>", count: 300).utf8)
        let noise = (0..<9_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for engine in [Deflater.Engine.zlib, .libdeflate] {
            for data in [[], text, noise] {
                var raw: [UInt8] = []
                _ = try Deflater(engine: engine).deflate(data, appendingTo: &raw)
                #expect(Inflater.raw(raw[...], expected: data.count) == data, "\(engine) \(data.count)")
                #expect(Inflater.raw(raw[...], expected: data.count + 1) == nil, "a size that lies")
                if data.count > 1 { #expect(Inflater.raw(raw[...], expected: data.count - 1) == nil, "a size that lies") }
                if raw.count > 4 { #expect(Inflater.raw(raw.dropLast(3), expected: data.count) == nil, "a cut stream") }
                let zlib = try Deflater(engine: engine).zlibDeflate(data)
                #expect(Inflater.zlib(zlib, expected: 16) == data, "\(engine) \(data.count), grown from 16 bytes")
                if data.count > 100 { #expect(Inflater.zlib(zlib, expected: 16, limit: data.count / 2) == nil, "past its limit") }
            }
        }
        #expect(Inflater.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }
}

/// The entries of a ZIP as bytes, read by ZIPFoundation (an independent reader).
private func unzipBytes(_ data: Data) throws -> [String: [UInt8]] {
    let archive = try Archive(data: data, accessMode: .read)
    var entries: [String: [UInt8]] = [:]
    for entry in archive {
        var bytes: [UInt8] = []
        _ = try archive.extract(entry, skipCRC32: false) { bytes.append(contentsOf: $0) }
        entries[entry.path] = bytes
    }
    return entries
}
