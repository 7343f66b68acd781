import CongTacFiles
import CongTacMessages
import Testing
@testable import congtac

/// Output names and path comparisons are worked out on the paths' text.
@Suite struct PathNamesTests {
    @Test func partsOfAPath() {
        #expect(PathNames.folder(of: "a/b/c.yaml") == "a/b")
        #expect(PathNames.folder(of: "c.yaml") == ".")
        #expect(PathNames.folder(of: "/c.yaml") == "/")
        #expect(PathNames.lastComponent(of: "a/b/c.yaml") == "c.yaml")
        #expect(PathNames.deletingExtension("lich.2025-02.yaml") == "lich.2025-02")
        #expect(PathNames.deletingExtension(".hidden") == ".hidden")
        #expect(PathNames.deletingExtension("README") == "README")
        #expect(PathNames.join("out/", "a.docx") == "out/a.docx")
        #expect(PathNames.join("out", "a.docx") == "out/a.docx")
    }

    @Test func sameFileWrittenDifferently() {
        let cwd = "/work/lich"
        #expect(PathNames.normalized("./a.yaml", currentDirectory: cwd) == "/work/lich/a.yaml")
        #expect(PathNames.normalized("../lich//a.yaml", currentDirectory: cwd) == "/work/lich/a.yaml")
        #expect(PathNames.normalized("/work/x/../lich/./a.yaml", currentDirectory: cwd) == "/work/lich/a.yaml")
        #expect(PathNames.normalized("/../a", currentDirectory: cwd) == "/a")
        #expect(PathNames.normalized("b/a.yaml", currentDirectory: cwd) != PathNames.normalized("a.yaml", currentDirectory: cwd))
    }

    @Test func outputNamesFollowTheInput() throws {
        func job(_ files: [String], output: String?, fragment: Bool = false) throws -> RenderJob {
            RenderJob(files: files, formats: [.docx, .html], fragment: fragment, output: output, language: .vi,
                      loader: .init(), renderers: try Renderers(.builtIn, formats: []))
        }
        let beside = try job(["lich/t2.yaml", "t3.json"], output: nil)
        #expect(beside.outputPath(for: "lich/t2.yaml", format: .docx) == "lich/t2.docx")
        #expect(beside.outputPath(for: "t3.json", format: .html) == "t3.html")
        let into = try job(["lich/t2.yaml", "khac/t2.yaml"], output: "out", fragment: true)
        #expect(into.outputPath(for: "lich/t2.yaml", format: .html) == "out/t2.fragment.html")
        #expect(into.sameOutputAs == [1: 0])
    }
}
