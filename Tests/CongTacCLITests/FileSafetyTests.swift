import Foundation
import Testing

/// Issue #16, files on disk: empty paths, inputs and outputs by identity, temporaries, outputs that
/// change together, `templates export`, and reading what is not a regular file.
@Suite struct FileSafetyTests {
    /// A folder holding a copy of an example as `k.yaml`.
    private func folderWithSchedule() throws -> URL {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(atPath: example("khcn-ha-tinh-2025-02"), toPath: folder.appendingPathComponent("k.yaml").path)
        return folder
    }

    private func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    // MARK: Item 2: an empty path is an error everywhere

    @Test func anEmptyPathIsAnErrorForEveryCommand() throws {
        let folder = try folderWithSchedule()
        // A name of its own: if the bug came back, what it wrote into `/` is known and removed.
        let name = "congtac-test-\(UUID().uuidString)"
        try FileManager.default.moveItem(at: folder.appendingPathComponent("k.yaml"), to: folder.appendingPathComponent(name + ".yaml"))
        defer {
            try? FileManager.default.removeItem(at: folder)
            unlink("/\(name).docx")
        }
        let runs: [[String]] = [
            ["render", name + ".yaml", "--output", ""],
            ["render", name + ".yaml", "--templates", ""],
            ["render", ""],
            ["check", ""],
            ["templates", "export", ""],
            ["new", "2025-03", "--output", ""],
            ["new", "2025-03", "--from", "", "--output", "n.yaml"],
        ]
        for arguments in runs {
            let result = try congtac(arguments, in: folder)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains("rỗng"), "\(arguments): \(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: "/\(name).docx") == false)
        }
        #expect(try names(in: folder) == [name + ".yaml"])
        let english = try congtac(["render", name + ".yaml", "--output", "", "--lang", "en"], in: folder)
        #expect(english.stderr.contains("the --output path is empty"))
    }

    @Test func anOutputThatIsAFileIsAnError() throws {
        let folder = try folderWithSchedule()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("out"))
        let result = try congtac(["render", "k.yaml", "--output", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("out:1:1: error: không ghi được: một phần của đường dẫn không phải thư mục [output]"))
    }

    // MARK: Item 3: files compared by identity

    @Test func anOutputFolderLinkedToTheInputsFolderDoesNotOverwriteTheInput() throws {
        let folder = try folderWithSchedule()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fm = FileManager.default
        try fm.createDirectory(at: folder.appendingPathComponent("d"), withIntermediateDirectories: false)
        try fm.moveItem(at: folder.appendingPathComponent("k.yaml"), to: folder.appendingPathComponent("d/k.html"))
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("link").path, withDestinationPath: "d")
        let before = try Data(contentsOf: folder.appendingPathComponent("d/k.html"))
        let result = try congtac(["render", "d/k.html", "--format", "html", "--output", "link"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("link/k.html:1:1: error: tệp kết quả trùng tệp lịch; không ghi [output]"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("d/k.html")) == before)
        // A hard link is the same file too.
        try fm.linkItem(atPath: folder.appendingPathComponent("d/k.html").path, toPath: folder.appendingPathComponent("k.html").path)
        let hard = try congtac(["render", "d/k.html", "--format", "html", "--output", "."], in: folder)
        #expect(hard.status == 1)
        #expect(try Data(contentsOf: folder.appendingPathComponent("k.html")) == before)
    }

    @Test func anOutputDoesNotReplaceATemplateOfTheRun() throws {
        let folder = try folderWithSchedule()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try congtac(["templates", "export", "T"], in: folder).status == 0)
        try FileManager.default.moveItem(at: folder.appendingPathComponent("k.yaml"), to: folder.appendingPathComponent("page.yaml"))
        let page = folder.appendingPathComponent("T/html/page.html")
        let before = try Data(contentsOf: page)
        let result = try congtac(["render", "page.yaml", "--format", "html", "--templates", "T", "--output", "T/html"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("T/html/page.html:1:1: error: tệp kết quả trùng một tệp mẫu của --templates; không ghi [output]"))
        #expect(try Data(contentsOf: page) == before)
    }

    @Test func newDoesNotOverwriteItsSourceThroughALink() throws {
        let folder = try folderWithSchedule()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("L").path, withDestinationPath: "k.yaml")
        let before = try Data(contentsOf: folder.appendingPathComponent("k.yaml"))
        let result = try congtac(["new", "2025-03", "--from", "L", "--output", "./k.yaml", "--force"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("tệp kết quả trùng tệp --from"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("k.yaml")) == before)
    }

