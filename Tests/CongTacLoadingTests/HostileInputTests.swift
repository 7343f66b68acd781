import CongTacModel
import Foundation
import Testing
@testable import CongTacLoading

/// Files no one should write, which must still end in a clear error, quickly, never a crash or a hang.
@Suite struct HostileInputTests {
    func loadBytes(_ bytes: [UInt8]) -> LoadResult {
        ScheduleLoader(language: .en).load(data: Data(bytes), name: "t.yaml")
    }

    @Test func emptyFile() {
        #expect(codes(loadBytes([]).diagnostics) == ["1:1 error empty-file"])
        #expect(codes(load("\n  \n").diagnostics) == ["1:1 error empty-file"])
        #expect(codes(load("# only a comment\n").diagnostics) == ["1:1 error empty-file"])
    }

    @Test func binaryFile() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(codes(loadBytes(png).diagnostics) == ["3:1 error binary-file"])  // the NUL follows the header's two line feeds
    }

    @Test func utf16IsNamed() {
        let text = "agency: {name: SỞ}\n"
        let units: [UInt8] = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let withMark: [UInt8] = [0xFF, 0xFE] + units
        let result = loadBytes(withMark)
        #expect(codes(result.diagnostics) == ["1:1 error not-utf8"])
        #expect(result.diagnostics[0].message.contains("UTF-16"))
        #expect(loadBytes(units).diagnostics[0].message.contains("UTF-16"))
    }

    @Test func latin1BytesArePlaced() {
        let bytes = Array("place: Hà Tĩnh\ntitle: Caf".utf8) + [0xE9] + Array("\n".utf8)
        let result = loadBytes(bytes)
        #expect(codes(result.diagnostics) == ["2:11 error not-utf8"])
        #expect(result.diagnostics[0].message.contains("0xE9"))
    }

    @Test func legacyVietnameseEncodings() {
        // TCVN3 (ABC) text pasted from an old Word file, read as Windows-1252 letters.
        let tcvn3 = load("agency: {name: Së khoa häc vµ c«ng nghÖ}\nplace: Hµ TÜnh\n")
        #expect(tcvn3.diagnostics.contains { $0.code == "legacy-encoding" && $0.message.contains("TCVN3") })
        // VNI: the tone follows the vowel as a separate letter.
        let vni = load("agency: {name: Sôû khoa hoïc vaø coâng ngheä}\nplace: Haø Tónh\n")
        #expect(vni.diagnostics.contains { $0.code == "legacy-encoding" && $0.message.contains("VNI") })
        // Real Vietnamese is not mistaken for either.
        #expect(!load(february(allWorkingDays())).diagnostics.contains { $0.code == "legacy-encoding" })
    }

    @Test func bidiAndZeroWidthCharactersWarn() {
        let yaml = february(allWorkingDays()).replacingOccurrences(of: "place: Hà Tĩnh", with: "place: Hà\u{202E} Tĩnh\u{200B}")
        let result = load(yaml)
        #expect(codes(result.diagnostics) == ["5:10 warning invisible-character", "5:16 warning invisible-character"])
        #expect(result.renderable != nil)
    }

    /// Issue #16 item 12: the same characters written as escapes warn too, at the escape; escapes
    /// outside double quotes are plain text, and a raw character is not reported twice.
    @Test func escapedBidiAndZeroWidthCharactersWarn() {
        let yaml = february(allWorkingDays())
            .replacingOccurrences(of: "place: Hà Tĩnh", with: #"place: "Hà \u202ETĩnh\xAD""#)
            .replacingOccurrences(of: "- heading: MỘT SỐ NHIỆM VỤ TRỌNG TÂM", with: #"- heading: "\U0000200B \\u202E \"\L MỘT SỐ""#)
        let result = load(yaml)
        #expect(codes(result.diagnostics) == ["5:12 warning invisible-character", "5:22 warning invisible-character",
                                              "9:15 warning invisible-character", "9:36 warning invisible-character"],
                "\(result.diagnostics)")
        #expect(result.diagnostics.map(\.message)[3].contains("U+2028"))
        // An escaped line separator reads as a space, like a raw one.
        #expect(result.renderable?.sections.first?.heading.contains("\u{2028}") == false)
        // `\u202E` in a plain or single-quoted scalar is six letters, not an escape.
        let literal = february(allWorkingDays()).replacingOccurrences(of: "place: Hà Tĩnh", with: #"place: 'Hà \u202E'"# + "\nsummary: " + #"Hà \u202E"#)
        #expect(codes(load(literal).diagnostics) == [])
        // Raw and escaped in one string: each once, at its own place.
        let both = february(allWorkingDays()).replacingOccurrences(of: "place: Hà Tĩnh", with: "place: \"\u{200B}x\\u200B\"")
        #expect(codes(load(both).diagnostics) == ["5:9 warning invisible-character", "5:11 warning invisible-character"])
        let json = #"{"agency": {"name": "S\u200bX"}, "place": "H\u202eT", "date": "2025-02-03", "sections": [{"heading": "\u00ADA"}]}"#
        let result2 = ScheduleLoader(language: .en).load(data: Data(json.utf8), name: "t.json")
        #expect(codes(result2.diagnostics) == ["1:23 warning invisible-character", "1:45 warning invisible-character",
                                               "1:103 warning invisible-character"], "\(result2.diagnostics)")
    }

    @Test func aliasBombEndsQuickly() {
        var lines = ["agency: {name: SỞ}", "place: Hà Tĩnh", "date: 2025-02-03", "sections:",
                     "  - &s0 {heading: H, items: [a, b, c, d, e, f, g, h, i, j]}"]
        for level in 1...5 {
            let children = Array(repeating: "*s\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("  - &s\(level) {heading: H, sections: [\(children)]}")
        }
        // Time is measured in the benchmark (Benchmarks/), not here.
        let result = load(lines.joined(separator: "\n"))
        #expect(result.diagnostics.contains { $0.code == "alias-expansion" })
    }

    @Test func deepFlowNestingIsRefusedBeforeParsing() {
        let yaml = "sections: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let result = load(yaml)
        #expect(codes(result.diagnostics) == ["1:75 error too-deep"])
    }

    /// Brackets that are text (in a comment at a line's start, in plain text, in a quote) are not
    /// nesting: a file the importer writes with its kept texts in comments loads (fuzz finding F13).
    @Test func bracketsInTextAreNotNesting() {
        let braces = String(repeating: "{", count: 100)
        let good = "# dòng 8: Chiều | Kiểm tra \"cơ sở\" \(braces)\nagency: {name: SỞ}\nplace: Hà Tĩnh\ndate: 2025-02-03\n"
            + "title: Họp \(braces) [[[\nsummary: '\(braces) ''\(braces)'\nsections: [{heading: \"a \\\" \(braces)\", items: [x]}]\n"
        #expect(!load(good).diagnostics.contains { $0.code == "too-deep" }, "\(load(good).diagnostics)")
        // In a flow collection every bracket is nesting; `:` needs no blank after a quoted key.
        let flow = "sections: [{\"a\":" + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "}]\n"
        #expect(codes(load(flow).diagnostics) == ["1:79 error too-deep"])
        let anchored = "sections: &a !!seq " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\n"
        #expect(codes(load(anchored).diagnostics) == ["1:84 error too-deep"])
    }

    /// Nesting the scan cannot see (here behind a block scalar holding a lone quote) meets libyaml's
    /// own limit, and what stays under it composes without exhausting a worker thread's stack.
    @Test func nestingHiddenFromTheScanStopsAtLibyamlsLimit() async {
        func hidden(_ depth: Int) -> String {
            "title: |\n  \"\nsections: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        }
        #expect(load(hidden(5_000)).diagnostics.map(\.code) == ["too-deep"])
        let nearLimit = hidden(YAMLSyntax.libyamlNestingLimit - 5)
        let codes = await Task.detached { load(nearLimit).diagnostics.map(\.code) }.value
        #expect(!codes.isEmpty && !codes.contains("too-deep"))
    }

    @Test func deeplyNestedSections() {
        var section = "{heading: H}"
        for _ in 1...7 { section = "{heading: H, sections: [\(section)]}" }
        let yaml = "agency: {name: SỞ}\nplace: Hà Tĩnh\ndate: 2025-02-03\nsections: [\(section)]\n"
        #expect(load(yaml).diagnostics.contains { $0.code == "too-deep" })
    }

    @Test func multiMegabyteStringsAndFiles() {
        let long = String(repeating: "Họp giao ban. ", count: 200_000)  // 2.8 million characters
        let result = load("agency: {name: SỞ}\nplace: Hà Tĩnh\ndate: 2025-02-03\nsections: [{heading: H, items: [\"\(long)\"]}]\n")
        #expect(result.diagnostics.contains { $0.code == "text-too-long" })
        let huge = [UInt8](repeating: 0x61, count: SourceText.maxBytes + 1)
        #expect(codes(loadBytes(huge).diagnostics) == ["1:1 error file-too-large"])
    }

    /// A file is read with POSIX calls; anything but a readable regular file takes Foundation's path,
    /// and a file above the limit is refused from its size, unless it is blank.
    @Test func filesByPath() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let loader = ScheduleLoader(language: .en)
        func diagnostics(_ name: String) -> [String] {
            loader.load(path: folder.appendingPathComponent(name).path, displayName: name).diagnostics.map(\.description)
        }
        let huge = folder.appendingPathComponent("huge.yaml")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: Data("a".utf8)))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: UInt64(SourceText.maxBytes) + 5 * 1_048_576)
        try handle.close()
        #expect(diagnostics("huge.yaml") == ["huge.yaml:1:1: error: the file is too large (37 MiB); the limit is 32 MiB [file-too-large]"])
        try Data(repeating: 0x20, count: SourceText.maxBytes + 1).write(to: folder.appendingPathComponent("blank.yaml"))
        #expect(diagnostics("blank.yaml") == ["huge.yaml:1:1: error: the file is empty: it holds no work programme [empty-file]"]
                    .map { $0.replacingOccurrences(of: "huge", with: "blank") })
        #expect(diagnostics("missing.yaml") == ["missing.yaml:1:1: error: cannot read the file: no such file or folder [file-unreadable]"])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("folder.yaml"), withIntermediateDirectories: true)
        #expect(diagnostics("folder.yaml") == ["folder.yaml:1:1: error: cannot read the file: it is a directory [file-unreadable]"])
        let yaml = february(allWorkingDays())
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("ok.yaml"))
        #expect(diagnostics("ok.yaml") == [])
        #expect(loader.load(path: folder.appendingPathComponent("ok.yaml").path).schedule == load(yaml).schedule)
    }

    /// A NUL byte after invalid UTF-8 and lone carriage returns: every line end counts, wherever the
    /// first bad byte is.
    @Test func badBytesAfterLoneCarriageReturns() {
        let bytes: [UInt8] = Array("a: b\rc".utf8) + [0xE9] + Array("\rd: \u{0}".utf8)
        #expect(codes(loadBytes(bytes).diagnostics) == ["3:4 error binary-file"])
        let latin1: [UInt8] = Array("a: b\rc: d\r".utf8) + [0xE9]
        #expect(codes(loadBytes(latin1).diagnostics) == ["3:1 error not-utf8"])
    }

    @Test func notAMapping() {
        #expect(codes(load("- a\n- b\n").diagnostics) == ["1:1 error wrong-type"])
        #expect(codes(load("just text\n").diagnostics) == ["1:1 error wrong-type"])
    }

    @Test func moreThanOneDocument() {
        let result = load("agency: {name: SỞ}\n---\nplace: x\n")
        #expect(result.diagnostics.map(\.code) == ["syntax"])
        #expect(result.diagnostics[0].message.contains("more than one YAML document"))
    }
}

