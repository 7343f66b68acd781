@testable import CongTacImport
import CongTacMessages
import Foundation
import Testing

/// Files the importer refuses, each with its own error and none of them read past its bounds.
@Suite struct BadInputTests {
    private func refusal(_ bytes: [UInt8], _ ext: String = "docx") -> ImportError? {
        do {
            _ = try ScheduleImporter().importFile(bytes, extension: ext)
            return nil
        } catch {
            return error
        }
    }

    /// An OLE compound file with these directory names (UTF-16LE), as Word 97 and encrypted files are.
    private func compoundFile(_ names: [String]) -> [UInt8] {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        for name in names { bytes += name.utf8.flatMap { [$0, 0] } + [UInt8](repeating: 0, count: 64) }
        return bytes
    }

    @Test func textNamedDocx() {
        #expect(refusal(Array("agency: x\n".utf8)) == .notWhatExtensionSays(expected: "DOCX"))
    }

    @Test func word97() {
        #expect(refusal(compoundFile(["Root Entry", "WordDocument"]), "doc") == .word97)
        // Named .docx, still a Word 97 file: the advice is the same.
        #expect(refusal(compoundFile(["Root Entry", "WordDocument"])) == .word97)
        #expect(ImportError.word97.message.vi.contains("soffice --headless --convert-to docx"))
    }

    @Test func passwordProtected() {
        #expect(refusal(compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"])) == .encrypted)
    }

    @Test func unknownExtension() {
        #expect(refusal(Array("x".utf8), "odt") == .unsupportedExtension("odt"))
    }

    @Test func truncatedArchive() throws {
        let whole = try docx(documentXML: "<w:document \(wordNamespace)><w:body/></w:document>")
        #expect(refusal(Array(whole.prefix(whole.count / 2))) == .corrupt("ZIP"))
    }

    @Test func noDocumentPart() throws {
        let bytes = try zipArchive([("hello.txt", Array("hi".utf8))])
        #expect(refusal(bytes) == .missingPart("word/document.xml"))
    }

    /// Megabytes of spaces that deflate to kilobytes: refused from the declared sizes, before inflating.
    @Test func zipBomb() throws {
        let xml = "<w:document \(wordNamespace)><w:body>" + String(repeating: " ", count: 8 << 20) + "</w:body></w:document>"
        let bytes = try docx(documentXML: xml)
        #expect(bytes.count < 200_000)
        guard case .expandsTooMuch(let part, let declared)? = refusal(bytes) else {
            Issue.record("not refused as too large")
            return
        }
        #expect(part == "word/document.xml" && declared > 8 << 20)
    }

    /// A central directory that understates the size: inflation stops at the declared size.
    @Test func lyingSizeStopsInflation() throws {
        let xml = "<w:document \(wordNamespace)><w:body>" + String(repeating: "<w:p/>", count: 10_000) + "</w:body></w:document>"
        var bytes = try docx(documentXML: xml)
        let zip = try ZipReader(bytes)
        let entry = try #require(zip.entry(named: "word/document.xml"))
        // Patch the central directory's uncompressed size (offset 24 of its record) to 100 bytes.
        let name = Array("word/document.xml".utf8)
        var at = bytes.count - 22
        while !(bytes[at] == 0x50 && bytes[at + 1] == 0x4B && bytes[at + 2] == 0x01 && bytes[at + 3] == 0x02
                && Array(bytes[(at + 46)..<(at + 46 + name.count)]) == name) { at -= 1 }
        #expect(Int(bytes[at + 24]) | Int(bytes[at + 25]) << 8 | Int(bytes[at + 26]) << 16 == entry.size)
        bytes.replaceSubrange((at + 24)..<(at + 28), with: [100, 0, 0, 0])
        #expect(refusal(bytes) == .corrupt("word/document.xml"))
    }

    @Test func doctypeWithEntities() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <w:document \(wordNamespace)><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>
            """
        #expect(refusal(try docx(documentXML: xml)) == .doctype("word/document.xml"))
    }

    @Test func externalEntity() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <w:document \(wordNamespace)><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>
            """
        #expect(refusal(try docx(documentXML: xml)) == .doctype("word/document.xml"))
    }

    @Test func brokenXMLIsLocated() throws {
        let xml = "<w:document \(wordNamespace)>\n<w:body><w:p></w:body></w:document>"
        guard case .xml(let part, let line, _, _)? = refusal(try docx(documentXML: xml)) else {
            Issue.record("not refused as XML")
            return
        }
        #expect(part == "word/document.xml" && line == 2)
    }

    /// Fuzz finding F11: cell properties outside any table, and grid counts of any size, trapped the
    /// reader (an index out of range, then an overflow); a damaged part is read, not fatal.
    @Test func cellPropertiesOutsideATableAndHugeGridCounts() throws {
        let stray = "<w:document \(wordNamespace)><w:body><w:tcPr><w:gridSpan w:val=\"3\"/><w:vMerge/></w:tcPr>"
            + "<w:p><w:r><w:t>CHƯƠNG TRÌNH</w:t></w:r></w:p></w:body></w:document>"
        let huge = "<w:document \(wordNamespace)><w:body><w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"9223372036854775807\"/></w:trPr>"
            + "<w:tc><w:tcPr><w:gridSpan w:val=\"9223372036854775807\"/></w:tcPr><w:p/></w:tc>"
            + "<w:tc><w:tcPr><w:gridSpan w:val=\"-5\"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>"
        for xml in [stray, huge] {
            // Either a schedule or a coded refusal: what matters is that the run ends.
            _ = refusal(try docx(documentXML: xml))
        }
        #expect(WordDocumentBuilder.columnCount("9223372036854775807", default: 1) == 64)
        #expect(WordDocumentBuilder.columnCount("-5", default: 1) == 0)
        #expect(WordDocumentBuilder.columnCount(nil, default: 1) == 1)
    }

    @Test func hugeFile() {
        let bytes = [UInt8](repeating: 0x50, count: ScheduleImporter.maxFileSize + 1)
        #expect(refusal(bytes) == .fileTooLarge(bytes: bytes.count, limit: ScheduleImporter.maxFileSize))
    }
}
