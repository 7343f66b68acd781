import Foundation
import Testing

/// The same input gives the same bytes in two separate processes: nothing in the output may come
/// from the clock, the process (hash seeds, addresses) or the order in which threads finish.
@Suite struct DeterminismTests {
    @Test func twoProcessesRenderTheSameBytes() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = exampleNames.map(example)
        var outputs: [[String: Data]] = []
        for run in ["first", "second"] {
            let folder = root.appendingPathComponent(run)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let page = try congtac(["render"] + inputs + ["--format", "docx,html", "--output", folder.path])
            #expect(page.status == 0, "\(page.stderr)")
            let fragment = try congtac(["render"] + inputs + ["--format", "html", "--fragment", "--output", folder.path])
            #expect(fragment.status == 0, "\(fragment.stderr)")
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
            }
            outputs.append(files)
        }
        // Every example gives a DOCX, a page and a fragment.
        #expect(outputs[0].count == exampleNames.count * 3, "\(outputs[0].keys.sorted())")
        #expect(outputs[0].keys.sorted() == outputs[1].keys.sorted())
        for (name, bytes) in outputs[0] {
            #expect(outputs[1][name] == bytes, "\(name) differs between two processes")
        }
    }
}
