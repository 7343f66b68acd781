@testable import CongTacImport
import CongTacRendering
import CongTacTestSupport
import Foundation
import Testing
import ZIPFoundation

/// Our ZIP reader against ZIPFoundation, an independent reader, on congtac's own packages and on
/// ZIPFoundation's.
@Suite struct ZipReaderTests {
    @Test(arguments: exampleNames)
    func readsWhatZIPFoundationReads(_ name: String) throws {
        let bytes = try DocxRenderer().renderBytes(try loadExample(name))
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        let ours = try ZipReader(bytes)
        #expect(ours.entries.map(\.name).sorted() == archive.map(\.path).sorted())
        for entry in archive {
            var expected: [UInt8] = []
            _ = try archive.extract(entry, skipCRC32: false) { expected.append(contentsOf: $0) }
            #expect(try ours.read(entry.path) == expected, "\(entry.path)")
        }
    }

    @Test func readsZIPFoundationsArchives() throws {
        let parts: [(String, [UInt8])] = [("a.xml", Array("<a/>".utf8)), ("b/c.txt", Array(String(repeating: "xin chào ", count: 500).utf8))]
        let zip = try ZipReader(try zipArchive(parts))
        for (name, bytes) in parts { #expect(try zip.read(name) == bytes) }
        #expect(try zip.read("missing") == nil)
    }
}
