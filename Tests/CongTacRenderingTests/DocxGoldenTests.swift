import CongTacModel
import Foundation
import Testing
import ZIPFoundation
@testable import CongTacRendering

/// The three examples' DOCX packages against goldens, part by part, compared as canonical XML.
/// Re-record with `CONGTAC_RECORD=1 swift test --filter DocxGoldenTests` (the run then fails, by design).
@Suite struct DocxGoldenTests {
    static let goldens = packageRoot.appendingPathComponent("Tests/CongTacRenderingTests/Goldens/docx")

    @Test(arguments: exampleNames)
    func packageMatchesGolden(_ name: String) throws {
        let data = try DocxRenderer().render(try loadExample(name))
        let parts = try unzip(data)
        let folder = Self.goldens.appendingPathComponent(name)
        if recordingGoldens {
            try? FileManager.default.removeItem(at: folder)
            for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
                try recordGolden(Data(text.utf8), at: folder.appendingPathComponent(path))
            }
            return
        }
        let expectedPaths = try goldenPaths(folder)
        #expect(parts.keys.sorted() == expectedPaths, "the package's parts differ from the golden's")
        for path in expectedPaths {
            let expected = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            let actual = try #require(parts[path])
            let canonicalExpected = try #require(XMLCheck.canonical(expected), "golden \(path) is not XML")
            let canonicalActual = try #require(XMLCheck.canonical(actual), "\(path) is not XML")
            if canonicalActual != canonicalExpected {
                Issue.record("\(name)/\(path) differs from its golden:\n\(lineDiff(expected, actual))")
            }
        }
    }

    @Test func renderingIsDeterministic() throws {
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        let first = try DocxRenderer().render(schedule)
        let second = try DocxRenderer().render(schedule)
        #expect(first == second)
    }

    private func goldenPaths(_ folder: URL) throws -> [String] {
        var paths: [String] = []
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            if (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
                paths.append(String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)))
            }
        }
        return paths.sorted()
    }
}

/// The parts of a package as text, by path.
func unzip(_ data: Data) throws -> [String: String] {
    let archive = try Archive(data: data, accessMode: .read)
    var parts: [String: String] = [:]
    for entry in archive {
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        parts[entry.path] = String(decoding: bytes, as: UTF8.self)
    }
    return parts
}
