import CongTacMessages
import CongTacModel
import Foundation
import Testing
@testable import CongTacLoading

/// What the PDF asks of a schedule file: characters its fonts show, and readable PNG images, each
/// problem reported at its line and column.
@Suite struct PDFInputTests {
    /// A small font: ASCII and Vietnamese letters; anything else is missing.
    static let fontLacks: @Sendable (String) -> Character? = { text in
        text.first { character in character.unicodeScalars.contains { $0.value > 0x1EFF } }
    }

    static func loader() -> ScheduleLoader {
        var loader = ScheduleLoader(language: .en)
        loader.unsupportedCharacter = fontLacks
        return loader
    }

    @Test func unsupportedCharacterIsAnErrorAtItsPlace() {
        let yaml = february(#"        - {day: 3, items: [{text: "Họp giao ban 😀 tháng"}]}"#)
        let result = Self.loader().load(data: Data(yaml.utf8), name: "t.yaml")
        let error = result.diagnostics.first { $0.code == "unsupported-character" }
        #expect(error?.location?.line == 14)
        // The character itself, not the start of its text.
        let line = yaml.components(separatedBy: "\n")[13]
        let column = line.unicodeScalars.firstIndex { $0.value == 0x1F600 }.map { line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: $0) + 1 }
        #expect(error?.location?.column == column)
        #expect(error?.message.contains("U+1F600") == true)
        #expect(result.renderable == nil)
    }

    @Test func fontsAreCheckedOnlyWhenAsked() {
        let yaml = february(#"        - {day: 3, items: [{text: "Họp 😀"}]}"#)
        #expect(!load(yaml).diagnostics.contains { $0.code == "unsupported-character" })
    }

    @Test func titleLineBreakIsNotACharacter() {
        let yaml = february("        - {day: 3, items: [{text: Họp}]}", extraTop: "title: \"CHƯƠNG TRÌNH\\nCÔNG TÁC\"\n")
        let result = Self.loader().load(data: Data(yaml.utf8), name: "t.yaml")
        #expect(!result.diagnostics.contains { $0.code == "unsupported-character" })
    }

    /// A folder with a schedule naming images, written for the test.
    static func folder(signature: String, seal: String, files: [String: [UInt8]]) throws -> (URL, String) {
        let folder = try temporaryFolder()
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        let yaml = february("        - {day: 3, items: [{text: Họp}]}", extraTop: "seal: \(seal)\nsignature:\n  image: \(signature)\n  name: Nguyễn Văn A\n")
        let path = folder.appendingPathComponent("t.yaml").path
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]

    @Test func imagesAreReadRelativeToTheSchedule() throws {
        let (folder, path) = try Self.folder(signature: "chu-ky.png", seal: "dau/con-dau.png",
                                             files: ["chu-ky.png": Self.png])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("dau"), withIntermediateDirectories: true)
        try Data(Self.png).write(to: folder.appendingPathComponent("dau/con-dau.png"))
        let result = ScheduleLoader(language: .en).load(path: path)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        #expect(result.schedule?.signature?.image == ImageFile(path: "chu-ky.png", png: Self.png))
        #expect(result.schedule?.seal?.path == "dau/con-dau.png")
        // Written back as the paths the file gave.
        let written = ScheduleWriter().text(try #require(result.schedule))
        #expect(written.contains("seal: \"dau/con-dau.png\"") && written.contains("  image: \"chu-ky.png\""))
    }

    @Test func missingOrNonPNGImagesAreErrorsAtTheirValues() throws {
        let (folder, path) = try Self.folder(signature: "chu-ky.jpg", seal: "khong-co.png",
                                             files: ["chu-ky.jpg": [0xFF, 0xD8, 0xFF, 0xE0]])
        defer { try? FileManager.default.removeItem(at: folder) }
        var loader = ScheduleLoader(language: .en)
        loader.imageProblem = { _ in nil }
        let result = loader.load(path: path)
        let found = result.diagnostics.filter { $0.code.hasPrefix("image-") }.map { "\($0.location!.line):\($0.location!.column) \($0.code)" }
        // `seal: khong-co.png` is line 8, `  image: chu-ky.jpg` line 10.
        #expect(found.sorted() == ["10:10 image-not-png", "8:7 image-unreadable"])
    }

    @Test func damagedPNGIsJudgedByTheRenderersReader() throws {
        let (folder, path) = try Self.folder(signature: "chu-ky.png", seal: "chu-ky.png", files: ["chu-ky.png": Self.png])
        defer { try? FileManager.default.removeItem(at: folder) }
        var loader = ScheduleLoader(language: .en)
        loader.imageProblem = { _ in .imageDamaged("IHDR") }
        let codes = loader.load(path: path).diagnostics.map(\.code)
        #expect(codes.filter { $0 == "image-damaged" }.count == 2)
    }
}