extension HostileInputTests {
    /// `citesOtherLines` false (the web editor's JSON): messages that point to another place name no
    /// line, and a repeated day is reported at the later one even when the whole text is one line.
    @Test func messagesWithoutLines() {
        let json = #"{"agency": {"name": "SỞ"}, "place": "Hà Tĩnh", "date": "2025-02-03", "month": "2025-02", "sections": [{"heading": "H", "agenda": {"days": [{"day": 5, "items": [{"text": "Họp", "time": "Sáng", "leader": "Đ/c Hoàn"}]}, {"day": 3, "items": [{"text": "A", "time": "Sáng", "leader": "Đ/c Hoàn"}, {"text": "B", "time": "Sáng", "leader": "Đ/c Hoàn"}]}, {"day": 5, "text": "X"}]}}]}"#
        var loader = ScheduleLoader(language: .vi)
        let cited = loader.load(data: Data(json.utf8), name: "t.json").diagnostics
        loader.citesOtherLines = false
        let plain = loader.load(data: Data(json.utf8), name: "t.json").diagnostics
        #expect(cited.contains { $0.code == "duplicate-day" && $0.message.contains("ở dòng 1") }, "\(cited)")
        #expect(cited.contains { $0.code == "leader-double-booked" && $0.message.hasSuffix("(dòng 1)") }, "\(cited)")
        let day = plain.first { $0.code == "duplicate-day" }
        #expect(day?.message == "ngày 5 đã được liệt kê ở trên; hãy gộp các việc vào một mục")
        #expect((day?.location?.column ?? 0) > 200)  // the later day 5, not the first
        #expect(plain.first { $0.code == "leader-double-booked" }?.message == "Đ/c Hoàn đã được phân công việc khác cùng buổi Sáng ngày 3")
    }
}
