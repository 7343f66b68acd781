import ArgumentParser
import Testing
@testable import congtac

/// `CommandLineShortcut` reads a plain `render` exactly as swift-argument-parser does, and leaves
/// everything else to it.
@Suite struct CommandLineShortcutTests {
    /// Every stored property of a `Render`, as text: a property the shortcut forgot to fill shows as
    /// the parser's unparsed definition, so a new option added to `Render` fails here until the
    /// shortcut handles it (or leaves it to the parser).
    func properties(_ render: Render) -> [String] {
        Mirror(reflecting: render).children.map { "\($0.label ?? "?"): \(String(describing: $0.value))" }
    }

    @Test func readsAPlainRenderAsTheParserDoes() throws {
        let lines: [[String]] = [
            ["render", "a.yaml"],
            ["render", "a.yaml", "b.json", "--format", "pdf"],
            ["render", "--format=docx,html,pdf", "a.yaml", "-o", "out"],
            ["render", "a.yaml", "--output", "ra đây/kết quả", "--lang", "en"],
            ["render", "--lang=vi", "--output=out", "thư mục/lịch tháng 2.yaml"],
            ["render", "a.yaml", "--format", "html", "b.yaml"],
        ]
        for line in lines {
            let short = try #require(CommandLineShortcut.render(line), "\(line)")
            let parsed = try #require(try CongTac.parseAsRoot(line) as? Render, "\(line)")
            #expect(properties(short) == properties(parsed), "\(line)")
            #expect(properties(short).count == 11)
        }
    }

    @Test func leavesEverythingElseToTheParser() {
        let lines: [[String]] = [
            [], ["check", "a.yaml"], ["render"], ["render", "--help"], ["render", "a.yaml", "-h"],
            ["render", "a.yaml", "--fragment"], ["render", "a.yaml", "--view", "week"],
            ["render", "a.yaml", "--templates", "t"], ["render", "a.yaml", "--format"],
            ["render", "a.yaml", "--format", "pdf", "--format", "docx"], ["render", "a.yaml", "--output", "-x"],
            ["render", "--", "-a.yaml"], ["render", "-a.yaml"], ["render", "a.yaml", "-oout"],
            ["render", "a.yaml", "--version"], ["render", "a.yaml", "--generate-completion-script", "bash"],
            ["--version"], ["render", "a.yaml", "--outpu", "x"],
        ]
        for line in lines {
            #expect(CommandLineShortcut.render(line) == nil, "\(line)")
        }
    }
}