    @Test func twoInputsWritingOneOutputThroughDifferentPathsAreRefused() throws {
        let folder = try folderWithSchedule()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("same").path, withDestinationPath: ".")
        let result = try congtac(["render", "k.yaml", "same/k.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("same/k.yaml:1:1: error: tệp kết quả trùng với tệp kết quả của k.yaml; không ghi [output]"))
    }

    // MARK: Item 9: temporaries

    @Test func staleTemporariesAreSweptAndOthersLeftAlone() throws {
        let folder = try folderWithSchedule()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stale = [".k.docx.0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9.tmp", ".k.html.11111111-2222-3333-4444-555555555555.tmp"]
        let kept = [".k.docx.not-a-uuid.tmp", ".other.docx.0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9.tmp",
                    ".k.docx.0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9.tmp", "k.docx.0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9.tmp"]
        for name in stale + kept { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
        let result = try congtac(["render", "k.yaml", "--format", "docx,html"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try names(in: folder) == (kept + ["k.docx", "k.html", "k.yaml"]).sorted())
    }

    /// The week's and a leader's outputs are named once rendered: their temporaries are swept too.
    @Test func weekAndLeaderOutputsSweepTheirStaleTemporaries() throws {
        for view in ["week", "leader"] {
            let folder = try folderWithSchedule()
            defer { try? FileManager.default.removeItem(at: folder) }
            // `--partial`: the example's last week runs into March, whose file is not given.
            let arguments = ["render", "k.yaml", "--view", view, "--format", "html"] + (view == "week" ? ["--partial"] : [])
            let first = try congtac(arguments, in: folder)
            #expect(first.status == 0, "\(view): \(first.stderr)")
            let outputs = try names(in: folder).filter { $0.hasSuffix(".html") }
            #expect(!outputs.isEmpty, "\(view)")
            let stale = outputs.map { ".\($0).0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9.tmp" }
            for name in stale { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
            let again = try congtac(arguments, in: folder)
            #expect(again.status == 0, "\(view): \(again.stderr)")
            #expect(try names(in: folder) == (outputs + ["k.yaml"]).sorted(), "\(view)")
        }
    }

    @Test func sigtermDuringTheWritesRemovesTheTemporaries() throws {
        for signal in [SIGTERM, SIGINT] {
            let folder = try folderWithSchedule()
            defer { try? FileManager.default.removeItem(at: folder) }
            // posix_spawn, not `Process`: the test runner's blocked signals must not reach the child.
            let pid = try spawnWithDefaultSignals(
                [congtacBinary.path, "render", folder.appendingPathComponent("k.yaml").path, "--format", "docx,html"],
                environment: ["CONGTAC_TEST_HOLD_TEMPORARIES=20"])
            // Wait for both temporaries to be written.
            let deadline = Date().addingTimeInterval(15)
            while try names(in: folder).filter({ $0.hasSuffix(".tmp") }).count < 2, Date() < deadline {
                usleep(20_000)
            }
            #expect(try names(in: folder).filter { $0.hasSuffix(".tmp") }.count == 2)
            kill(pid, signal)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            #expect(status & 0x7F == signal, "wait status \(status)")  // killed by the signal, re-raised
            #expect(try names(in: folder) == ["k.yaml"])
        }
    }

    // MARK: Item 10: the outputs of one input change together

    @Test func aWriteFailingHalfWayLeavesEveryOldOutput() throws {
        let folder = try folderWithSchedule()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = Data("old".utf8)
        try old.write(to: folder.appendingPathComponent("k.docx"))
        try old.write(to: folder.appendingPathComponent("k.html"))
        for failing in ["1", "2"] {
            let result = try congtac(["render", "k.yaml", "--format", "docx,html"], in: folder,
                                     environment: ["CONGTAC_TEST_FAIL_WRITE": failing])
            #expect(result.status == 1)
            #expect(result.stderr.contains("error: không ghi được: ổ đĩa đã đầy [output]"), "\(result.stderr)")
            #expect(try Data(contentsOf: folder.appendingPathComponent("k.docx")) == old)
            #expect(try Data(contentsOf: folder.appendingPathComponent("k.html")) == old)
            #expect(try names(in: folder) == ["k.docx", "k.html", "k.yaml"])
        }
        let english = try congtac(["render", "k.yaml", "--format", "docx,html", "--lang", "en"], in: folder,
                                  environment: ["CONGTAC_TEST_FAIL_WRITE": "2"])
        #expect(english.stderr.contains("error: cannot write: no space left on the disk [output]"))
        #expect(try congtac(["render", "k.yaml", "--format", "docx,html"], in: folder).status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("k.html")) != old)
    }

    // MARK: Item 11: templates export

    @Test func exportChecksEveryDestinationBeforeWriting() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("T")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("html/_partials"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: target.appendingPathComponent("html/_partials/document.css"))
        let refused = try congtac(["templates", "export", "T"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("T/html/_partials/document.css:1:1: error: tệp đã có; không ghi đè [would-overwrite]"))
        // Nothing else was written: removing the one file lets a rerun write the whole set.
        let written = FileManager.default.enumerator(atPath: target.path)!.compactMap { $0 as? String }
        #expect(written.sorted() == ["html", "html/_partials", "html/_partials/document.css"])
        try FileManager.default.removeItem(at: target.appendingPathComponent("html/_partials/document.css"))
        let result = try congtac(["templates", "export", "T"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func exportFailuresSpeakVietnameseWithTheReason() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("file"))
        let result = try congtac(["templates", "export", "file/T"], in: folder)
        #expect(result.status == 1)
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        #expect(result.stderr.contains("error: không ghi được: một phần của đường dẫn không phải thư mục [output]"), "\(result.stderr)")
        let readOnly = try congtac(["templates", "export", "/proc/congtac-T"])
        #expect(readOnly.status == 1)
        #expect(!readOnly.stderr.contains("NSCocoaErrorDomain"))
        #expect(readOnly.stderr.contains("/proc/congtac-T:1:1: error: không ghi được: "), "\(readOnly.stderr)")
    }

    // MARK: Item 12: reading what is not a regular file

    @Test func pipesDevicesAndFoldersAreNotRegularFiles() throws {
        let folder = try folderWithSchedule()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("fifo").path, 0o644) == 0)
        // A FIFO with no writer: refused at once, not waited on.
        let started = Date()
        let fifo = try congtac(["check", "fifo"], in: folder)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(fifo.status == 1)
        #expect(fifo.stderr.contains("fifo:1:1: error: không đọc được tệp: không phải tệp thường (đây là ống dẫn (pipe/FIFO))"))
        let device = try congtac(["check", "/dev/null"])
        #expect(device.stderr.contains("không phải tệp thường (đây là thiết bị)"), "\(device.stderr)")
        let pipe = try congtac(["check", "/dev/stdin"])  // the test's standard input is not a file
        #expect(pipe.status == 1)
        #expect(!pipe.stderr.contains("permission"))
        let directory = try congtac(["check", "."], in: folder)
        #expect(directory.stderr.contains("error: không đọc được tệp: đây là một thư mục [file-unreadable]"))
        let missing = try congtac(["check", "nothing.yaml", "--lang", "en"], in: folder)
        #expect(missing.stderr.contains("error: cannot read the file: no such file or folder [file-unreadable]"))
        let templates = try congtac(["render", "k.yaml", "--templates", "fifo"], in: folder)
        #expect(templates.status == 1)
    }

    @Test func unreadableFilesSayPermissionDenied() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else { return }
        let folder = try folderWithSchedule()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try congtac(["templates", "export", "T"], in: folder).status == 0)
        let page = folder.appendingPathComponent("T/html/page.html").path
        #expect(chmod(page, 0) == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        #expect(chmod(folder.appendingPathComponent("k.yaml").path, 0) == 0)
        // A temporary folder `nobody` cannot reach (TMPDIR under /root) says nothing about congtac.
        guard try runAsNobody("cd '\(folder.path)'", in: URL(fileURLWithPath: "/")).status == 0 else { return }
        let shell = "\(congtacBinary.path) check k.yaml; \(congtacBinary.path) render k.yaml --format html --templates T --output /tmp"
        let text = try runAsNobody(shell, in: folder).stderr
        #expect(text.contains("k.yaml:1:1: error: không đọc được tệp: không có quyền truy cập [file-unreadable]"), "\(text)")
        #expect(text.contains("page.html:1:1: error: không đọc được tệp mẫu: không có quyền truy cập [template-unreadable]"), "\(text)")
        #expect(!text.contains("UTF-8"))
    }
}

/// Runs `/bin/sh -c shell` as the user `nobody` (the tests run as root); its status and standard error.
func runAsNobody(_ shell: String, in folder: URL) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
    process.arguments = ["-u", "nobody", "--", "/bin/sh", "-c", shell]
    process.currentDirectoryURL = folder
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
}

/// Starts `arguments` with no signal blocked or ignored, its output discarded; the process id.
func spawnWithDefaultSignals(_ arguments: [String], environment: [String]) throws -> pid_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" } + environment
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
    guard status == 0 else { throw CocoaError(.executableLoad) }
    return pid
}
